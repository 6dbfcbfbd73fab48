import type { CommentsQuery, CommentsResponse, RetagResponse } from '../../../shared/inbox/comments-wire';
import type { ThemeId } from '../../../shared/themes/codebook';
import { request } from '../../api';

export type { CommentRow, CommentsQuery, CommentsResponse, ThemeCount } from '../../../shared/inbox/comments-wire';

const QUERY_KEYS = ['theme', 'kind', 'from', 'to'] as const;

/** The query string for the filters that are set, in a fixed order. */
export function commentsQueryString(query: CommentsQuery): string {
  const params = new URLSearchParams();
  for (const key of QUERY_KEYS) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function fetchComments(query: CommentsQuery): Promise<CommentsResponse> {
  return request<CommentsResponse>('GET', `/inbox/comments${commentsQueryString(query)}`);
}

export function saveThemes(id: string, themes: ThemeId[]): Promise<RetagResponse> {
  return request<RetagResponse>('PUT', `/inbox/comments/${encodeURIComponent(id)}/themes`, { themes });
}
