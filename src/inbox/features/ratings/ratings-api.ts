import type { RatingsQuery, RatingsResponse } from '../../../shared/inbox/ratings-wire';
import { request } from '../../api';

export type { MonthCounts, RatingRow, RatingsQuery, RatingsResponse, StatementCounts } from '../../../shared/inbox/ratings-wire';

const QUERY_KEYS = ['from', 'to', 'careStatus', 'ageBand', 'statement'] as const;

/** The query string for the filters that are set, in a fixed order. */
export function ratingsQueryString(query: RatingsQuery): string {
  const params = new URLSearchParams();
  for (const key of QUERY_KEYS) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function fetchRatings(query: RatingsQuery): Promise<RatingsResponse> {
  return request<RatingsResponse>('GET', `/inbox/ratings${ratingsQueryString(query)}`);
}
