import { type Expression, type SqlBool, sql } from 'kysely';
import type { QuoteSource, RatingCount, ThemeCount } from '../../shared/anonymise/export-report';
import type { Answer, StatementId } from '../../shared/content/statements';
import type { ExportPeriod } from '../../shared/inbox/export-wire';
import type { RedactLists } from '../../shared/redact/redact';
import { isThemeId } from '../../shared/themes/codebook';
import type { Db } from '../db/database';
import { endBound } from './export-period';

type CreatedAt = 'ratings.created_at' | 'messages.created_at';

/** Items made in the period's months (ISO date strings sort as they read). */
export function createdIn(column: CreatedAt, period: ExportPeriod): Expression<SqlBool> {
  const conditions = [];
  if (period.from) conditions.push(sql<SqlBool>`${sql.ref(column)} >= ${period.from}`);
  const end = period.to ? endBound(period.to) : null;
  if (end) conditions.push(sql<SqlBool>`${sql.ref(column)} < ${end}`);
  return conditions.length > 0 ? sql<SqlBool>`(${sql.join(conditions, sql` and `)})` : sql<SqlBool>`1 = 1`;
}

const ratingMonth = sql<string>`substr(ratings.created_at, 1, 7)`;

/** Ratings per month, statement, answer and group: counts only, nothing that names an item. */
export async function countRatings(db: Db, period: ExportPeriod): Promise<RatingCount[]> {
  const rows = await db
    .selectFrom('ratings')
    .select([
      ratingMonth.as('month'),
      'ratings.statement_id',
      'ratings.answer',
      'ratings.care_status',
      'ratings.age_band',
      (eb) => eb.fn.countAll<string | number>().as('n'),
    ])
    .where(createdIn('ratings.created_at', period))
    .groupBy([ratingMonth, 'ratings.statement_id', 'ratings.answer', 'ratings.care_status', 'ratings.age_band'])
    .execute();
  return rows.map((row) => ({
    month: row.month,
    statementId: row.statement_id as StatementId,
    answer: row.answer as Answer,
    careStatus: row.care_status,
    ageBand: row.age_band,
    count: Number(row.n),
  }));
}

/** Comments (rating comments and "Say something" messages) per theme and group. */
export async function countThemes(db: Db, period: ExportPeriod): Promise<ThemeCount[]> {
  const fromRatings = db
    .selectFrom('comment_themes')
    .innerJoin('ratings', 'ratings.item_id', 'comment_themes.item_id')
    .select(['comment_themes.theme', 'ratings.care_status', 'ratings.age_band', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('ratings.comment', 'is not', null)
    .where(createdIn('ratings.created_at', period))
    .groupBy(['comment_themes.theme', 'ratings.care_status', 'ratings.age_band'])
    .execute();
  const fromMessages = db
    .selectFrom('comment_themes')
    .innerJoin('messages', 'messages.item_id', 'comment_themes.item_id')
    .select(['comment_themes.theme', 'messages.care_status', 'messages.age_band', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where(createdIn('messages.created_at', period))
    .groupBy(['comment_themes.theme', 'messages.care_status', 'messages.age_band'])
    .execute();
  const rows = (await Promise.all([fromRatings, fromMessages])).flat();
  return rows.flatMap((row) =>
    isThemeId(row.theme) ? [{ theme: row.theme, careStatus: row.care_status, ageBand: row.age_band, count: Number(row.n) }] : [],
  );
}

/** Approved quotes of comments made in the period, with their writer's group. */
export async function approvedQuotes(db: Db, period: ExportPeriod): Promise<QuoteSource[]> {
  const fromRatings = db
    .selectFrom('quote_requests')
    .innerJoin('ratings', 'ratings.item_id', 'quote_requests.item_id')
    .select(['quote_requests.redacted_text as text', 'ratings.care_status as careStatus', 'ratings.age_band as ageBand'])
    .where('quote_requests.status', '=', 'approved')
    .where(createdIn('ratings.created_at', period))
    .execute();
  const fromMessages = db
    .selectFrom('quote_requests')
    .innerJoin('messages', 'messages.item_id', 'quote_requests.item_id')
    .select(['quote_requests.redacted_text as text', 'messages.care_status as careStatus', 'messages.age_band as ageBand'])
    .where('quote_requests.status', '=', 'approved')
    .where(createdIn('messages.created_at', period))
    .execute();
  return (await Promise.all([fromRatings, fromMessages])).flat();
}

/** The staff-kept lists that quote redaction uses. */
export async function redactLists(db: Db): Promise<RedactLists> {
  const rows = await db.selectFrom('redaction_terms').select(['kind', 'term']).execute();
  return {
    names: rows.filter((row) => row.kind === 'name').map((row) => row.term),
    schools: rows.filter((row) => row.kind === 'school').map((row) => row.term),
  };
}
