import type { ExpressionBuilder } from 'kysely';
import { ALL_EXPORT_GROUPS, estimateChildren, groupKey, groupOf } from '../../shared/anonymise/export-report';
import { mayReleaseFreeText } from '../../shared/anonymise/suppression';
import type { StatementId } from '../../shared/content/statements';
import { type ExportGroup, type ExportPeriod, NOT_GIVEN, type QuoteCandidate, type QuoteRow, type QuoteStatus } from '../../shared/inbox/export-wire';
import { AGE_BANDS, CARE_STATUSES } from '../../shared/kinds/profile';
import { type RedactLists, redactQuote } from '../../shared/redact/redact';
import { recordAudit } from '../audit/audit-log';
import { type Db, isUniqueViolation } from '../db/database';
import type { Database } from '../db/schema';
import { countRatings, createdIn } from './export-repository';

/** How many candidates one look shows (each one shown is audited). */
export const CANDIDATE_LIMIT = 200;

/** The words of a comment: a rating's "Tell us more" or a "Say something" message. Never sent to the inbox as is. */
export async function commentText(db: Db, itemId: string): Promise<string | undefined> {
  const rating = await db
    .selectFrom('ratings')
    .select('comment')
    .where('item_id', '=', itemId)
    .where('comment', 'is not', null)
    .executeTakeFirst();
  if (rating?.comment) return rating.comment;
  const message = await db.selectFrom('messages').select('text').where('item_id', '=', itemId).executeTakeFirst();
  return message?.text;
}

type CommentTable = 'ratings' | 'messages';

const notAlreadyQuoted = (eb: ExpressionBuilder<Database, CommentTable>, table: CommentTable) =>
  eb(
    `${table}.item_id`,
    'not in',
    eb.selectFrom('quote_requests').select('quote_requests.item_id').where('quote_requests.status', 'in', ['pending', 'approved']),
  );

/** Rows in any of the groups: "not given" matches an empty value (or one we do not know), like `groupOf`. */
function inGroups(eb: ExpressionBuilder<Database, CommentTable>, table: CommentTable, groups: readonly ExportGroup[]) {
  const match = (column: 'care_status' | 'age_band', value: string, known: readonly string[]) =>
    value === NOT_GIVEN
      ? eb.or([eb(`${table}.${column}`, 'is', null), eb(`${table}.${column}`, 'not in', known)])
      : eb(`${table}.${column}`, '=', value);
  return eb.or(
    groups.map((group) =>
      eb.and([match('care_status', group.careStatus, CARE_STATUSES), match('age_band', group.ageBand, AGE_BANDS)]),
    ),
  );
}

/**
 * Comments made in the period whose group has at least 10 children (the free-text rule, estimated as the export
 * does), newest first, not yet pending or approved as a quote; redacted before they leave this function.
 */
export async function quoteCandidates(db: Db, period: ExportPeriod, lists: RedactLists): Promise<QuoteCandidate[]> {
  const children = estimateChildren(await countRatings(db, period));
  const groups = ALL_EXPORT_GROUPS.filter((group) => mayReleaseFreeText(children.get(groupKey(group)) ?? 0));
  if (groups.length === 0) return [];
  const [ratings, messages] = await Promise.all([
    db
      .selectFrom('ratings')
      .select(['item_id as itemId', 'comment as text', 'statement_id as statementId', 'care_status as careStatus', 'age_band as ageBand', 'created_at as createdAt'])
      .where('comment', 'is not', null)
      .where(createdIn('ratings.created_at', period))
      .where((eb) => notAlreadyQuoted(eb, 'ratings'))
      .where((eb) => inGroups(eb, 'ratings', groups))
      .orderBy('created_at', 'desc')
      .limit(CANDIDATE_LIMIT)
      .execute(),
    db
      .selectFrom('messages')
      .select(['item_id as itemId', 'text', 'care_status as careStatus', 'age_band as ageBand', 'created_at as createdAt'])
      .where(createdIn('messages.created_at', period))
      .where((eb) => notAlreadyQuoted(eb, 'messages'))
      .where((eb) => inGroups(eb, 'messages', groups))
      .orderBy('created_at', 'desc')
      .limit(CANDIDATE_LIMIT)
      .execute(),
  ]);
  const comments = [
    ...ratings.map((row) => ({ ...row, statementId: row.statementId as StatementId })),
    ...messages.map((row) => ({ ...row, statementId: null })),
  ];
  return comments
    .sort((a, b) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0))
    .slice(0, CANDIDATE_LIMIT)
    .map((comment) => ({
      itemId: comment.itemId,
      redactedText: redactQuote(comment.text ?? '', lists).text,
      statementId: comment.statementId,
      group: groupOf(comment.careStatus, comment.ageBand),
      month: comment.createdAt.slice(0, 7),
    }));
}

