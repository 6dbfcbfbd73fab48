import type { ReceivedItem } from './received-item';

/** What GET /api/v1/inbox/ratings answers. */
export interface RatingRow extends ReceivedItem {
  statementId: string;
  answer: string;
  comment: string | null;
}

export interface StatementCounts {
  statementId: string;
  yes: number;
  sometimes: number;
  notReally: number;
  skip: number;
  total: number;
}

export interface RatingsResponse {
  ratings: RatingRow[];
  counts: StatementCounts[];
}
