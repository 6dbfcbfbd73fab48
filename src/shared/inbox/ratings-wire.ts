/** What GET /api/v1/inbox/ratings answers. */
export interface RatingRow {
  id: string;
  statementId: string;
  answer: string;
  comment: string | null;
  careStatus: string | null;
  ageBand: string | null;
  createdAt: string;
  receivedAt: string;
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
