import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { formatWhen } from '../../format';
import { useLoad } from '../../use-load';
import { ContactDetailsView } from './contact-details';
import { StatusForm } from './status-form';
import { TableRegion, When } from './table-region';

/** "I want to talk to someone": flags that someone must follow up. Never anonymous. */
export function TalkRequestsPage({ canUpdate }: { canUpdate: boolean }) {
  const { t } = useTranslation();
  const { data, error, reload } = useLoad(api.talkRequests);
  const showContact = data ? !data.contactWithheld : false;

  return (
    <>
      <h1 tabIndex={-1}>{t('talk.title')}</h1>
      <p>{t('talk.intro')}</p>
      {data?.contactWithheld ? <p>{t('talk.contactWithheld')}</p> : null}
      {error ? <p role="alert">{error}</p> : null}
      {!data && !error ? <p>{t('loading')}</p> : null}
      {data && data.requests.length === 0 ? <p>{t('talk.none')}</p> : null}
      {data && data.requests.length > 0 ? (
        <TableRegion caption={t('talk.caption', { count: data.requests.length })}>
          <thead>
            <tr>
              <th scope="col">{t('columns.whatTheySaid')}</th>
              <th scope="col">{t('columns.urgency')}</th>
              {showContact ? <th scope="col">{t('columns.contact')}</th> : null}
              <th scope="col">{t('columns.received')}</th>
              <th scope="col">{t('columns.status')}</th>
              {canUpdate ? <th scope="col">{t('columns.update')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {data.requests.map((request) => (
              <tr key={request.id}>
                <td className="free-text">{request.text ?? t('talk.noText')}</td>
                <td>{request.urgency ? t(`urgency.${request.urgency}`) : t('notGiven')}</td>
                {showContact ? <td>{request.contact ? <ContactDetailsView contact={request.contact} /> : null}</td> : null}
                <td>
                  <When iso={request.receivedAt} text={formatWhen(request.receivedAt)} />
                </td>
                <td>{t(`status.${request.status}`)}</td>
                {canUpdate ? (
                  <td>
                    <StatusForm which="talk" id={request.id} status={request.status} onChanged={reload} />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </TableRegion>
      ) : null}
    </>
  );
}
