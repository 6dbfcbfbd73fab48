import { useTranslation } from 'react-i18next';
import type { MonthCounts } from '../../../shared/inbox/ratings-wire';
import { AnswerCountsTable } from './answer-counts-table';
import { formatMonth } from './ratings-format';

/** The numbers behind the trend chart, one row per month. */
export function TrendTable({ months }: { months: readonly MonthCounts[] }) {
  const { t } = useTranslation('inbox-ratings');
  return (
    <AnswerCountsTable
      caption={t('trend.tableCaption')}
      rowHeading={t('trend.month')}
      rows={months}
      rowKey={(row) => row.month}
      rowHeader={(row) => <time dateTime={row.month}>{formatMonth(row.month)}</time>}
    />
  );
}
