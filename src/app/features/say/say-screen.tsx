import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadOutboxService, preloadOutboxService } from '../outbox/outbox-loader';
import { SentConfirmation } from '../outbox/sent-confirmation';
import { DangerBox } from '../safety/danger-box';
import { SayForm } from './say-form';

export default function SayScreen() {
  const { t } = useTranslation('say');
  const [saved, setSaved] = useState<{ id: string; kind: string } | undefined>();
  useEffect(preloadOutboxService, []);
  const save = async (kind: string, payload: Record<string, unknown>) => {
    const service = await loadOutboxService();
    setSaved({ id: await service.saveItem(kind, payload), kind });
  };
  return (
    <>
      <h1>{t('title')}</h1>
      {saved ? (
        <SentConfirmation
          id={saved.id}
          title={t('done.title')}
          promise={saved.kind === 'talk-request' ? t('done.talkPromise') : t('done.promise')}
        />
      ) : (
        <>
          <p>{t('intro')}</p>
          <SayForm onSubmit={save} />
          <DangerBox />
        </>
      )}
    </>
  );
}
