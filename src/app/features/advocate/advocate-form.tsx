import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ADVOCATE_TOPICS } from '../../../shared/kinds/advocate-request';
import { EMPTY_CONTACT, type ContactProblem, checkContact, toggle } from '../contact/contact-draft';
import { ContactFields } from '../contact/contact-fields';
import { UrgencyField } from '../contact/urgency-field';
import { StorageProblem } from '../outbox/storage-problem';
import { profileFieldsForSending } from '../profile/profile';

export interface AdvocateFormProps {
  onSubmit(payload: Record<string, unknown>): Promise<void>;
}

export function AdvocateForm({ onSubmit }: AdvocateFormProps) {
  const { t } = useTranslation(['advocate', 'common']);
  const [topics, setTopics] = useState<string[]>([]);
  const [details, setDetails] = useState('');
  const [contact, setContact] = useState(EMPTY_CONTACT);
  const [needs, setNeeds] = useState('');
  const [urgency, setUrgency] = useState('');
  const [problems, setProblems] = useState<ContactProblem[]>([]);
  const [saveError, setSaveError] = useState<unknown>();

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const checked = checkContact(contact);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems([]);
    const payload = {
      topics,
      contact: checked.contact,
      ...(details.trim() ? { details: details.trim() } : {}),
      ...(needs.trim() ? { needs: needs.trim() } : {}),
      ...(urgency ? { urgency } : {}),
      ...profileFieldsForSending(),
    };
    onSubmit(payload).catch((error: unknown) => setSaveError(error ?? new Error('Saving failed.')));
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="advocate-form-title">
      <h2 id="advocate-form-title">{t('form.title')}</h2>
      {problems.length > 0 ? <p role="alert" className="error">{t('form.fixProblems')}</p> : null}
      <fieldset>
        <legend>{t('form.about')}</legend>
        {ADVOCATE_TOPICS.map((topic) => (
          <label key={topic} className="choice-row">
            <input type="checkbox" checked={topics.includes(topic)} onChange={() => setTopics(toggle(topics, topic))} />
            {t(`topic.${topic}`)}
          </label>
        ))}
      </fieldset>
      <p>
        <label htmlFor="advocate-details">{t('form.details')}</label>
        <textarea id="advocate-details" rows={4} maxLength={2000} value={details} onChange={(e) => setDetails(e.target.value)} />
      </p>
      <ContactFields value={contact} problems={problems} onChange={setContact} />
      <p>
        <label htmlFor="advocate-needs">{t('form.needs')}</label>
        <span className="hint" id="advocate-needs-hint">{t('form.needsHint')}</span>
        <textarea id="advocate-needs" rows={2} maxLength={500} value={needs} aria-describedby="advocate-needs-hint"
          onChange={(e) => setNeeds(e.target.value)} />
      </p>
      <UrgencyField name="urgency" legend={t('form.urgency')} value={urgency} onChange={setUrgency} label={(level) => t(`urgency.${level}`)} />
      {saveError ? <StorageProblem error={saveError} onRetry={() => submit()} kept /> : null}
      <button type="submit" className="primary">
        {t('form.send')}
      </button>
    </form>
  );
}
