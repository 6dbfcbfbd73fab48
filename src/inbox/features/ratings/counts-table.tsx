import { useTranslation } from 'react-i18next';
import type { StatementCounts } from '../../../shared/inbox/ratings-wire';
import { AnswerCountsTable } from './answer-counts-table';

/** The numbers behind the statement chart. */
export function CountsTable({ counts }: { counts: readonly StatementCounts[] }) {
  const { t } = useTranslation('inbox-ratings');
  return (
    <AnswerCountsTable
      caption={t('counts.tableCaption')}
      rowHeading={t('counts.statement')}
      rows={counts}
      rowKey={(row) => row.statementId}
      rowHeader={(row) => t(`statements:${row.statementId}`, { defaultValue: row.statementId })}
    />
  );
}
