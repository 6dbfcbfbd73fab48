import { z } from 'zod/mini';

/** What a child may tell us about themselves: never a name, exact age or date of birth. */
export const CARE_STATUSES = ['in-care', 'care-leaver', 'rather-not-say'] as const;
export const AGE_BANDS = ['under-12', '12-15', '16-plus', 'rather-not-say'] as const;
export type CareStatus = (typeof CARE_STATUSES)[number];
export type AgeBand = (typeof AGE_BANDS)[number];

export const profileFields = {
  careStatus: z.optional(z.enum(CARE_STATUSES)),
  ageBand: z.optional(z.enum(AGE_BANDS)),
};

// PostgreSQL text cannot hold U+0000; refusing it here keeps both databases alike.
const hasNoNul = (value: string) => !value.includes('\u0000');

/** Free text a child typed, bounded and storable in both databases. */
export function freeText(maxChars: number) {
  return z.string().check(z.maxLength(maxChars), z.refine(hasNoNul, 'must not contain NUL'));
}

export const FREE_TEXT_MAX_CHARS = 2000;
