import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITY_IDS } from '../shared/content/promise';
import { STATEMENT_IDS } from '../shared/content/statements';
import { type ThemeId, themeTarget } from '../shared/themes/codebook';

const NS = 'inbox';

/**
 * A theme's name: priorities by their title in the promise, statements in the children's own words,
 * each with its number in the plan so staff can find it there. Used wherever the inbox names a theme.
 */
export function useThemeName(): (id: ThemeId) => string {
  const { t } = useTranslation([NS, 'promise', 'statements']);
  return useCallback(
    (id: ThemeId) => {
      const target = themeTarget(id);
      if (target.group === 'priority') {
        const name = t(`promise:priorities.${target.id}.title`, { defaultValue: target.id });
        return t(`${NS}:themeNames.priority`, { number: PRIORITY_IDS.indexOf(target.id) + 1, name });
      }
      if (target.group === 'statement') {
        const name = t(`statements:${target.id}`, { defaultValue: target.id });
        return t(`${NS}:themeNames.statement`, { number: STATEMENT_IDS.indexOf(target.id) + 1, name });
      }
      return t(`${NS}:themeNames.other`);
    },
    [t],
  );
}
