import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KindedPayload } from '../../../shared/kinds/registry';
import { type ContactProblem, checkContact } from '../contact/contact-draft';
import { CONTACT_FIELD_IDS, ContactSafety, ContactWays } from '../contact/contact-fields';
import { UrgencyField } from '../contact/urgency-field';
import { loadDraft, saveDraft } from '../drafts/session-draft';
import { ErrorSummary, FieldMessage } from '../forms/error-summary';
import { StorageProblem } from '../outbox/storage-problem';
import { profileFieldsForSending } from '../profile/profile';
import { mentionsDanger } from './danger-words';
import { SAY_CHOICES, SAY_DRAFT_NAME, type SayDraft, reviveSayDraft } from './say-draft';
import { SteerToHelp } from './steer-to-help';

type Missing = 'choice' | 'text';

/** `startWithTalk`: opened from "I want to talk to someone" on the home screen. */
export function SayForm({ onSubmit, startWithTalk = false }: { onSubmit(entry: KindedPayload): Promise<void>; startWithTalk?: boolean }) {
  const { t } = useTranslation(['say', 'contact']);
  const [draft, setDraftState] = useState<SayDraft>(() => {
    const saved = loadDraft(SAY_DRAFT_NAME, reviveSayDraft);
    if (!startWithTalk) return saved;
    const talk: SayDraft = { ...saved, choice: 'talk' };
    saveDraft(SAY_DRAFT_NAME, talk); // the link's choice is kept, as if tapped, so a reload keeps it
    return talk;
  });
  const [problems, setProblems] = useState<ContactProblem[]>([]);
  const [missing, setMissing] = useState<Missing[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saveError, setSaveError] = useState<unknown>();
  const steered = useRef(false);
  const { choice, text, contact, urgency } = draft;
  const setDraft = (change: Partial<SayDraft>) => {
    const next = { ...draft, ...change };
    setDraftState(next);
    saveDraft(SAY_DRAFT_NAME, next);
  };
  useEffect(() => {
    // After "I want to talk to someone" in the help box (which then goes away), the child carries on
    // at their words, with the contact questions just below: focus must not fall back to the top.
    if (steered.current && choice === 'talk') {
      document.getElementById('say-text')?.focus({ preventScroll: true });
      // Scrolled so the box's question sits just below the safety bar, the box (and cursor) right after it.
      document.querySelector('label[for="say-text"]')?.scrollIntoView({ block: 'start' });
    }
    steered.current = false;
  }, [choice]);

  const listed: unknown = t('dangerWords', { returnObjects: true });
  const dangerWords = Array.isArray(listed) ? listed.filter((word): word is string => typeof word === 'string') : [];
  const steer = choice !== 'talk' && (choice === 'problem' || mentionsDanger(text, dangerWords));
  const failed = (error: unknown) => setSaveError(error ?? new Error('Saving failed.'));
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const words = text.trim();
    const gaps: Missing[] = [...(choice ? [] : ['choice' as const]), ...(choice && choice !== 'talk' && !words ? ['text' as const] : [])];
    const checked = choice === 'talk' ? checkContact(contact) : undefined;
    const contactProblems = checked && !checked.ok ? checked.problems : [];
    setMissing(gaps);
    setProblems(contactProblems);
    if (gaps.length > 0 || contactProblems.length > 0 || !choice) return setAttempt((n) => n + 1);
    const profile = profileFieldsForSending();
    if (choice !== 'talk') return void onSubmit({ kind: 'say-something', payload: { type: choice, text: words, ...profile } }).catch(failed);
    if (!checked?.ok) return;
    const payload = { contact: checked.contact, ...(words ? { text: words } : {}), ...(urgency ? { urgency } : {}), ...profile };
    onSubmit({ kind: 'talk-request', payload }).catch(failed);
  };

  const errors = [
    ...missing.map((gap) => ({ fieldId: gap === 'choice' ? `say-type-${SAY_CHOICES[0]}` : 'say-text', message: t(`problems.${gap}`) })),
    ...problems.map((problem) => ({ fieldId: CONTACT_FIELD_IDS[problem], message: t(`contact:problems.${problem}`) })),
  ];
  const talkNow = () => {
    steered.current = true;
    setDraft({ choice: 'talk' });
  };
  return (
    <form onSubmit={submit} noValidate autoComplete="off">
      <ErrorSummary errors={errors} attempt={attempt} />
      <fieldset aria-describedby={missing.includes('choice') ? 'say-type-error' : undefined}>
        <legend>{t('type.legend')}</legend>
        <FieldMessage id="say-type-error" message={missing.includes('choice') ? t('problems.choice') : undefined} />
        {SAY_CHOICES.map((option) => (
          <label key={option} className="choice-row">
            <input id={`say-type-${option}`} type="radio" name="say-type" checked={choice === option} onChange={() => setDraft({ choice: option })} />
            {t(`type.${option}`)}
          </label>
        ))}
      </fieldset>
      {choice === 'talk' ? (
        <p className="promise" id="talk-not-anonymous">
          {t('talk.notAnonymous')}
        </p>
      ) : (
        <p>{t('anonymous')}</p>
      )}
      <div aria-live="polite">{steer ? <SteerToHelp onTalk={talkNow} /> : null}</div>
      <p>
        <label htmlFor="say-text">{choice === 'talk' ? t('talk.textLabel') : t('textLabel')}</label>
        <FieldMessage id="say-text-error" message={missing.includes('text') ? t('problems.text') : undefined} />
        <textarea id="say-text" rows={5} maxLength={2000} value={text} aria-invalid={missing.includes('text')}
          aria-describedby={missing.includes('text') ? 'say-text-error' : undefined} onChange={(e) => setDraft({ text: e.target.value })} />
      </p>
      {choice === 'talk' ? (
        <>
          <ContactWays value={contact} problems={problems} onChange={(changed) => setDraft({ contact: changed })} />
          <ContactSafety value={contact} onChange={(changed) => setDraft({ contact: changed })} />
          <UrgencyField name="talk-urgency" legend={t('talk.urgency')} value={urgency} onChange={(level) => setDraft({ urgency: level })}
            label={(level) => t(`urgency.${level}`)} />
        </>
      ) : null}
      {saveError ? <StorageProblem error={saveError} onRetry={() => submit()} kept /> : null}
      <button type="submit" className="primary">
        {t('send')}
      </button>
    </form>
  );
}
