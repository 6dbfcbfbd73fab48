import { useTranslation } from 'react-i18next';
import type { StatementCounts } from '../../../shared/inbox/ratings-wire';
import { ANSWER_SERIES } from './answer-patterns';
import { ScrollTable } from './scroll-table';

/** The numbers behind the statement chart. */
export function CountsTable({ counts }: { counts: readonly StatementCounts[] }) {
  const { t } = useTranslation('inbox-ratings');
  return (
    <ScrollTable caption={t('counts.tableCaption')} className="ratings-table">
      <thead>
        <tr>
          <th scope="col">{t('counts.statement')}</th>
          {ANSWER_SERIES.map((series) => (
            <th scope="col" key={series.answer} className="number">
              {t(`answers.${series.answer}`)}
            </th>
          ))}
          <th scope="col" className="number">
            {t('counts.total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {counts.map((row) => (
          <tr key={row.statementId}>
            <th scope="row">{t(`statements:${row.statementId}`, { defaultValue: row.statementId })}</th>
            {ANSWER_SERIES.map((series) => (
              <td key={series.answer} className="number">
                {row[series.field]}
              </td>
            ))}
            <td className="number">{row.total}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
