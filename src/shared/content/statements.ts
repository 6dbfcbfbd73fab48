/**
 * The 14 "good care looks like this" statements, written by children in Southampton's
 * "Our Together Plan" (seed 002). Ids are stable wire values; the words live in locales.
 */
export const STATEMENT_IDS = [
  'good-care-01',
  'good-care-02',
  'good-care-03',
  'good-care-04',
  'good-care-05',
  'good-care-06',
  'good-care-07',
  'good-care-08',
  'good-care-09',
  'good-care-10',
  'good-care-11',
  'good-care-12',
  'good-care-13',
  'good-care-14',
] as const;

/**
 * Statements for care leavers, drafted from seed 002 (Priority 7, statement 14) and seed 003
 * (transition to adulthood). DRAFT: for the Children in Care Council to review before use.
 */
export const LEAVING_CARE_IDS = [
  'leaving-care-01',
  'leaving-care-02',
  'leaving-care-03',
  'leaving-care-04',
  'leaving-care-05',
  'leaving-care-06',
  'leaving-care-07',
  'leaving-care-08',
] as const;

export const ALL_STATEMENT_IDS = [...STATEMENT_IDS, ...LEAVING_CARE_IDS] as const;

export type GoodCareStatementId = (typeof STATEMENT_IDS)[number];
export type LeavingCareStatementId = (typeof LEAVING_CARE_IDS)[number];
export type StatementId = GoodCareStatementId | LeavingCareStatementId;

export const ANSWERS = ['yes', 'sometimes', 'not-really', 'skip'] as const;
export type Answer = (typeof ANSWERS)[number];
