import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { AppLink } from '../../app-link';
import { LEAVING_CARE_DRAFT } from '../../../shared/content/promise';
import { LEAVING_CARE_IDS, STATEMENT_IDS } from '../../../shared/content/statements';
import type { RatingPayload } from '../../../shared/kinds/rating';
import { loadOutboxService, preloadOutboxService } from '../outbox/outbox-loader';
import { profileFieldsForSending } from '../profile/profile';
import { useProfile } from '../profile/use-profile';
import { type RateDraft, clearDraft, loadDraft, saveDraft } from './rate-draft';
import { RateSent } from './rate-sent';
import { ReviewStep } from './review-step';
import { StatementStep } from './statement-step';

/**
 * Care leavers get the leaving-care statements, and may choose the 14 that children in care wrote
 * instead (`?set=good-care`). The leaving-care set is a draft until care leavers have checked it,
 * and the intro says so (LEAVING_CARE_DRAFT).
 */
export default function RateScreen() {
  const { t } = useTranslation('rate');
  const leaver = useProfile().careStatus === 'care-leaver';
  const [params] = useSearchParams();
  const set = leaver && params.get('set') !== 'good-care' ? 'leaving-care' : 'good-care';
  const ids = set === 'leaving-care' ? LEAVING_CARE_IDS : STATEMENT_IDS;
  const [drafts, setDrafts] = useState<Record<string, RateDraft>>({});
  const draft = drafts[set] ?? loadDraft(set);
  const [sent, setSent] = useState<string[] | null>(null);
  useEffect(preloadOutboxService, []);

  const setDraft = (next: RateDraft) => {
    setDrafts({ ...drafts, [set]: next });
    saveDraft(set, next);
  };
  const goTo = (step: number) => setDraft({ ...draft, step: Math.max(0, Math.min(step, ids.length)) });

  const send = async () => {
    const entries: RatingPayload[] = ids.flatMap((statementId) => {
      const entry = draft.answers[statementId];
      if (!entry) return [];
      const comment = entry.comment?.trim();
      return [{ statementId, answer: entry.answer, ...(comment ? { comment } : {}), ...profileFieldsForSending() }];
    });
    const service = await loadOutboxService();
    const savedIds = await service.saveItems(entries.map((payload) => ({ kind: 'rating', payload })));
    // Sent or not, the answers now live in the outbox only: the draft (and its words) goes.
    clearDraft(set);
    setDrafts({ ...drafts, [set]: { step: 0, answers: {} } });
    setSent(savedIds);
  };

  const statementId = ids[draft.step];
  const intro = set === 'good-care' ? t('intro') : LEAVING_CARE_DRAFT ? t('introLeaverDraft') : t('introLeaver');
  return (
    <>
      <h1>{set === 'leaving-care' ? t('titleLeaver') : t('title')}</h1>
      {sent ? (
        <RateSent ids={sent} onAgain={() => setSent(null)} />
      ) : statementId ? (
        <>
          {draft.step === 0 ? (
            <>
              <p>{intro}</p>
              {leaver ? (
                <p>
                  <AppLink to={set === 'leaving-care' ? '/rate?set=good-care' : '/rate'}>
                    {set === 'leaving-care' ? t('switchToGoodCare') : t('switchToLeaving')}
                  </AppLink>
                </p>
              ) : null}
            </>
          ) : null}
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
