import { z } from 'zod';
import { type AppliedCommentsFilters, COMMENT_KINDS, COMMENT_MONTH_PATTERN, MAX_THEMES_PER_COMMENT } from '../../shared/inbox/comments-wire';
import { THEME_IDS, type ThemeId } from '../../shared/themes/codebook';

// An empty value is what a form sends for "any", so it means the filter is not given.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const themeId = z.enum(THEME_IDS as [ThemeId, ...ThemeId[]]);

const MESSAGES: Record<string, string> = {
  theme: 'theme must be a theme id, such as priority:home, statement:good-care-01 or other.',
  kind: `kind must be one of ${COMMENT_KINDS.join(', ')}.`,
  from: 'from must be a month written YYYY-MM, such as 2026-03.',
  to: 'to must be a month written YYYY-MM, such as 2026-03.',
};

const commentsQuery = z
  .strictObject({
    theme: optional(themeId),
    kind: optional(z.enum(COMMENT_KINDS)),
    from: optional(z.string().regex(COMMENT_MONTH_PATTERN)),
    to: optional(z.string().regex(COMMENT_MONTH_PATTERN)),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to.' });

function messageFor(issue: z.core.$ZodIssue, query: unknown): string {
  if (issue.code === 'unrecognized_keys') return `Unknown filter ${issue.keys.join(', ')}: use theme, kind, from or to.`;
  const key = issue.path[0];
  if (typeof key !== 'string') return issue.message;
  // A filter given twice (?kind=a&kind=b) arrives as a list.
  if (Array.isArray((query as Record<string, unknown>)[key])) return `Give ${key} once, as a single value.`;
  return MESSAGES[key] ?? issue.message;
}

export type ParsedCommentsQuery = { ok: true; filters: AppliedCommentsFilters } | { ok: false; error: string };

/** Reads the comment filters from a request's query; a bad one is answered with a plain message. */
export function parseCommentsQuery(query: unknown): ParsedCommentsQuery {
  const parsed = commentsQuery.safeParse(query ?? {});
  if (!parsed.success) return { ok: false, error: messageFor(parsed.error.issues[0] as z.core.$ZodIssue, query) };
  const q = parsed.data;
  return { ok: true, filters: { theme: q.theme ?? null, kind: q.kind ?? null, from: q.from ?? null, to: q.to ?? null } };
}

/** The body of PUT /api/v1/inbox/comments/:id/themes. */
export const retagBody = z.strictObject({
  themes: z
    .array(themeId)
    .min(1)
    .max(MAX_THEMES_PER_COMMENT)
    .refine((themes) => new Set(themes).size === themes.length),
});

export const RETAG_BODY_MESSAGE = `Send {"themes": [...]} with 1 to ${MAX_THEMES_PER_COMMENT} different theme ids, such as priority:home or other.`;

/**
 * Bounds on an ISO date-time (`YYYY-MM-DDT…`) for months `from` to `to`, both included, as plain text
 * comparisons that both databases make alike: no day is numbered 32.
 */
export function monthBounds(from: string | null, to: string | null): { atLeast?: string; below?: string } {
  return { ...(from ? { atLeast: from } : {}), ...(to ? { below: `${to}-32` } : {}) };
}
