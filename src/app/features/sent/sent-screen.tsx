import { useTranslation } from 'react-i18next';
import { SendStatus } from '../outbox/send-status';
import { useOutbox } from '../outbox/use-outbox';
import { ClearAnswers } from './clear-answers';
import { groupRows, sentRows, waitingRows } from './group-items';
import { ItemGroups } from './item-groups';

export default function SentScreen() {
  const { t } = useTranslation('sent');
  const outbox = useOutbox();
  const empty = outbox.loaded && outbox.waiting.length === 0 && outbox.sent.length === 0;
  return (
    <>
      <h1>{t('title')}</h1>
      <p>{t('intro')}</p>
      <p>{t('keptFor')}</p>
      <SendStatus view={outbox} />
      {empty ? <p>{t('empty')}</p> : null}
      {outbox.waiting.length > 0 ? (
        <>
          <h2>{t('waitingTitle')}</h2>
          <ItemGroups groups={groupRows(waitingRows(outbox.waiting))} />
        </>
      ) : null}
      {outbox.sent.length > 0 ? (
        <>
          <h2>{t('sentTitle')}</h2>
          <ItemGroups groups={groupRows(sentRows(outbox.sent))} />
        </>
      ) : null}
      <ClearAnswers waiting={outbox.waiting.length} />
    </>
  );
}
