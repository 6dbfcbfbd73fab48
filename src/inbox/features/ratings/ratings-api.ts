import type { RatingsQuery, RatingsResponse } from '../../../shared/inbox/ratings-wire';
import { request } from '../../api';
import { queryString } from '../../query-string';

export type { MonthCounts, RatingRow, RatingsQuery, RatingsResponse, StatementCounts } from '../../../shared/inbox/ratings-wire';

const QUERY_KEYS = ['from', 'to', 'careStatus', 'ageBand', 'statement'] as const;

export function ratingsQueryString(query: RatingsQuery): string {
  return queryString(query, QUERY_KEYS);
}

export function fetchRatings(query: RatingsQuery): Promise<RatingsResponse> {
  return request<RatingsResponse>('GET', `/inbox/ratings${ratingsQueryString(query)}`);
}
