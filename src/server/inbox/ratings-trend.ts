import { type AppliedRatingsFilters, MAX_RATINGS_MONTHS, type MonthCounts, type RatingsTrend } from '../../shared/inbox/ratings-wire';
import type { Db } from '../db/database';
import { addAnswers, noAnswers } from './ratings-counts';
import { answerMonth, matchingRatings } from './ratings-filters';
import { addMonths, monthSpan, monthsBetween } from './ratings-months';

/**
 * Which months the trend covers: the filter's months where given, else the first or last month that
 * holds answers. A span longer than MAX_RATINGS_MONTHS (a device with a wrong clock) keeps the newest
 * months; the answer says which span it is, and the counts per statement still include everything.
 */
export function trendSpan(filters: AppliedRatingsFilters, answered: readonly string[]): { from: string; to: string } | null {
  const from = filters.from ?? answered[0];
  const to = filters.to ?? answered[answered.length - 1];
  if (!from || !to || from > to) return null;
  return monthSpan(from, to) > MAX_RATINGS_MONTHS ? { from: addMonths(to, 1 - MAX_RATINGS_MONTHS), to } : { from, to };
}

/** Answers per month for the filtered set (one statement, or all together), counted in SQL. */
export async function ratingsTrend(db: Db, filters: AppliedRatingsFilters): Promise<RatingsTrend> {
  const rows = await db
    .selectFrom('ratings')
    .select([answerMonth.as('month'), 'answer', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where(matchingRatings(filters, { byStatement: true }))
    .groupBy([answerMonth, 'answer'])
    .execute();
  const answered = [...new Set(rows.map((row) => row.month))].sort();
  const span = trendSpan(filters, answered);
  if (!span) return { statementId: filters.statement, from: null, to: null, months: [] };

  const byMonth = new Map<string, MonthCounts>(monthsBetween(span.from, span.to).map((month) => [month, { month, ...noAnswers() }]));
  for (const row of rows) {
    const counts = byMonth.get(row.month);
    if (counts) addAnswers(counts, row.answer, Number(row.n));
  }
  return { statementId: filters.statement, ...span, months: [...byMonth.values()] };
}
