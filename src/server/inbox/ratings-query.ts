import { z } from 'zod';
import { ALL_STATEMENT_IDS } from '../../shared/content/statements';
import { AGE_BANDS, CARE_STATUSES } from '../../shared/kinds/profile';
import { type AppliedRatingsFilters, MAX_RATINGS_MONTHS, MONTH_PATTERN, NOT_GIVEN } from '../../shared/inbox/ratings-wire';
import { monthSpan } from './ratings-months';

const CARE_STATUS_FILTERS = [...CARE_STATUSES, NOT_GIVEN] as const;
const AGE_BAND_FILTERS = [...AGE_BANDS, NOT_GIVEN] as const;

// An empty value is what a form sends for "any", so it means the filter is not given.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const MESSAGES: Record<string, string> = {
  from: 'from must be a month written YYYY-MM, such as 2026-03.',
  to: 'to must be a month written YYYY-MM, such as 2026-03.',
  careStatus: `careStatus must be one of ${CARE_STATUS_FILTERS.join(', ')}.`,
  ageBand: `ageBand must be one of ${AGE_BAND_FILTERS.join(', ')}.`,
  statement: 'statement must be a statement id, such as good-care-01.',
};

const ratingsQuery = z
  .strictObject({
    from: optional(z.string().regex(MONTH_PATTERN)),
    to: optional(z.string().regex(MONTH_PATTERN)),
    careStatus: optional(z.enum(CARE_STATUS_FILTERS)),
    ageBand: optional(z.enum(AGE_BAND_FILTERS)),
    statement: optional(z.enum(ALL_STATEMENT_IDS)),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to.' })
  .refine((q) => !q.from || !q.to || monthSpan(q.from, q.to) <= MAX_RATINGS_MONTHS, {
    message: `from and to may span at most ${MAX_RATINGS_MONTHS} months.`,
  });

function messageFor(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    return `Unknown filter ${issue.keys.join(', ')}: use from, to, careStatus, ageBand or statement.`;
  }
  const key = issue.path[0];
  if (typeof key !== 'string') return issue.message;
  return MESSAGES[key] ?? issue.message;
}

export type ParsedRatingsQuery = { ok: true; filters: AppliedRatingsFilters } | { ok: false; error: string };

/** Reads the ratings filters from a request's query; a bad one is answered with a plain message. */
export function parseRatingsQuery(query: unknown): ParsedRatingsQuery {
  const repeated = Object.entries(query ?? {}).find(([, value]) => Array.isArray(value));
  if (repeated) return { ok: false, error: `Give ${repeated[0]} once, as a single value.` };
  const parsed = ratingsQuery.safeParse(query ?? {});
  if (!parsed.success) return { ok: false, error: messageFor(parsed.error.issues[0] as z.core.$ZodIssue) };
  const q = parsed.data;
  return {
    ok: true,
    filters: {
      from: q.from ?? null,
      to: q.to ?? null,
      careStatus: q.careStatus ?? null,
      ageBand: q.ageBand ?? null,
      statement: q.statement ?? null,
    },
  };
}
