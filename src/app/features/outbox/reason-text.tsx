import { useTranslation } from 'react-i18next';
import { TOO_BIG_REASON } from './reasons';

/** Server reasons are for staff; the child gets plain words. */
export function ReasonText({ reason }: { reason: string }) {
  const { t } = useTranslation();
  const plain = reason === TOO_BIG_REASON ? t('reasons.tooBig') : t('reasons.server');
  return <>{t('outbox.notSent', { reason: plain })}</>;
}
