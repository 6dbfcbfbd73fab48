/**
 * Comments and their themes in the inbox. A comment is a rating's "Tell us more" or a "Say something"
 * message; talk and advocate requests are not comments.
 */
import type { StatementId } from '../content/statements';
import type { SayType } from './requests-wire';
import type { ThemeId } from '../themes/codebook';

export const COMMENT_KINDS = ['rating', 'message'] as const;
export type CommentKind = (typeof COMMENT_KINDS)[number];

/** Who set a comment's themes: the keyword lists, or a member of staff (audited). */
export type ThemesSource = 'auto' | 'staff';

/** A month as `YYYY-MM`. */
export const COMMENT_MONTH_PATTERN = /^[0-9]{4}-(0[1-9]|1[0-2])$/;

/** How many themes staff may give one comment. */
export const MAX_THEMES_PER_COMMENT = 10;

/** The query of GET /api/v1/inbox/comments: every filter optional, months inclusive. */
export interface CommentsQuery {
  theme?: ThemeId;
  kind?: CommentKind;
  from?: string;
  to?: string;
}

/** The filters as the server applied them: null where one was not given. */
export interface AppliedCommentsFilters {
  theme: ThemeId | null;
  kind: CommentKind | null;
  from: string | null;
  to: string | null;
}

export interface CommentRow {
  id: string;
  kind: CommentKind;
  text: string;
  /** The statement a rating's comment is about; null for a message. */
  statementId: StatementId | null;
  /** A message's type; null for a rating's comment. */
  sayType: SayType | null;
  careStatus: string | null;
  ageBand: string | null;
  /** `YYYY-MM`: the month the child wrote it, as their device said. */
  month: string;
  /** `YYYY-MM-DD`: the day the server received it. */
  receivedOn: string;
  themes: ThemeId[];
  themesSetBy: ThemesSource;
}

export interface ThemeCount {
  theme: ThemeId;
  count: number;
}

/** What GET /api/v1/inbox/comments answers. */
export interface CommentsResponse {
  filters: AppliedCommentsFilters;
  /** Comments matching the filters, newest first, at most `limit` of them. */
  comments: CommentRow[];
  /** All comments matching the filters (may be more than are listed). */
  total: number;
  limit: number;
  /** Comments per theme over all that match the filters, every theme listed in codebook order. */
  themeCounts: ThemeCount[];
}

/** PUT /api/v1/inbox/comments/:id/themes */
export interface RetagBody {
  themes: ThemeId[];
}

export interface RetagResponse {
  id: string;
  themes: ThemeId[];
  themesSetBy: 'staff';
}
