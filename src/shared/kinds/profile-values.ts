/**
 * What a child may tell us about themselves: never a name, exact age or date of birth. Plain values
 * with no schema library, so the app's first screen can show the choices without loading zod.
 */
export const CARE_STATUSES = ['in-care', 'care-leaver', 'rather-not-say'] as const;
export const AGE_BANDS = ['under-12', '12-15', '16-plus', 'rather-not-say'] as const;
export type CareStatus = (typeof CARE_STATUSES)[number];
export type AgeBand = (typeof AGE_BANDS)[number];
