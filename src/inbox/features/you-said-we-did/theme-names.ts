import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { OTHER_THEME, THEME_IDS, type ThemeId } from '../../../shared/themes/codebook';

const NS = 'inbox-you-said-we-did';

export const PRIORITY_THEMES = THEME_IDS.filter((id) => id.startsWith('priority:'));
export const STATEMENT_THEMES = THEME_IDS.filter((id) => id.startsWith('statement:'));

/** A theme's name as children wrote it: priorities from the promise, statements from the statements list. */
export function useThemeName(): (id: ThemeId) => string {
  const { t } = useTranslation([NS, 'promise', 'statements']);
  return useCallback(
    (id: ThemeId) => {
      if (id === OTHER_THEME) return t(`${NS}:themes.other`);
      const [kind, key] = id.split(':');
      return kind === 'priority' ? t(`promise:priorities.${key}.title`, { defaultValue: id }) : t(`statements:${key}`, { defaultValue: id });
    },
    [t],
  );
}
