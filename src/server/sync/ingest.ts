import { createHash } from 'node:crypto';
import stableStringify from 'safe-stable-stringify';
import { checkPayload, describeIssues } from '../../shared/kinds/registry';
import { type SyncResult, syncItem } from '../../shared/sync/envelope';
import type { Db } from '../db/database';
import { projectItems } from './projections';

export interface AcceptedItem {
  id: string;
  kind: string;
  createdAt: string;
  payload: unknown;
  bodyHash: string;
}

const CONFLICT_REASON = 'This id was already used for something different.';

function idOf(raw: unknown): string | null {
  if (raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string') return raw.id.slice(0, 64);
  return null;
}

function hashBody(item: { kind: string; createdAt: string; payload: unknown }): string {
  const canonical = stableStringify({ kind: item.kind, createdAt: item.createdAt, payload: item.payload }) ?? '';
  return createHash('sha256').update(canonical).digest('hex');
}

type Checked = { ok: true; item: AcceptedItem } | { ok: false; result: SyncResult };

function checkItem(raw: unknown): Checked {
  const envelope = syncItem.safeParse(raw);
  if (!envelope.success) {
    return { ok: false, result: { id: idOf(raw), status: 'rejected', reason: describeIssues(envelope.error.issues) } };
  }
  const { id, kind, createdAt, payload } = envelope.data;
  const check = checkPayload(kind, payload);
  if (!check.ok) return { ok: false, result: { id, status: 'rejected', reason: check.reason } };
  return { ok: true, item: { id, kind, createdAt, payload, bodyHash: hashBody({ kind, createdAt, payload }) } };
}

interface StoreOutcome {
  insertedIds: Set<string>;
  /** The body hash the database now holds for each id. */
  storedHash: Map<string, string>;
}

/** Inserts the items whose ids are new, with their kind tables, in one transaction. */
async function storeNew(db: Db, unique: AcceptedItem[], receivedAt: string): Promise<StoreOutcome> {
  if (unique.length === 0) return { insertedIds: new Set(), storedHash: new Map() };
  return db.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('items')
      .values(
        unique.map((item) => ({
          id: item.id,
          kind: item.kind,
          created_at: item.createdAt,
          received_at: receivedAt,
          body_hash: item.bodyHash,
          payload: JSON.stringify(item.payload),
        })),
      )
      .onConflict((oc) => oc.column('id').doNothing())
      .returning('id')
      .execute();
    const insertedIds = new Set(inserted.map((row) => row.id));
    await projectItems(trx, unique.filter((item) => insertedIds.has(item.id)));

    const storedHash = new Map(unique.filter((item) => insertedIds.has(item.id)).map((item) => [item.id, item.bodyHash]));
    const existingIds = unique.filter((item) => !insertedIds.has(item.id)).map((item) => item.id);
    if (existingIds.length > 0) {
      const rows = await trx.selectFrom('items').select(['id', 'body_hash']).where('id', 'in', existingIds).execute();
      for (const row of rows) storedHash.set(row.id, row.body_hash);
    }
    return { insertedIds, storedHash };
  });
}

/**
 * Stores each new item once. Answers one result per input, in order: `stored` the first time,
 * `duplicate` for the same id and body again, `rejected` (with a reason) otherwise.
 */
export async function ingestBatch(db: Db, rawItems: readonly unknown[], receivedAt: string): Promise<SyncResult[]> {
  const results: SyncResult[] = new Array(rawItems.length);
  const accepted: { index: number; item: AcceptedItem }[] = [];
  const firstById = new Map<string, AcceptedItem>();
  rawItems.forEach((raw, index) => {
    const checked = checkItem(raw);
    if (!checked.ok) {
      results[index] = checked.result;
      return;
    }
    accepted.push({ index, item: checked.item });
    if (!firstById.has(checked.item.id)) firstById.set(checked.item.id, checked.item);
  });

  // In id order, so concurrent batches sharing ids take their row locks in the same order: in any
  // other order two such batches can deadlock on PostgreSQL (40P01, a 500 for one of them).
  const unique = [...firstById.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const { insertedIds, storedHash } = await storeNew(db, unique, receivedAt);
  const answered = new Set<string>();
  for (const { index, item } of accepted) {
    const firstTime = !answered.has(item.id);
    answered.add(item.id);
    if (firstTime && insertedIds.has(item.id)) results[index] = { id: item.id, status: 'stored' };
    else if (storedHash.get(item.id) === item.bodyHash) results[index] = { id: item.id, status: 'duplicate' };
    else results[index] = { id: item.id, status: 'rejected', reason: CONFLICT_REASON };
  }
  return results;
}
