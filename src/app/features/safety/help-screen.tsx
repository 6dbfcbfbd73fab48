import { useTranslation } from 'react-i18next';

export default function HelpScreen() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('help.title')}</h1>
      <p>{t('help.danger')}</p>
      <p>
        <a className="big-link" href="tel:999">
          {t('help.call999')}
        </a>
      </p>
      <p>{t('help.childline')}</p>
      <p>
        <a className="big-link" href="tel:08001111">
          {t('help.callChildline')}
        </a>
      </p>
    </>
  );
}
