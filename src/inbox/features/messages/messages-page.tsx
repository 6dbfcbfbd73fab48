import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { formatWhen } from '../../format';
import { useLoad } from '../../use-load';
import { TableRegion, When } from '../requests/table-region';

/** Say something: good things, problems and ideas beyond the statements. Anonymous. */
export function MessagesPage() {
  const { t } = useTranslation();
  const { data, error } = useLoad(api.messages);

  return (
    <>
      <h1 tabIndex={-1}>{t('messages.title')}</h1>
      {error ? <p role="alert">{error}</p> : null}
      {!data && !error ? <p>{t('loading')}</p> : null}
      {data && data.messages.length === 0 ? <p>{t('messages.none')}</p> : null}
      {data && data.messages.length > 0 ? (
        <TableRegion caption={t('messages.caption', { count: data.messages.length })}>
          <thead>
            <tr>
              <th scope="col">{t('columns.type')}</th>
              <th scope="col">{t('columns.text')}</th>
              <th scope="col">{t('columns.received')}</th>
            </tr>
          </thead>
          <tbody>
            {data.messages.map((message) => (
              <tr key={message.id}>
                <td>{t(`sayTypes.${message.type}`)}</td>
                <td className="free-text">{message.text}</td>
                <td>
                  <When iso={message.receivedAt} text={formatWhen(message.receivedAt)} />
                </td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      ) : null}
    </>
  );
}
