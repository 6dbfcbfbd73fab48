import { useTranslation } from 'react-i18next';
import type { ItemStatus } from './item-status';
import { ReasonText } from './reason-text';

export function formatSentAt(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : language, {
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
    // "2:09 pm", not "14:09" or a bare "2:09": plain for a child reading English. hourCycle, not
    // hour12: older engines turn en-GB with hour12 into "0:05 pm" at noon.
    ...(language === 'en' ? { hourCycle: 'h12' as const } : {}),
  }).format(new Date(iso));
}

/** "Saved on this phone", "Sent on 23 November at 10:04 am" or "Could not be sent: …". */
export function ItemStatusText({ status }: { status: ItemStatus }) {
  const { t, i18n } = useTranslation();
  if (status.state === 'saved') return <>{t('outbox.saved')}</>;
  if (status.state === 'sent') return <>{t('outbox.sentOn', { date: formatSentAt(status.sentAt, i18n.language) })}</>;
  if (status.state === 'rejected') return <ReasonText reason={status.reason} />;
  return null;
}
