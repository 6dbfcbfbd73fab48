import { useTranslation } from 'react-i18next';
import type { AdvocateDraft, AdvocateStep } from './advocate-draft';

interface Row {
  step: AdvocateStep;
  question: string;
  answer: string;
}

/** "Check your answers": every answer in words, each with a way back to change it. */
export function AdvocateCheck({ draft, onChange }: { draft: AdvocateDraft; onChange(step: AdvocateStep): void }) {
  const { t } = useTranslation(['advocate', 'contact']);
  const none = t('check.none');
  const list = (values: string[]) => (values.length > 0 ? values.join(', ') : none);
  const { contact } = draft;
  const rows: Row[] = [
    { step: 'topics', question: t('check.topics'), answer: list(draft.topics.map((topic) => t(`topic.${topic}`))) },
    { step: 'details', question: t('check.details'), answer: draft.details.trim() || none },
    { step: 'contact', question: t('check.contact'), answer: list(contact.methods.map((method) => t(`contact:method.${method}`))) },
    ...(contact.phone.trim() ? [{ step: 'contact' as const, question: t('contact:phone'), answer: contact.phone.trim() }] : []),
    ...(contact.email.trim() ? [{ step: 'contact' as const, question: t('contact:email'), answer: contact.email.trim() }] : []),
    { step: 'safety', question: t('contact:safeToLeaveMessage'), answer: contact.safeToLeaveMessage ? t(`contact:messageSafety.${contact.safeToLeaveMessage}`) : none },
    { step: 'safety', question: t('contact:bestTimes'), answer: list(contact.bestTimes.map((time) => t(`contact:time.${time}`))) },
    ...(contact.notAtHome ? [{ step: 'safety' as const, question: t('check.home'), answer: t('contact:notAtHome') }] : []),
    { step: 'needs', question: t('check.needs'), answer: draft.needs.trim() || none },
    { step: 'urgency', question: t('check.urgency'), answer: draft.urgency ? t(`urgency.${draft.urgency}`) : none },
  ];
  return (
    <dl className="check-answers">
      {rows.map((row) => (
        <div key={`${row.step}-${row.question}`} className="check-row">
          <dt>{row.question}</dt>
          <dd>{row.answer}</dd>
          <dd>
            <button type="button" className="link-button" onClick={() => onChange(row.step)}>
              {t('check.change')}
              <span className="visually-hidden"> {row.question}</span>
            </button>
          </dd>
        </div>
      ))}
    </dl>
  );
}
