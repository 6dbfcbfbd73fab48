import type { StatementId } from '../content/statements';
import type { AgeBand, CareStatus } from '../kinds/profile';
import type { ReceivedItem } from './received-item';

/** Filter value for answers sent without a care status or age band. */
export const NOT_GIVEN = 'not-given';
export type CareStatusFilter = CareStatus | typeof NOT_GIVEN;
export type AgeBandFilter = AgeBand | typeof NOT_GIVEN;

/** The longest span of months one request may ask for, and the longest trend it draws. */
export const MAX_RATINGS_MONTHS = 240;

/** A month as `YYYY-MM`: the month a child answered, as their device wrote it. */
export const MONTH_PATTERN = /^[0-9]{4}-(0[1-9]|1[0-2])$/;

/** The query of GET /api/v1/inbox/ratings: every filter optional, months inclusive. */
export interface RatingsQuery {
  from?: string;
  to?: string;
  careStatus?: CareStatusFilter;
  ageBand?: AgeBandFilter;
  statement?: StatementId;
}

/** The filters as the server applied them: null where a filter was not given. */
export interface AppliedRatingsFilters {
  from: string | null;
  to: string | null;
  careStatus: CareStatusFilter | null;
  ageBand: AgeBandFilter | null;
  statement: StatementId | null;
}

export interface AnswerCounts {
  yes: number;
  sometimes: number;
  notReally: number;
  skip: number;
  total: number;
}

export interface StatementCounts extends AnswerCounts {
  statementId: string;
}

export interface MonthCounts extends AnswerCounts {
  /** `YYYY-MM`. */
  month: string;
}

/**
 * Answers per month, oldest first, every month of the span present (zeros where nobody answered).
 * The span is the filter's months, or else the months that hold answers, at most MAX_RATINGS_MONTHS
 * (the newest ones) long; `from`/`to` say which span it is, null when there is nothing to show.
 */
export interface RatingsTrend {
  /** The statement counted, or null for all statements together. */
  statementId: StatementId | null;
  from: string | null;
  to: string | null;
  months: MonthCounts[];
}

/** One rating in the newest-ratings list. */
export interface RatingRow extends ReceivedItem {
  statementId: string;
  answer: string;
  comment: string | null;
}

/** What GET /api/v1/inbox/ratings answers. Only `ratings` names items; counts and trend never do. */
export interface RatingsResponse {
  filters: AppliedRatingsFilters;
  counts: StatementCounts[];
  trend: RatingsTrend;
  ratings: RatingRow[];
}
