import { useTranslation } from 'react-i18next';
import { isOverdue } from '../../../shared/inbox/working-days';
import { type AdvocateRequestRow, api } from '../../api';
import { formatDeadline, formatWhen } from '../../format';
import { useLoad } from '../../use-load';
import { ContactDetailsView } from './contact-details';
import { StatusForm } from './status-form';
import { TableRegion, When } from './table-region';

function DueBy({ request, now }: { request: AdvocateRequestRow; now: Date }) {
  const { t } = useTranslation();
  const deadline = formatDeadline(request.dueBy);
  const text = deadline.endOfDay ? t('advocate.endOf', { date: deadline.text }) : deadline.text;
  return (
    <>
      {isOverdue(request, now) ? (
        <>
          <strong className="overdue">{t('advocate.overdue')}</strong>{' '}
        </>
      ) : null}
      <When iso={request.dueBy} text={text} />
    </>
  );
}

interface RowProps {
  request: AdvocateRequestRow;
  now: Date;
  /** Set for roles that may move requests on: called after a change. */
  onChanged: (() => void) | undefined;
}

function RequestRow({ request, now, onChanged }: RowProps) {
  const { t } = useTranslation();
  return (
    <tr className={isOverdue(request, now) ? 'is-overdue' : undefined}>
      <th scope="row">
        <When iso={request.receivedAt} text={formatWhen(request.receivedAt)} />
      </th>
      <td>
        <DueBy request={request} now={now} />
      </td>
      <td>{request.topics.length ? request.topics.map((topic) => t(`topics.${topic}`)).join(', ') : t('notGiven')}</td>
      <td>{request.urgency ? t(`urgency.${request.urgency}`) : t('notGiven')}</td>
      <td className="free-text">{request.details ?? ''}</td>
      <td>
        <ContactDetailsView contact={request.contact} />
      </td>
      <td className="free-text">{request.needs ?? ''}</td>
      <td>{t(`status.${request.status}`)}</td>
      {onChanged ? (
        <td>
          <StatusForm which="advocate" id={request.id} status={request.status} onChanged={onChanged} />
        </td>
      ) : null}
    </tr>
  );
}

/** Requests for an advocate, for the advocacy role only: someone must get back within 1 working day. */
export function AdvocateRequestsPage({ canUpdate }: { canUpdate: boolean }) {
  const { t } = useTranslation();
  const { data, error, reload } = useLoad(api.advocateRequests);
  const now = new Date();
  const overdue = data?.requests.filter((request) => isOverdue(request, now)).length ?? 0;

  return (
    <>
      <h1 tabIndex={-1}>{t('advocate.title')}</h1>
      <p>{t('advocate.promise')}</p>
      {error ? <p role="alert">{error}</p> : null}
      {!data && !error ? <p>{t('loading')}</p> : null}
      {data && data.requests.length === 0 ? <p>{t('advocate.none')}</p> : null}
      {data && data.requests.length > 0 ? (
        <TableRegion caption={t('advocate.caption', { count: data.requests.length, overdue })}>
          <thead>
            <tr>
              <th scope="col">{t('columns.received')}</th>
              <th scope="col">{t('columns.dueBy')}</th>
              <th scope="col">{t('columns.topics')}</th>
              <th scope="col">{t('columns.urgency')}</th>
              <th scope="col">{t('columns.details')}</th>
              <th scope="col">{t('columns.contact')}</th>
              <th scope="col">{t('columns.needs')}</th>
              <th scope="col">{t('columns.status')}</th>
              {canUpdate ? <th scope="col">{t('columns.update')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {data.requests.map((request) => (
              <RequestRow key={request.id} request={request} now={now} onChanged={canUpdate ? reload : undefined} />
            ))}
          </tbody>
        </TableRegion>
      ) : null}
    </>
  );
}
