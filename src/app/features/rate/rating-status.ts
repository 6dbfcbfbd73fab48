import type { StatementId } from '../../../shared/content/statements';
import type { RatingPayload } from '../../../shared/kinds/rating';
import type { OutboxItem, SentReceipt } from '../outbox/outbox-db';

export type RatingStatus =
  | { state: 'none' }
  | { state: 'saved'; answer: string }
  | { state: 'rejected'; answer: string; reason: string }
  | { state: 'sent'; answer: string; sentAt: string };

function isRatingFor(statementId: StatementId, item: { kind: string; payload: unknown }): boolean {
  return item.kind === 'rating' && (item.payload as RatingPayload).statementId === statementId;
}

/** The newest answer to one statement, wherever it is on its way. */
export function latestRatingStatus(statementId: StatementId, waiting: OutboxItem[], sent: SentReceipt[]): RatingStatus {
  const candidates = [
    ...waiting.filter((item) => isRatingFor(statementId, item)).map((item) => ({ item, sentAt: undefined })),
    ...sent.filter((item) => isRatingFor(statementId, item)).map((item) => ({ item, sentAt: item.sentAt })),
  ].sort((a, b) => b.item.createdAt.localeCompare(a.item.createdAt));
  const newest = candidates[0];
  if (!newest) return { state: 'none' };
  const answer = (newest.item.payload as RatingPayload).answer;
  if (newest.sentAt) return { state: 'sent', answer, sentAt: newest.sentAt };
  const item = newest.item as OutboxItem;
  if (item.state === 'rejected') return { state: 'rejected', answer, reason: item.reason ?? '' };
  return { state: 'saved', answer };
}
