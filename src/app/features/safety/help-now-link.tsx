import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app-link';

export function HelpNowLink() {
  const { t } = useTranslation();
  return (
    <AppLink className="help-link" to="/help">
      {t('safety.helpNow')}
    </AppLink>
  );
}
