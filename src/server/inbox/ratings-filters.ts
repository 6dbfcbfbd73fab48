import { type Expression, type ExpressionBuilder, type SqlBool, sql } from 'kysely';
import { type AppliedRatingsFilters, NOT_GIVEN } from '../../shared/inbox/ratings-wire';
import type { Database } from '../db/schema';

/** The month a child answered, `YYYY-MM`: the first 7 characters of the device's ISO timestamp. */
export const answerMonth = sql<string>`substr(ratings.created_at, 1, 7)`;

/**
 * The WHERE condition for the filters: months inclusive, `not-given` for a missing care status or age
 * band. The statement filter only applies where asked (the trend), since the counts are per statement.
 */
export function matchingRatings(filters: AppliedRatingsFilters, options: { byStatement: boolean }) {
  return (eb: ExpressionBuilder<Database, 'ratings'>): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [];
    if (filters.from) conditions.push(eb(answerMonth, '>=', filters.from));
    if (filters.to) conditions.push(eb(answerMonth, '<=', filters.to));
    if (filters.careStatus === NOT_GIVEN) conditions.push(eb('ratings.care_status', 'is', null));
    else if (filters.careStatus) conditions.push(eb('ratings.care_status', '=', filters.careStatus));
    if (filters.ageBand === NOT_GIVEN) conditions.push(eb('ratings.age_band', 'is', null));
    else if (filters.ageBand) conditions.push(eb('ratings.age_band', '=', filters.ageBand));
    if (options.byStatement && filters.statement) conditions.push(eb('ratings.statement_id', '=', filters.statement));
    return eb.and(conditions);
  };
}
