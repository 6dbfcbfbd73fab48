import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdvocateRequestPayload } from '../../../shared/kinds/advocate-request';
import { clearDraft, loadDraft, saveDraft } from '../drafts/session-draft';
import { loadOutboxService, preloadOutboxService } from '../outbox/outbox-loader';
import { type ConfirmationState, SentConfirmation } from '../outbox/sent-confirmation';
import { DangerBox } from '../safety/danger-box';
import { ADVOCATE_DRAFT_NAME, EMPTY_ADVOCATE_DRAFT, reviveAdvocateProgress } from './advocate-draft';
import { AdvocateSteps } from './advocate-steps';

export default function AdvocateScreen() {
  const { t } = useTranslation('advocate');
  const [savedId, setSavedId] = useState<string | undefined>();
  // A request started earlier in this visit (before Help now, or Back) carries on where it was.
  const [started, setStarted] = useState(() => loadDraft(ADVOCATE_DRAFT_NAME, reviveAdvocateProgress) !== undefined);
  useEffect(preloadOutboxService, []);
  // Started counts as a draft too, so Help now and Back return to the steps, not to this page.
  const start = () => {
    saveDraft(ADVOCATE_DRAFT_NAME, { index: 0, draft: EMPTY_ADVOCATE_DRAFT, returnToCheck: false });
    setStarted(true);
  };
  const save = async (payload: AdvocateRequestPayload) => {
    const service = await loadOutboxService();
    setSavedId(await service.saveItem({ kind: 'advocate-request', payload }));
    // Saved in the outbox now: the draft (with the contact details) goes from this visit's storage.
    clearDraft(ADVOCATE_DRAFT_NAME);
  };
  // The 1-working-day promise is made only once the request has really reached the council.
  const copy = (state: ConfirmationState) => ({
    title: t(`done.${state}.title`),
    body: [t(`done.${state}.body`), t(`done.${state}.more`)],
  });
  return (
    <>
      <h1>{t('title')}</h1>
      <DangerBox />
      {savedId ? (
        <SentConfirmation id={savedId} copy={copy} />
      ) : started ? (
        <AdvocateSteps onSubmit={save} />
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
          <p>{t('what.time')}</p>
          <button type="button" className="primary" onClick={start}>
            {t('form.start')}
          </button>
        </>
      )}
    </>
  );
}
