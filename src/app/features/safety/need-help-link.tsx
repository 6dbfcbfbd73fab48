import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** One line on screens that ask about hard things (going missing, sad times): help is one tap away. */
export function NeedHelpLink() {
  const { t } = useTranslation();
  return (
    <p className="need-help">
      <Link to="/help">{t('safety.needHelp')}</Link>
    </p>
  );
}
