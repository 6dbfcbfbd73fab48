import type { OutboxItem, SentReceipt } from './outbox-db';

export type ItemStatus =
  | { state: 'saved' }
  | { state: 'rejected'; reason: string }
  | { state: 'sent'; sentAt: string }
  | { state: 'unknown' };

/** Where one item is on its way, found by the id it was saved with. */
export function itemStatus(id: string, waiting: readonly OutboxItem[], sent: readonly SentReceipt[]): ItemStatus {
  const queued = waiting.find((item) => item.id === id);
  if (queued) return queued.state === 'rejected' ? { state: 'rejected', reason: queued.reason ?? '' } : { state: 'saved' };
  const receipt = sent.find((item) => item.id === id);
  return receipt ? { state: 'sent', sentAt: receipt.sentAt } : { state: 'unknown' };
}

export function statusOfWaiting(item: OutboxItem): ItemStatus {
  return item.state === 'rejected' ? { state: 'rejected', reason: item.reason ?? '' } : { state: 'saved' };
}
