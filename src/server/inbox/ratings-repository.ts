import { ALL_STATEMENT_IDS } from '../../shared/content/statements';
import type { RatingRow, StatementCounts } from '../../shared/inbox/ratings-wire';
import type { Db } from '../db/database';

export async function listRecentRatings(db: Db, limit = 200): Promise<RatingRow[]> {
  const rows = await db
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
    .orderBy('items.received_at', 'desc')
    .orderBy('ratings.created_at', 'desc')
    .limit(limit)
    .execute();
  return rows;
}

export async function countRatingsByStatement(db: Db): Promise<StatementCounts[]> {
  const rows = await db
    .selectFrom('ratings')
    .select(['statement_id', 'answer', (eb) => eb.fn.countAll<string | number>().as('n')])
    .groupBy(['statement_id', 'answer'])
    .execute();
  return ALL_STATEMENT_IDS.map((statementId) => {
    const counts = { statementId, yes: 0, sometimes: 0, notReally: 0, skip: 0, total: 0 };
    for (const row of rows.filter((r) => r.statement_id === statementId)) {
      const n = Number(row.n);
      if (row.answer === 'yes') counts.yes += n;
      else if (row.answer === 'sometimes') counts.sometimes += n;
      else if (row.answer === 'not-really') counts.notReally += n;
      else counts.skip += n;
      counts.total += n;
    }
    return counts;
  });
}
