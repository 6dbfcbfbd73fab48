import { useTranslation } from 'react-i18next';
import type { ReceiptLabel } from '../outbox/receipts';

/** A short, neutral line saying what was sent: never the child's words or answers. */
export function ItemSummary({ label, count }: { label: ReceiptLabel; count: number }) {
  const { t } = useTranslation('sent');
  return <>{t(`receipt.${label}`, { count })}</>;
}
