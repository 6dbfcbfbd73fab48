import { advocateRequestDueBy } from '../../shared/inbox/working-days';
import type {
  AdvocateRequestRow,
  AdvocateTopic,
  ContactDetails,
  MessageRow,
  RequestStatus,
  SayType,
  TalkRequestRow,
  Urgency,
} from '../../shared/inbox/requests-wire';
import type { Db } from '../db/database';

/** Lists are capped until the inbox pages through them. */
export const LIST_LIMIT = 500;

// Values in these tables were checked against the kind schemas at ingest, so they are read back as those types.
const urgencyOf = (value: string | null) => value as Urgency | null;
const statusOf = (value: string) => value as RequestStatus;
const contactOf = (json: string) => JSON.parse(json) as ContactDetails;

/** Advocate requests, newest first, with contact details. Only for the advocacy role. */
export async function listAdvocateRequests(
  db: Db,
  options: { holidays?: ReadonlySet<string> } = {},
  limit = LIST_LIMIT,
): Promise<AdvocateRequestRow[]> {
  const rows = await db
    .selectFrom('advocate_requests as r')
    .innerJoin('items', 'items.id', 'r.item_id')
    .select([
      'r.item_id as id',
      'r.topics',
      'r.details',
      'r.contact',
      'r.needs',
      'r.urgency',
      'r.care_status as careStatus',
      'r.age_band as ageBand',
      'r.created_at as createdAt',
      'items.received_at as receivedAt',
      'r.status',
      'r.status_changed_at as statusChangedAt',
    ])
    .orderBy('items.received_at', 'desc')
    .orderBy('r.created_at', 'desc')
    .orderBy('r.item_id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({
    ...row,
    topics: JSON.parse(row.topics) as AdvocateTopic[],
    contact: contactOf(row.contact),
    urgency: urgencyOf(row.urgency),
    status: statusOf(row.status),
    dueBy: advocateRequestDueBy(row.receivedAt, { holidays: options.holidays }),
  }));
}

/** Say something messages (good things, problems, ideas), newest first. */
export async function listMessages(db: Db, limit = LIST_LIMIT): Promise<MessageRow[]> {
  const rows = await db
    .selectFrom('messages as m')
    .innerJoin('items', 'items.id', 'm.item_id')
    .select([
      'm.item_id as id',
      'm.type',
      'm.text',
      'm.care_status as careStatus',
      'm.age_band as ageBand',
      'm.created_at as createdAt',
      'items.received_at as receivedAt',
    ])
    .orderBy('items.received_at', 'desc')
    .orderBy('m.created_at', 'desc')
    .orderBy('m.item_id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, type: row.type as SayType }));
}

/**
 * Talk requests, newest first. Without `withContact` the contact details are never read from the
 * database, so they cannot leak into the answer.
 */
export async function listTalkRequests(db: Db, withContact: boolean, limit = LIST_LIMIT): Promise<TalkRequestRow[]> {
  const rows = await db
    .selectFrom('talk_requests as t')
    .innerJoin('items', 'items.id', 't.item_id')
    .select([
      't.item_id as id',
      't.text',
      't.urgency',
      't.care_status as careStatus',
      't.age_band as ageBand',
      't.created_at as createdAt',
      'items.received_at as receivedAt',
      't.status',
      't.status_changed_at as statusChangedAt',
    ])
    .$if(withContact, (qb) => qb.select('t.contact'))
    .orderBy('items.received_at', 'desc')
    .orderBy('t.created_at', 'desc')
    .orderBy('t.item_id', 'desc')
    .limit(limit)
    .execute();
  return rows.map(({ contact, ...row }) => ({
    ...row,
    contact: withContact && contact ? contactOf(contact) : null,
    urgency: urgencyOf(row.urgency),
    status: statusOf(row.status),
  }));
}

/** One talk request's contact details, for the advocacy role; undefined for an unknown id. */
export async function findTalkRequestContact(db: Db, id: string): Promise<ContactDetails | undefined> {
  if (id.length > 36) return undefined;
  const row = await db.selectFrom('talk_requests').select('contact').where('item_id', '=', id).executeTakeFirst();
  return row ? contactOf(row.contact) : undefined;
}
