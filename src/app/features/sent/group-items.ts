import type { ItemStatus } from '../outbox/item-status';
import { type ReceiptLabel, receiptLabel } from '../outbox/receipts';

export interface ItemGroup {
  key: string;
  label: ReceiptLabel;
  count: number;
  status: ItemStatus;
}

interface Row {
  id: string;
  label: ReceiptLabel;
  status: ItemStatus;
}

function sameStatus(a: ItemStatus, b: ItemStatus): boolean {
  if (a.state === 'sent' && b.state === 'sent') return a.sentAt.slice(0, 16) === b.sentAt.slice(0, 16);
  if (a.state === 'rejected' && b.state === 'rejected') return a.reason === b.reason;
  return a.state === b.state;
}

/** Neighbouring rows with the same label and status become one line ("14 answers about your care"). */
export function groupRows(rows: readonly Row[]): ItemGroup[] {
  const groups: ItemGroup[] = [];
  for (const row of rows) {
    const last = groups.at(-1);
    if (last && last.label === row.label && sameStatus(last.status, row.status)) last.count += 1;
    else groups.push({ key: row.id, label: row.label, count: 1, status: row.status });
  }
  return groups;
}

export function waitingRows(items: readonly { id: string; kind: string; state: string; reason?: string }[]): Row[] {
  return items.map((item) => ({
    id: item.id,
    label: receiptLabel(item.kind),
    status: item.state === 'rejected' ? { state: 'rejected', reason: item.reason ?? '' } : { state: 'saved' },
  }));
}

export function sentRows(receipts: readonly { id: string; label: ReceiptLabel; sentAt: string }[]): Row[] {
  return receipts.map((receipt) => ({ id: receipt.id, label: receipt.label, status: { state: 'sent', sentAt: receipt.sentAt } }));
}
