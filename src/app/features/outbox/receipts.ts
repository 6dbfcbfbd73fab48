import { type Kind, isKnownKind } from '../../../shared/kinds/registry';

/**
 * What the phone keeps after the server confirmed an item: a neutral label chosen by the app, never
 * the child's words, answers or contact details. Phones are shared and checked by adults, so "A
 * message" is kept rather than "A problem", and a rating's statement and answer are not kept.
 */
export const RECEIPT_LABELS = {
  rating: 'answer',
  'advocate-request': 'advocate',
  'say-something': 'message',
  'talk-request': 'talk',
} as const satisfies Record<Kind, string>;

export type ReceiptLabel = (typeof RECEIPT_LABELS)[Kind] | 'other';

export function receiptLabel(kind: string): ReceiptLabel {
  return isKnownKind(kind) ? RECEIPT_LABELS[kind] : 'other';
}

/** Receipts older than this are dropped: the list says "sent" for a while, then forgets. */
export const RECEIPT_DAYS = 30;
const DAY_MS = 86_400_000;

/** Receipts sent before this moment are too old to keep. */
export function receiptCutoff(now: Date): string {
  return new Date(now.getTime() - RECEIPT_DAYS * DAY_MS).toISOString();
}
