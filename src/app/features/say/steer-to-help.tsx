import { useTranslation } from 'react-i18next';

/**
 * Shown beside a message about a problem or with words of danger: this message cannot bring help,
 * and here is what can. Nothing is blocked; the child chooses.
 */
export function SteerToHelp({ onTalk }: { onTalk(): void }) {
  const { t } = useTranslation('say');
  return (
    <aside className="danger-box steer" aria-labelledby="steer-title">
      <h2 id="steer-title">{t('steer.title')}</h2>
      <p>{t('steer.anonymous')}</p>
      <p>
        <button type="button" className="primary" onClick={onTalk}>
          {t('steer.talk')}
        </button>
      </p>
      <p>
        <a className="big-link" href="tel:08001111">
          {t('steer.childline')}
        </a>
      </p>
      <p>
        <a className="big-link" href="tel:999">
          {t('steer.call999')}
        </a>
      </p>
      <p>{t('steer.stillSend')}</p>
    </aside>
  );
}
