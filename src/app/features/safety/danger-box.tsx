import { useTranslation } from 'react-i18next';
import { CHILDLINE, EMERGENCY } from './helplines';
import { PhoneLink } from './phone-link';

/** "In danger now?" always comes first: 999 and Childline, one tap each, each saying it is free and when. */
export function DangerBox() {
  const { t } = useTranslation();
  return (
    <aside className="danger-box" aria-labelledby="danger-title">
      <h2 id="danger-title">{t('danger.title')}</h2>
      <p>
        <a className="big-link" href={`tel:${EMERGENCY.dial}`}>
          {t('danger.call999')}
        </a>
      </p>
      <p>{t('danger.when999')}</p>
      <p>
        <PhoneLink number={CHILDLINE} i18nKey="danger.callChildline" />
      </p>
      <p>{t('danger.childlineFree')}</p>
    </aside>
  );
}
