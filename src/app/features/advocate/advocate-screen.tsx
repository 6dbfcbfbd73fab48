import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadOutboxService, preloadOutboxService } from '../outbox/outbox-loader';
import { SentConfirmation } from '../outbox/sent-confirmation';
import { DangerBox } from '../safety/danger-box';
import { AdvocateForm } from './advocate-form';

export default function AdvocateScreen() {
  const { t } = useTranslation('advocate');
  const [savedId, setSavedId] = useState<string | undefined>();
  useEffect(preloadOutboxService, []);
  const save = async (payload: Record<string, unknown>) => {
    const service = await loadOutboxService();
    setSavedId(await service.saveItem('advocate-request', payload));
  };
  return (
    <>
      <h1>{t('title')}</h1>
      <DangerBox />
      {savedId ? (
        <SentConfirmation id={savedId} title={t('done.title')} promise={t('done.promise')} />
      ) : (
        <>
          <h2>{t('what.title')}</h2>
          <p>{t('what.body')}</p>
          <p>{t('what.canDo')}</p>
          <ul>
            <li>{t('what.can1')}</li>
            <li>{t('what.can2')}</li>
            <li>{t('what.can3')}</li>
          </ul>
          <p>{t('what.free')}</p>
          <AdvocateForm onSubmit={save} />
        </>
      )}
    </>
  );
}
