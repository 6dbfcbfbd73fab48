import { useTranslation } from 'react-i18next';
import { ADVOCATE_TOPICS } from '../../../shared/kinds/advocate-request';
import { type ContactProblem, toggle } from '../contact/contact-draft';
import { ContactSafety, ContactWays } from '../contact/contact-fields';
import { UrgencyField } from '../contact/urgency-field';
import type { AdvocateDraft, AdvocateStep } from './advocate-draft';

interface Props {
  step: Exclude<AdvocateStep, 'check'>;
  draft: AdvocateDraft;
  problems: ContactProblem[];
  onChange(draft: AdvocateDraft): void;
}

/** The one question of each step. Its heading (the h2 above) names it; fields carry their own labels. */
export function AdvocateStepFields({ step, draft, problems, onChange }: Props) {
  const { t } = useTranslation('advocate');
  const set = (change: Partial<AdvocateDraft>) => onChange({ ...draft, ...change });
  switch (step) {
    case 'topics':
      return (
        <fieldset>
          <legend>{t('form.about')}</legend>
          {ADVOCATE_TOPICS.map((topic) => (
            <label key={topic} className="choice-row">
              <input type="checkbox" checked={draft.topics.includes(topic)} onChange={() => set({ topics: toggle(draft.topics, topic) })} />
              {t(`topic.${topic}`)}
            </label>
          ))}
        </fieldset>
      );
    case 'details':
      return <TextStep field="details" rows={5} maxLength={2000} value={draft.details} onChange={(details) => set({ details })} />;
    case 'contact':
      return <ContactWays value={draft.contact} problems={problems} onChange={(contact) => set({ contact })} />;
    case 'safety':
      return <ContactSafety value={draft.contact} onChange={(contact) => set({ contact })} />;
    case 'needs':
      return <TextStep field="needs" rows={3} maxLength={500} value={draft.needs} onChange={(needs) => set({ needs })} />;
    case 'urgency':
      return <UrgencyField name="urgency" legend={t('form.urgency')} value={draft.urgency} onChange={(urgency) => set({ urgency })}
        label={(level) => t(`urgency.${level}`)} />;
  }
}

interface TextStepProps {
  field: 'details' | 'needs';
  rows: number;
  maxLength: number;
  value: string;
  onChange(value: string): void;
}

/** A free-text step: its label, a hint that it may stay empty, and the box. */
function TextStep({ field, rows, maxLength, value, onChange }: TextStepProps) {
  const { t } = useTranslation('advocate');
  return (
    <p>
      <label htmlFor={`advocate-${field}`}>{t(`form.${field}`)}</label>
      <span className="hint" id={`advocate-${field}-hint`}>
        {t(`form.${field}Hint`)}
      </span>
      <textarea id={`advocate-${field}`} rows={rows} maxLength={maxLength} value={value} aria-describedby={`advocate-${field}-hint`}
        onChange={(event) => onChange(event.target.value)} />
    </p>
  );
}
