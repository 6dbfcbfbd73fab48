import { useTranslation } from 'react-i18next';
import { statusOfWaiting } from '../outbox/item-status';
import { ItemStatusText } from '../outbox/item-status-text';
import { SendStatus } from '../outbox/send-status';
import { useOutbox } from '../outbox/use-outbox';
import { ClearAnswers } from './clear-answers';
import { ItemSummary } from './item-summary';

export default function SentScreen() {
  const { t } = useTranslation('sent');
  const outbox = useOutbox();
  const empty = outbox.loaded && outbox.waiting.length === 0 && outbox.sent.length === 0;
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <SendStatus view={outbox} />
      {empty ? <p>{t('empty')}</p> : null}
      {outbox.waiting.length > 0 ? (
        <>
          <h2>{t('waitingTitle')}</h2>
          <ul className="item-list">
            {outbox.waiting.map((item) => (
              <li key={item.id}>
                <p>
                  <ItemSummary item={item} />
                </p>
                <p className="item-status">
                  <ItemStatusText status={statusOfWaiting(item)} />
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {outbox.sent.length > 0 ? (
        <>
          <h2>{t('sentTitle')}</h2>
          <ul className="item-list">
            {outbox.sent.map((item) => (
              <li key={item.id}>
                <p>
                  <ItemSummary item={item} />
                </p>
                <p className="item-status">
                  <ItemStatusText status={{ state: 'sent', sentAt: item.sentAt }} />
                </p>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {!empty ? <ClearAnswers waiting={outbox.waiting} /> : null}
    </>
  );
}
