import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEAVING_CARE_IDS, STATEMENT_IDS } from '../../../shared/content/statements';
import { loadOutboxService, preloadOutboxService } from '../outbox/outbox-loader';
import { profileFieldsForSending } from '../profile/profile';
import { useProfile } from '../profile/use-profile';
import { type RateDraft, clearDraft, loadDraft, saveDraft } from './rate-draft';
import { RateSent, type SentRating } from './rate-sent';
import { ReviewStep } from './review-step';
import { StatementStep } from './statement-step';

export default function RateScreen() {
  const { t } = useTranslation('rate');
  const leaver = useProfile().careStatus === 'care-leaver';
  const set = leaver ? 'leaving-care' : 'good-care';
  const ids = leaver ? LEAVING_CARE_IDS : STATEMENT_IDS;
  const [draft, setDraftState] = useState<RateDraft>(() => loadDraft(set));
  const [sent, setSent] = useState<SentRating[] | null>(null);
  useEffect(preloadOutboxService, []);

  const setDraft = (next: RateDraft) => {
    setDraftState(next);
    saveDraft(set, next);
  };
  const goTo = (step: number) => setDraft({ ...draft, step: Math.max(0, Math.min(step, ids.length)) });

  const send = async () => {
    const entries = ids.flatMap((statementId) => {
      const entry = draft.answers[statementId];
      if (!entry) return [];
      const comment = entry.comment?.trim();
      return [{ statementId, answer: entry.answer, ...(comment ? { comment } : {}), ...profileFieldsForSending() }];
    });
    const service = await loadOutboxService();
    const savedIds = await service.saveItems(entries.map((payload) => ({ kind: 'rating', payload })));
    clearDraft(set);
    setDraftState({ step: 0, answers: {} });
    setSent(entries.map((entry, i) => ({ id: savedIds[i] ?? '', statementId: entry.statementId, answer: entry.answer })));
  };

  const statementId = ids[draft.step];
  return (
    <>
      <h1>{leaver ? t('titleLeaver') : t('title')}</h1>
      {sent ? (
        <RateSent sent={sent} onAgain={() => setSent(null)} />
      ) : statementId ? (
        <>
          {draft.step === 0 ? <p>{t('intro')}</p> : null}
          <StatementStep
            statementId={statementId}
            index={draft.step}
            total={ids.length}
            value={draft.answers[statementId]}
            onChange={(value) => setDraft({ ...draft, answers: { ...draft.answers, [statementId]: value } })}
            onBack={() => goTo(draft.step - 1)}
            onNext={() => goTo(draft.step + 1)}
            onSkip={() => setDraft({ step: draft.step + 1, answers: { ...draft.answers, [statementId]: { answer: 'skip' } } })}
            onReview={() => goTo(ids.length)}
          />
        </>
      ) : (
        <ReviewStep ids={ids} draft={draft} onChangeStep={goTo} onSend={send} />
      )}
    </>
  );
}
