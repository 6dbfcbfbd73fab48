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

/**
 * Stores each new item once. Answers one result per input, in order: `stored` the first time,
 * `duplicate` for the same id and body again, `rejected` (with a reason) otherwise.
 */
export async function ingestBatch(db: Db, rawItems: readonly unknown[], receivedAt: string): Promise<SyncResult[]> {
  const results: (SyncResult | undefined)[] = new Array(rawItems.length);
  const firstById = new Map<string, AcceptedItem>();
  const repeats: { index: number; item: AcceptedItem }[] = [];

  rawItems.forEach((raw, index) => {
    const checked = checkItem(raw);
    if (!checked.ok) {
      results[index] = checked.result;
    } else if (firstById.has(checked.item.id)) {
      repeats.push({ index, item: checked.item });
    } else {
      firstById.set(checked.item.id, checked.item);
    }
  });

  const unique = [...firstById.values()];
  const outcome = new Map<string, SyncResult>();
  if (unique.length > 0) {
    await db.transaction().execute(async (trx) => {
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

      const existing = unique.filter((item) => !insertedIds.has(item.id));
      const stored = existing.length
        ? await trx
            .selectFrom('items')
            .select(['id', 'body_hash'])
            .where('id', 'in', existing.map((item) => item.id))
            .execute()
        : [];
      const hashById = new Map(stored.map((row) => [row.id, row.body_hash]));
      for (const item of unique) {
        if (insertedIds.has(item.id)) outcome.set(item.id, { id: item.id, status: 'stored' });
        else if (hashById.get(item.id) === item.bodyHash) outcome.set(item.id, { id: item.id, status: 'duplicate' });
        else outcome.set(item.id, { id: item.id, status: 'rejected', reason: CONFLICT_REASON });
      }
    });
  }

  const firstIndex = new Map<string, number>();
  rawItems.forEach((raw, index) => {
    const id = results[index] ? null : idOf(raw);
    if (id !== null && !firstIndex.has(id)) firstIndex.set(id, index);
  });
  for (const [id, index] of firstIndex) results[index] = outcome.get(id);
  for (const { index, item } of repeats) {
    const first = firstById.get(item.id);
    results[index] =
      first?.bodyHash === item.bodyHash
        ? { id: item.id, status: 'duplicate' }
        : { id: item.id, status: 'rejected', reason: CONFLICT_REASON };
  }
  return results.map((result, index) => result ?? { id: idOf(rawItems[index]), status: 'rejected', reason: 'Not processed.' });
}