export type RequestOutcome = { outcome: 'created'; id: number; redactedText: string } | { outcome: 'not-found' } | { outcome: 'conflict' };

/** Stores a pending quote of the comment, redacted now, and audits the request in the same transaction. */
export async function requestQuote(db: Db, input: { itemId: string; staffId: number; lists: RedactLists }): Promise<RequestOutcome> {
  try {
    return await storeQuoteRequest(db, input);
  } catch (error) {
    // The partial unique index (migration 005) caught a request racing this one.
    if (isUniqueViolation(error)) return { outcome: 'conflict' };
    throw error;
  }
}

function storeQuoteRequest(db: Db, input: { itemId: string; staffId: number; lists: RedactLists }): Promise<RequestOutcome> {
  return db.transaction().execute(async (trx) => {
    const text = await commentText(trx, input.itemId);
    if (text === undefined) return { outcome: 'not-found' };
    const open = await trx
      .selectFrom('quote_requests')
      .select('id')
      .where('item_id', '=', input.itemId)
      .where('status', 'in', ['pending', 'approved'])
      .executeTakeFirst();
    if (open) return { outcome: 'conflict' };
    const redactedText = redactQuote(text, input.lists).text;
    const row = await trx
      .insertInto('quote_requests')
      .values({
        item_id: input.itemId,
        redacted_text: redactedText,
        status: 'pending',
        requested_by: input.staffId,
        requested_at: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { staffId: input.staffId, action: 'quote:request', itemId: input.itemId });
    return { outcome: 'created', id: Number(row.id), redactedText };
  });
}

/** Every quote asked for, newest first, with who asked and who decided (their emails). */
export async function listQuotes(db: Db, viewerId: number): Promise<(QuoteRow & { itemId: string })[]> {
  const rows = await db
    .selectFrom('quote_requests as q')
    .leftJoin('staff as asker', 'asker.id', 'q.requested_by')
    .leftJoin('staff as decider', 'decider.id', 'q.decided_by')
    .select([
      'q.id',
      'q.item_id as itemId',
      'q.redacted_text as redactedText',
      'q.status',
      'q.requested_by as requestedById',
      'asker.email as requestedBy',
      'q.requested_at as requestedAt',
      'decider.email as decidedBy',
      'q.decided_at as decidedAt',
    ])
    .orderBy('q.id', 'desc')
    .execute();
  return rows.map(({ requestedById, ...row }) => ({
    ...row,
    id: Number(row.id),
    status: row.status as QuoteStatus,
    requestedBy: row.requestedBy ?? null,
    decidedBy: row.decidedBy ?? null,
    mayDecide: row.status === 'pending' && Number(requestedById) !== viewerId,
  }));
}

export type DecideOutcome =
  | { outcome: 'decided'; status: QuoteStatus; decidedAt: string }
  | { outcome: 'not-found' }
  | { outcome: 'own-request' }
  | { outcome: 'conflict'; status: string };

/** Approves or rejects a pending quote; the person who asked may not decide. Audited in the same transaction. */
export async function decideQuote(db: Db, input: { id: number; staffId: number; decision: 'approved' | 'rejected' }): Promise<DecideOutcome> {
  return db.transaction().execute(async (trx) => {
    const quote = await trx.selectFrom('quote_requests').select(['item_id', 'status', 'requested_by']).where('id', '=', input.id).executeTakeFirst();
    if (!quote) return { outcome: 'not-found' };
    if (Number(quote.requested_by) === input.staffId) return { outcome: 'own-request' };
    if (quote.status !== 'pending') return { outcome: 'conflict', status: quote.status };
    const decidedAt = new Date().toISOString();
    const result = await trx
      .updateTable('quote_requests')
      .set({ status: input.decision, decided_by: input.staffId, decided_at: decidedAt })
      .where('id', '=', input.id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return { outcome: 'conflict', status: 'decided' };
    const action = input.decision === 'approved' ? 'quote:approve' : 'quote:reject';
    await recordAudit(trx, { staffId: input.staffId, action, itemId: quote.item_id });
    return { outcome: 'decided', status: input.decision, decidedAt };
  });
}
