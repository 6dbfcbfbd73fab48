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

export type StatementId = (typeof STATEMENT_IDS)[number];

export const ANSWERS = ['yes', 'sometimes', 'not-really', 'skip'] as const;
export type Answer = (typeof ANSWERS)[number];
