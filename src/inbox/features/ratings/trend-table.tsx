import { useTranslation } from 'react-i18next';
import type { MonthCounts } from '../../../shared/inbox/ratings-wire';
import { ANSWER_SERIES } from './answer-patterns';
import { formatMonth } from './ratings-format';
import { ScrollTable } from './scroll-table';

/** The numbers behind the trend chart, one row per month. */
export function TrendTable({ months }: { months: readonly MonthCounts[] }) {
  const { t } = useTranslation('inbox-ratings');
  return (
    <ScrollTable caption={t('trend.tableCaption')} className="ratings-table">
      <thead>
        <tr>
          <th scope="col">{t('trend.month')}</th>
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
        {months.map((row) => (
          <tr key={row.month}>
            <th scope="row">
              <time dateTime={row.month}>{formatMonth(row.month)}</time>
            </th>
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
