import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function HelpNowLink() {
  const { t } = useTranslation();
  return (
    <Link className="help-link" to="/help">
      {t('safety.helpNow')}
    </Link>
  );
}
