import { useTranslation } from 'react-i18next';

/** "In danger now?" always comes first: 999 and Childline, one tap each. */
export function DangerBox() {
  const { t } = useTranslation();
  return (
    <aside className="danger-box" aria-labelledby="danger-title">
      <h2 id="danger-title">{t('danger.title')}</h2>
      <p>
        <a className="big-link" href="tel:999">
          {t('danger.call999')}
        </a>
      </p>
      <p>
        <a className="big-link" href="tel:08001111">
          {t('danger.callChildline')}
        </a>
      </p>
      <p>{t('danger.childlineFree')}</p>
    </aside>
  );
}
