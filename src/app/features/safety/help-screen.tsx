import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app-link';
import { DangerBox } from './danger-box';

export default function HelpScreen() {
  const { t } = useTranslation('safety');
  return (
    <>
      <h1>{t('help.title')}</h1>
      <DangerBox />
      <h2>{t('help.talkTitle')}</h2>
      <p>{t('help.childline')}</p>
      <p>{t('help.advocate')}</p>
      <p>
        <AppLink to="/advocate">{t('help.advocateLink')}</AppLink>
      </p>
    </>
  );
}
