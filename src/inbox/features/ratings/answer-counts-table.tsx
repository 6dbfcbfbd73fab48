import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AnswerCounts } from '../../../shared/inbox/ratings-wire';
import { ANSWER_SERIES } from './answer-patterns';
import { ScrollTable } from './scroll-table';

interface AnswerCountsTableProps<R extends AnswerCounts> {
  caption: string;
  /** The first column's heading: what each row is (a statement, a month). */
  rowHeading: string;
  rows: readonly R[];
  rowKey: (row: R) => string;
  rowHeader: (row: R) => ReactNode;
}

/** The numbers behind a chart: one row per statement or month, one column per answer, and the total. */
export function AnswerCountsTable<R extends AnswerCounts>({ caption, rowHeading, rows, rowKey, rowHeader }: AnswerCountsTableProps<R>) {
  const { t } = useTranslation('inbox-ratings');
  return (
    <ScrollTable caption={caption} className="ratings-table">
      <thead>
        <tr>
          <th scope="col">{rowHeading}</th>
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
        {rows.map((row) => (
          <tr key={rowKey(row)}>
            <th scope="row">{rowHeader(row)}</th>
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
