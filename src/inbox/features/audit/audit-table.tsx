import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/inbox/audit-wire';
import { COMMAND_LINE_STAFF_ID } from '../../../shared/inbox/staff-admin-wire';
import { formatWhen } from '../../format';

function Who({ entry, myEmail }: { entry: AuditEntry; myEmail: string }) {
  const { t } = useTranslation('inbox-audit');
  if (entry.staffId === COMMAND_LINE_STAFF_ID) return <>{t('commandLine')}</>;
  if (entry.staffEmail === null) return <>{t('removedStaff', { id: entry.staffId })}</>;
  return <>{entry.staffEmail === myEmail ? t('you', { email: entry.staffEmail }) : entry.staffEmail}</>;
}

/** Entries newest first. Actions and details are shown as stored, so they can be searched for exactly. */
export function AuditTable({ entries, myEmail }: { entries: AuditEntry[]; myEmail: string }) {
  const { t } = useTranslation('inbox-audit');
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="audit-table">
        <caption id={captionId}>{t('caption', { count: entries.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.when')}</th>
            <th scope="col">{t('columns.who')}</th>
            <th scope="col">{t('columns.what')}</th>
            <th scope="col">{t('columns.item')}</th>
            <th scope="col">{t('columns.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <th scope="row">
                <time dateTime={entry.at}>{formatWhen(entry.at)}</time>
              </th>
              <td>
                <Who entry={entry} myEmail={myEmail} />
              </td>
              <td>
                <code>{entry.action}</code>
              </td>
              <td>{entry.itemId ? <code>{entry.itemId}</code> : t('noItem')}</td>
              <td>{entry.detail ? <code>{entry.detail}</code> : t('noItem')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
