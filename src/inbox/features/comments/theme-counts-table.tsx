import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ThemeCount } from '../../../shared/inbox/comments-wire';
import { themeTarget } from '../../../shared/themes/codebook';
import { useThemeName } from '../../theme-names';

/** How many of the matching comments have each theme: every theme of the codebook, in its order. */
export function ThemeCountsTable({ counts }: { counts: readonly ThemeCount[] }) {
  const { t } = useTranslation('inbox-comments');
  const themeName = useThemeName();
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="theme-counts">
        <caption id={captionId}>{t('counts.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('counts.theme')}</th>
            <th scope="col">{t('counts.group')}</th>
            <th scope="col" className="number">
              {t('counts.comments')}
            </th>
          </tr>
        </thead>
        <tbody>
          {counts.map(({ theme, count }) => (
            <tr key={theme}>
              <th scope="row">{themeName(theme)}</th>
              <td>{t(`groups.${themeTarget(theme).group}`)}</td>
              <td className="number">{count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
