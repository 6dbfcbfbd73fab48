import { ALL_STATEMENT_IDS } from '../../shared/content/statements';
import type { AppliedRatingsFilters, RatingRow, StatementCounts } from '../../shared/inbox/ratings-wire';
import type { Db } from '../db/database';
import { addAnswers, noAnswers } from './ratings-counts';
import { matchingRatings } from './ratings-filters';

export const NEWEST_RATINGS_LIMIT = 200;

export async function listRecentRatings(db: Db, filters: AppliedRatingsFilters, limit = NEWEST_RATINGS_LIMIT): Promise<RatingRow[]> {
  return db
    .selectFrom('ratings')
    .innerJoin('items', 'items.id', 'ratings.item_id')
    .select([
      'ratings.item_id as id',
      'ratings.statement_id as statementId',
      'ratings.answer',
      'ratings.comment',
      'ratings.care_status as careStatus',
      'ratings.age_band as ageBand',
      'ratings.created_at as createdAt',
      'items.received_at as receivedAt',
    ])
    .where(matchingRatings(filters, { byStatement: false }))
    .orderBy('items.received_at', 'desc')
    .orderBy('ratings.created_at', 'desc')
    .limit(limit)
    .execute();
}

/** Answers per statement for the filtered set, every statement listed (zeros where nobody answered). */
export async function countRatingsByStatement(db: Db, filters: AppliedRatingsFilters): Promise<StatementCounts[]> {
  const rows = await db
    .selectFrom('ratings')
    .select(['statement_id', 'answer', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where(matchingRatings(filters, { byStatement: false }))
    .groupBy(['statement_id', 'answer'])
    .execute();
  const byStatement = new Map<string, StatementCounts>(ALL_STATEMENT_IDS.map((statementId) => [statementId, { statementId, ...noAnswers() }]));
  for (const row of rows) {
    const counts = byStatement.get(row.statement_id);
    if (counts) addAnswers(counts, row.answer, Number(row.n));
  }
  return [...byStatement.values()];
}
