import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KindedPayload } from '../../../shared/kinds/registry';
import { loadOutboxService, preloadOutboxService } from '../outbox/outbox-loader';
import { type ConfirmationState, SentConfirmation } from '../outbox/sent-confirmation';
import { DangerBox } from '../safety/danger-box';
import { SayForm } from './say-form';

export default function SayScreen() {
  const { t } = useTranslation('say');
  const [saved, setSaved] = useState<{ id: string; kind: KindedPayload['kind'] } | undefined>();
  useEffect(preloadOutboxService, []);
  const save = async (entry: KindedPayload) => {
    const service = await loadOutboxService();
    setSaved({ id: await service.saveItem(entry), kind: entry.kind });
  };
  // What is promised depends on what the item is and where it really is (on the phone, or sent).
  const copy = (state: ConfirmationState) => {
    const prefix = saved?.kind === 'talk-request' ? 'doneTalk' : 'done';
    return { title: t(`${prefix}.${state}.title`), body: [t(`${prefix}.${state}.body`)] };
  };
  return (
    <>
      <h1>{t('title')}</h1>
      <DangerBox />
      {saved ? (
        <SentConfirmation id={saved.id} copy={copy} />
      ) : (
        <>
          <p>{t('intro')}</p>
          <p>{t('anonymous')}</p>
          <SayForm onSubmit={save} />
        </>
      )}
    </>
  );
}
