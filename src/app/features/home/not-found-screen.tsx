import { useTranslation } from 'react-i18next';
import { AppLink } from '../../app-link';

export default function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <AppLink to="/">{t('notFound.home')}</AppLink>
    </>
  );
}
