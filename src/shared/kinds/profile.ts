import { z } from 'zod/mini';
import { AGE_BANDS, CARE_STATUSES } from './profile-values';

export { AGE_BANDS, CARE_STATUSES, type AgeBand, type CareStatus } from './profile-values';

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
