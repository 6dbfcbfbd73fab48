import { useTranslation } from 'react-i18next';
import { BEST_TIMES, CONTACT_METHODS, MESSAGE_SAFETY } from '../../../shared/kinds/contact';
import { type ContactDraft, type ContactProblem, toggle } from './contact-draft';

interface Props {
  value: ContactDraft;
  problems: ContactProblem[];
  onChange(value: ContactDraft): void;
}

/** How to reach a child safely: shared by "Ask for an advocate" and "I want to talk to someone". */
export function ContactFields({ value, problems, onChange }: Props) {
  const { t } = useTranslation('contact');
  const set = (change: Partial<ContactDraft>) => onChange({ ...value, ...change });
  const needsPhone = value.methods.includes('text') || value.methods.includes('call');
  return (
    <fieldset>
      <legend>{t('legend')}</legend>
      <p className="hint">{t('why')}</p>
      <fieldset aria-describedby={problems.includes('method') ? 'contact-method-error' : undefined}>
        <legend>{t('methods')}</legend>
        {problems.includes('method') ? <p id="contact-method-error" className="error">{t('problems.method')}</p> : null}
        {CONTACT_METHODS.map((method) => (
          <label key={method} className="choice-row">
            <input type="checkbox" checked={value.methods.includes(method)} onChange={() => set({ methods: toggle(value.methods, method) })} />
            {t(`method.${method}`)}
          </label>
        ))}
      </fieldset>
      {needsPhone ? (
        <p>
          <label htmlFor="contact-phone">{t('phone')}</label>
          <input id="contact-phone" type="tel" autoComplete="tel" value={value.phone} maxLength={30}
            aria-invalid={problems.includes('phone')} aria-describedby={problems.includes('phone') ? 'contact-phone-error' : undefined}
            onChange={(event) => set({ phone: event.target.value })} />
          {problems.includes('phone') ? <span id="contact-phone-error" className="error">{t('problems.phone')}</span> : null}
        </p>
      ) : null}
      {value.methods.includes('email') ? (
        <p>
          <label htmlFor="contact-email">{t('email')}</label>
          <input id="contact-email" type="email" autoComplete="email" value={value.email} maxLength={254}
            aria-invalid={problems.includes('email')} aria-describedby={problems.includes('email') ? 'contact-email-error' : undefined}
            onChange={(event) => set({ email: event.target.value })} />
          {problems.includes('email') ? <span id="contact-email-error" className="error">{t('problems.email')}</span> : null}
        </p>
      ) : null}
      <fieldset>
        <legend>{t('safeToLeaveMessage')}</legend>
        {MESSAGE_SAFETY.map((answer) => (
          <label key={answer} className="choice-row">
            <input type="radio" name="safe-to-leave-message" checked={value.safeToLeaveMessage === answer}
              onChange={() => set({ safeToLeaveMessage: answer })} />
            {t(`messageSafety.${answer}`)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('bestTimes')}</legend>
        {BEST_TIMES.map((time) => (
          <label key={time} className="choice-row">
            <input type="checkbox" checked={value.bestTimes.includes(time)} onChange={() => set({ bestTimes: toggle(value.bestTimes, time) })} />
            {t(`time.${time}`)}
          </label>
        ))}
      </fieldset>
      <label className="choice-row">
        <input type="checkbox" checked={value.notAtHome} onChange={() => set({ notAtHome: !value.notAtHome })} />
        {t('notAtHome')}
      </label>
    </fieldset>
  );
}
