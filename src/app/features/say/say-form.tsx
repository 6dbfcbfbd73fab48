import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SAY_TYPES } from '../../../shared/kinds/say-something';
import { EMPTY_CONTACT, type ContactProblem, checkContact } from '../contact/contact-draft';
import { ContactFields } from '../contact/contact-fields';
import { UrgencyField } from '../contact/urgency-field';
import { StorageProblem } from '../outbox/storage-problem';
import { profileFieldsForSending } from '../profile/profile';

const CHOICES = [...SAY_TYPES, 'talk'] as const;
type Choice = (typeof CHOICES)[number];

export function SayForm({ onSubmit }: { onSubmit(kind: string, payload: Record<string, unknown>): Promise<void> }) {
  const { t } = useTranslation(['say', 'common']);
  const [choice, setChoice] = useState<Choice | ''>('');
  const [text, setText] = useState('');
  const [contact, setContact] = useState(EMPTY_CONTACT);
  const [urgency, setUrgency] = useState('');
  const [problems, setProblems] = useState<ContactProblem[]>([]);
  const [missing, setMissing] = useState<'choice' | 'text' | ''>('');
  const [saveError, setSaveError] = useState<unknown>();

  const failed = (error: unknown) => setSaveError(error ?? new Error('Saving failed.'));
  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!choice) return setMissing('choice');
    const words = text.trim();
    if (choice !== 'talk') {
      if (!words) return setMissing('text');
      setMissing('');
      onSubmit('say-something', { type: choice, text: words, ...profileFieldsForSending() }).catch(failed);
      return;
    }
    const checked = checkContact(contact);
    setProblems(checked.ok ? [] : checked.problems);
    if (!checked.ok) return;
    setMissing('');
    const payload = { contact: checked.contact, ...(words ? { text: words } : {}), ...(urgency ? { urgency } : {}), ...profileFieldsForSending() };
    onSubmit('talk-request', payload).catch(failed);
  };

  return (
    <form onSubmit={submit} noValidate>
      {missing || problems.length ? <p role="alert" className="error">{t(missing === 'text' ? 'problems.text' : missing === 'choice' ? 'problems.choice' : 'problems.contact')}</p> : null}
      <fieldset>
        <legend>{t('type.legend')}</legend>
        {CHOICES.map((option) => (
          <label key={option} className="choice-row">
            <input type="radio" name="say-type" checked={choice === option} onChange={() => setChoice(option)} />
            {t(`type.${option}`)}
          </label>
        ))}
      </fieldset>
      {choice === 'talk' ? <p className="promise">{t('talk.notAnonymous')}</p> : null}
      <p>
        <label htmlFor="say-text">{choice === 'talk' ? t('talk.textLabel') : t('textLabel')}</label>
        <textarea id="say-text" rows={5} maxLength={2000} value={text} aria-invalid={missing === 'text'} onChange={(e) => setText(e.target.value)} />
      </p>
      {choice === 'talk' ? (
        <>
          <ContactFields value={contact} problems={problems} onChange={setContact} />
          <UrgencyField name="talk-urgency" legend={t('talk.urgency')} value={urgency} onChange={setUrgency} label={(level) => t(`urgency.${level}`)} />
        </>
      ) : null}
      {saveError ? <StorageProblem error={saveError} onRetry={() => submit()} kept /> : null}
      <button type="submit" className="primary">
        {t('send')}
      </button>
    </form>
  );
}
