import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app-link';

/** One line on screens that ask about hard things (going missing, sad times): help is one tap away. */
export function NeedHelpLink() {
  const { t } = useTranslation();
  return (
    <p className="need-help">
      <AppLink to="/help">{t('safety.needHelp')}</AppLink>
    </p>
  );
}
