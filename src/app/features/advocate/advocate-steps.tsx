import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdvocateRequestPayload } from '../../../shared/kinds/advocate-request';
import type { ContactProblem } from '../contact/contact-draft';
import { CONTACT_FIELD_IDS } from '../contact/contact-fields';
import { ErrorSummary } from '../forms/error-summary';
import { StorageProblem } from '../outbox/storage-problem';
import { ADVOCATE_STEPS, type AdvocateStep, EMPTY_ADVOCATE_DRAFT, toAdvocatePayload } from './advocate-draft';
import { AdvocateCheck } from './advocate-check';
import { AdvocateStepFields } from './advocate-step-fields';

/** The request in short steps, one question each, then "Check your answers" and Send. */
export function AdvocateSteps({ onSubmit }: { onSubmit(payload: AdvocateRequestPayload): Promise<void> }) {
  const { t } = useTranslation(['advocate', 'contact']);
  const [draft, setDraft] = useState(EMPTY_ADVOCATE_DRAFT);
  const [index, setIndex] = useState(0);
  const [problems, setProblems] = useState<ContactProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saveError, setSaveError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const step: AdvocateStep = ADVOCATE_STEPS[index] ?? 'check';
  useEffect(() => {
    // Each step (the first too: it opens from "Start") puts focus on its question.
    heading.current?.focus();
  }, [index]);

  const goTo = (target: AdvocateStep) => {
    setProblems([]);
    setIndex(ADVOCATE_STEPS.indexOf(target));
  };
  const next = (event: FormEvent) => {
    event.preventDefault();
    if (step === 'contact' || step === 'check') {
      const checked = toAdvocatePayload(draft);
      if (!checked.ok) {
        setProblems(checked.problems);
        setAttempt((n) => n + 1);
        if (step === 'check') setIndex(ADVOCATE_STEPS.indexOf('contact'));
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
    setProblems([]);
    setIndex(index + 1);
  };

  const errors = problems.map((problem) => ({ fieldId: CONTACT_FIELD_IDS[problem], message: t(`contact:problems.${problem}`) }));
  return (
    <form onSubmit={next} noValidate aria-labelledby="advocate-step-title" autoComplete="off">
      <ErrorSummary errors={errors} attempt={attempt} />
      <p className="progress">{t('form.progress', { n: index + 1, total: ADVOCATE_STEPS.length })}</p>
      <h2 id="advocate-step-title" ref={heading} tabIndex={-1}>
        {t(`steps.${step}`)}
      </h2>
      {step === 'check' ? <AdvocateCheck draft={draft} onChange={goTo} /> : (
        <AdvocateStepFields step={step} draft={draft} problems={problems} onChange={setDraft} />
      )}
      {saveError ? <StorageProblem error={saveError} kept /> : null}
      <div className="step-buttons">
        {index > 0 ? (
          <button type="button" onClick={() => goTo(ADVOCATE_STEPS[index - 1] ?? 'topics')}>
            {t('form.back')}
          </button>
        ) : null}
        <button type="submit" className="primary" disabled={busy}>
          {step === 'check' ? t('form.send') : t('form.next')}
        </button>
      </div>
    </form>
  );
}
