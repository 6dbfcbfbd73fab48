import { useTranslation } from 'react-i18next';
import { BEST_TIMES, CONTACT_METHODS, MESSAGE_SAFETY } from '../../../shared/kinds/contact';
import { FieldMessage } from '../forms/error-summary';
import { type ContactDraft, type ContactProblem, toggle } from './contact-draft';

interface Props {
  value: ContactDraft;
  problems: ContactProblem[];
  onChange(value: ContactDraft): void;
}

/** Where the error summary's links go for each problem. */
export const CONTACT_FIELD_IDS: Record<ContactProblem, string> = {
  method: `contact-method-${CONTACT_METHODS[0]}`,
  phone: 'contact-phone',
  email: 'contact-email',
  phoneFormat: 'contact-phone',
  emailFormat: 'contact-email',
};

/**
 * How to reach a child: shared by "Ask for an advocate" and "I want to talk to someone".
 * autoComplete="off": a shared phone must not offer this number to the next person's form.
 */
export function ContactWays({ value, problems, onChange }: Props) {
  const { t } = useTranslation('contact');
  const set = (change: Partial<ContactDraft>) => onChange({ ...value, ...change });
  const needsPhone = value.methods.includes('text') || value.methods.includes('call');
  const message = (...kinds: ContactProblem[]) => {
    const found = kinds.find((problem) => problems.includes(problem));
    return found ? t(`problems.${found}`) : undefined;
  };
  const phoneWrong = problems.includes('phone') || problems.includes('phoneFormat');
  const emailWrong = problems.includes('email') || problems.includes('emailFormat');
  return (
    <>
      <fieldset aria-describedby={problems.includes('method') ? 'contact-method-error' : undefined}>
        <legend>{t('methods')}</legend>
        <p className="hint">{t('why')}</p>
        <FieldMessage id="contact-method-error" message={message('method')} />
        {CONTACT_METHODS.map((method) => (
          <label key={method} className="choice-row">
            <input id={`contact-method-${method}`} type="checkbox" checked={value.methods.includes(method)}
              onChange={() => set({ methods: toggle(value.methods, method) })} />
            {t(`method.${method}`)}
          </label>
        ))}
      </fieldset>
      {needsPhone ? (
        <p>
          <label htmlFor="contact-phone">{t('phone')}</label>
          <FieldMessage id="contact-phone-error" message={message('phone', 'phoneFormat')} />
          <input id="contact-phone" type="tel" autoComplete="off" value={value.phone} maxLength={30}
            aria-invalid={phoneWrong} aria-describedby={phoneWrong ? 'contact-phone-error' : undefined}
            onChange={(event) => set({ phone: event.target.value })} />
        </p>
      ) : null}
      {value.methods.includes('email') ? (
        <p>
          <label htmlFor="contact-email">{t('email')}</label>
          <FieldMessage id="contact-email-error" message={message('email', 'emailFormat')} />
          <input id="contact-email" type="email" autoComplete="off" value={value.email} maxLength={254}
            aria-invalid={emailWrong} aria-describedby={emailWrong ? 'contact-email-error' : undefined}
            onChange={(event) => set({ email: event.target.value })} />
        </p>
      ) : null}
    </>
  );
}

/** When and how it is safe to get in touch. Nothing here is needed. */
export function ContactSafety({ value, onChange }: Omit<Props, 'problems'>) {
  const { t } = useTranslation('contact');
  const set = (change: Partial<ContactDraft>) => onChange({ ...value, ...change });
  return (
    <>
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
    </>
  );
}
