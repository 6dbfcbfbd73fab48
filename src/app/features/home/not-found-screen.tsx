import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export default function NotFoundScreen() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <Link to="/">{t('notFound.home')}</Link>
    </>
  );
}
