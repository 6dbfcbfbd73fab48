import type { CommentsQuery, CommentsResponse, RetagResponse } from '../../../shared/inbox/comments-wire';
import type { ThemeId } from '../../../shared/themes/codebook';
import { request } from '../../api';
import { queryString } from '../../query-string';

export type { CommentRow, CommentsQuery, CommentsResponse, ThemeCount } from '../../../shared/inbox/comments-wire';

const QUERY_KEYS = ['theme', 'kind', 'from', 'to'] as const;

export function commentsQueryString(query: CommentsQuery): string {
  return queryString(query, QUERY_KEYS);
}

export function fetchComments(query: CommentsQuery): Promise<CommentsResponse> {
  return request<CommentsResponse>('GET', `/inbox/comments${commentsQueryString(query)}`);
}

export function saveThemes(id: string, themes: ThemeId[]): Promise<RetagResponse> {
  return request<RetagResponse>('PUT', `/inbox/comments/${encodeURIComponent(id)}/themes`, { themes });
}
