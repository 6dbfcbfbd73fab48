import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdvocateRequestPayload } from '../../../shared/kinds/advocate-request';
import type { ContactProblem } from '../contact/contact-draft';
import { CONTACT_FIELD_IDS } from '../contact/contact-fields';
import { loadDraft, saveDraft } from '../drafts/session-draft';
import { ErrorSummary } from '../forms/error-summary';
import { StorageProblem } from '../outbox/storage-problem';
import {
  ADVOCATE_DRAFT_NAME,
  ADVOCATE_STEPS,
  type AdvocateProgress,
  type AdvocateStep,
  EMPTY_ADVOCATE_DRAFT,
  reviveAdvocateProgress,
  toAdvocatePayload,
} from './advocate-draft';
import { AdvocateCheck } from './advocate-check';
import { AdvocateStepFields } from './advocate-step-fields';

const START: AdvocateProgress = { index: 0, draft: EMPTY_ADVOCATE_DRAFT, returnToCheck: false };

/** The request in short steps, one question each, then "Check your answers" and Send. */
export function AdvocateSteps({ onSubmit }: { onSubmit(payload: AdvocateRequestPayload): Promise<void> }) {
  const { t } = useTranslation(['advocate', 'contact']);
  const [progress, setProgressState] = useState<AdvocateProgress>(() => loadDraft(ADVOCATE_DRAFT_NAME, reviveAdvocateProgress) ?? START);
  const [problems, setProblems] = useState<ContactProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saveError, setSaveError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const { index, draft } = progress;
  const step: AdvocateStep = ADVOCATE_STEPS[index] ?? 'check';
  useEffect(() => {
    // Each step (the first too: it opens from "Start") puts focus on its question.
    heading.current?.focus();
  }, [index]);

  const setProgress = (next: AdvocateProgress) => {
    setProgressState(next);
    saveDraft(ADVOCATE_DRAFT_NAME, next);
  };
  const goTo = (target: AdvocateStep, returnToCheck = false) => {
    setProblems([]);
    setProgress({ ...progress, index: ADVOCATE_STEPS.indexOf(target), returnToCheck });
  };
  const next = (event: FormEvent) => {
    event.preventDefault();
    if (step === 'contact' || step === 'check') {
      const checked = toAdvocatePayload(draft);
      if (!checked.ok) {
        setProblems(checked.problems);
        setAttempt((n) => n + 1);
        if (step === 'check') setProgress({ ...progress, index: ADVOCATE_STEPS.indexOf('contact'), returnToCheck: true });
        return;
      }
      if (step === 'check') {
        setBusy(true);
        onSubmit(checked.payload).catch((error: unknown) => {
          setSaveError(error ?? new Error('Saving failed.'));
          setBusy(false);
        });
        return;
      }
    }
    goTo(progress.returnToCheck ? 'check' : (ADVOCATE_STEPS[index + 1] ?? 'check'));
  };

  const errors = problems.map((problem) => ({ fieldId: CONTACT_FIELD_IDS[problem], message: t(`contact:problems.${problem}`) }));
  return (
    <form onSubmit={next} noValidate aria-labelledby="advocate-step-title" autoComplete="off">
      <ErrorSummary errors={errors} attempt={attempt} />
      <p className="progress">{t('form.progress', { n: index + 1, total: ADVOCATE_STEPS.length })}</p>
      <h2 id="advocate-step-title" ref={heading} tabIndex={-1}>
        {t(`steps.${step}`)}
      </h2>
      {step === 'check' ? (
        <AdvocateCheck draft={draft} onChange={(target) => goTo(target, true)} />
      ) : (
        <AdvocateStepFields step={step} draft={draft} problems={problems} onChange={(changed) => setProgress({ ...progress, draft: changed })} />
      )}
      {saveError ? <StorageProblem error={saveError} kept /> : null}
      <div className="step-buttons">
        {/* Changing one answer from the check: the only way on is back to the check. */}
        {index > 0 && !progress.returnToCheck ? (
          <button type="button" onClick={() => goTo(ADVOCATE_STEPS[index - 1] ?? 'topics')}>
            {t('form.back')}
          </button>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {step === 'check' ? t('form.send') : progress.returnToCheck ? t('form.backToCheck') : t('form.next')}
        </button>
      </div>
    </form>
  );
}
