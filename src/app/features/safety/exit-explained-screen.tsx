import { useTranslation } from 'react-i18next';

export default function ExitExplainedScreen() {
  const { t } = useTranslation('safety');
  return (
    <>
      <h1>{t('exitExplained.title')}</h1>
      <h2>{t('exitExplained.doesTitle')}</h2>
      <ul>
        <li>{t('exitExplained.does1')}</li>
        <li>{t('exitExplained.does2')}</li>
        <li>{t('exitExplained.does3')}</li>
        <li>{t('exitExplained.noSignal')}</li>
        <li>{t('exitExplained.drafts')}</li>
      </ul>
      <h2>{t('exitExplained.doesNotTitle')}</h2>
      <ul>
        <li>{t('exitExplained.doesNot1')}</li>
        <li>{t('exitExplained.doesNot2')}</li>
      </ul>
      <p>{t('exitExplained.tip')}</p>
      <p>{t('exitExplained.privateWindow')}</p>
      <p>{t('exitExplained.clear')}</p>
    </>
  );
}
