import { z } from 'zod/mini';
import { ANSWERS, STATEMENT_IDS } from '../content/statements';

export const CARE_STATUSES = ['in-care', 'care-leaver', 'rather-not-say'] as const;
export const AGE_BANDS = ['under-12', '12-15', '16-plus', 'rather-not-say'] as const;

export const COMMENT_MAX_CHARS = 2000;

// PostgreSQL text cannot hold U+0000; refusing it here keeps both databases alike.
const hasNoNul = (value: string) => !value.includes('\u0000');

export const ratingPayload = z.strictObject({
  statementId: z.enum(STATEMENT_IDS),
  answer: z.enum(ANSWERS),
  comment: z.optional(z.string().check(z.maxLength(COMMENT_MAX_CHARS), z.refine(hasNoNul, 'must not contain NUL'))),
  careStatus: z.optional(z.enum(CARE_STATUSES)),
  ageBand: z.optional(z.enum(AGE_BANDS)),
});

export type RatingPayload = z.infer<typeof ratingPayload>;
