import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KindedPayload } from '../../../shared/kinds/registry';
import { useSearchParams } from 'react-router';
import { clearDraft } from '../drafts/session-draft';
import { loadOutboxService, preloadOutboxService } from '../outbox/outbox-loader';
import { type ConfirmationState, SentConfirmation } from '../outbox/sent-confirmation';
import { DangerBox } from '../safety/danger-box';
import { SAY_DRAFT_NAME } from './say-draft';
import { SayForm } from './say-form';

export default function SayScreen() {
  const { t } = useTranslation('say');
  const [params, setParams] = useSearchParams();
  const startWithTalk = params.get('talk') === '1';
  useEffect(() => {
    // Opened from "I want to talk to someone": used once, so a reload keeps whatever the child picks next.
    if (startWithTalk) setParams({}, { replace: true });
  }, [startWithTalk, setParams]);
  const [saved, setSaved] = useState<{ id: string; kind: KindedPayload['kind'] } | undefined>();
  useEffect(preloadOutboxService, []);
  const save = async (entry: KindedPayload) => {
    const service = await loadOutboxService();
    setSaved({ id: await service.saveItem(entry), kind: entry.kind });
    clearDraft(SAY_DRAFT_NAME); // in the outbox now: the words leave this visit's storage

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
          <SayForm onSubmit={save} startWithTalk={startWithTalk} />
        </>
      )}
    </>
  );
}
