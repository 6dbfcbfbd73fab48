import { useTranslation } from 'react-i18next';
import type { ContactDetails } from '../../api';

/** How to reach a child safely. Warnings (not at home, no messages) come first and in words. */
export function ContactDetailsView({ contact }: { contact: ContactDetails }) {
  const { t } = useTranslation();
  const safe = contact.safeToLeaveMessage;
  const warnSafe = safe === 'no' || safe === 'not-sure';
  return (
    <dl className="contact">
      {contact.notAtHome ? (
        <div>
          <dt>{t('contact.home')}</dt>
          <dd>
            <strong>{t('contact.notAtHome')}</strong>
          </dd>
        </div>
      ) : null}
      <div>
        <dt>{t('contact.methods')}</dt>
        <dd>{contact.methods.map((method) => t(`contact.method.${method}`)).join(', ')}</dd>
      </div>
      {contact.phone ? (
        <div>
          <dt>{t('contact.phone')}</dt>
          <dd>{contact.phone}</dd>
        </div>
      ) : null}
      {contact.email ? (
        <div>
          <dt>{t('contact.email')}</dt>
          <dd>{contact.email}</dd>
        </div>
      ) : null}
      <div>
        <dt>{t('contact.safeToLeaveMessage')}</dt>
        <dd>{safe ? warnSafe ? <strong>{t(`contact.safe.${safe}`)}</strong> : t(`contact.safe.${safe}`) : t('notGiven')}</dd>
      </div>
      <div>
        <dt>{t('contact.bestTimes')}</dt>
        <dd>
          {contact.bestTimes?.length ? contact.bestTimes.map((time) => t(`contact.time.${time}`)).join(', ') : t('notGiven')}
        </dd>
      </div>
    </dl>
  );
}
