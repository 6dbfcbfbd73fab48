import { useTranslation } from 'react-i18next';
import type { StatementCounts } from '../../api';

export function CountsTable({ counts }: { counts: StatementCounts[] }) {
  const { t } = useTranslation();
  return (
    <table>
      <caption>{t('ratings.countsTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ratings.statement')}</th>
          <th scope="col">{t('answers.yes')}</th>
          <th scope="col">{t('answers.sometimes')}</th>
          <th scope="col">{t('answers.not-really')}</th>
          <th scope="col">{t('answers.skip')}</th>
          <th scope="col">{t('ratings.total')}</th>
        </tr>
      </thead>
      <tbody>
        {counts.map((row) => (
          <tr key={row.statementId}>
            <th scope="row">{t(`statements:${row.statementId}`, { defaultValue: row.statementId })}</th>
            <td>{row.yes}</td>
            <td>{row.sometimes}</td>
            <td>{row.notReally}</td>
            <td>{row.skip}</td>
            <td>{row.total}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
