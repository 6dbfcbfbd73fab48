import { useTranslation } from 'react-i18next';
import type { Me } from '../../api';

/** PLACEHOLDER until this feature is built. */
export function StaffPage({ me }: { me: Me }) {
  const { t } = useTranslation();
  return <h1 tabIndex={-1}>{t('nav.staff')} {me.role}</h1>;
}
