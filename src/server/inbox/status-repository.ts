import type { RequestStatus } from '../../shared/inbox/requests-wire';
import { isForwardMove } from '../../shared/inbox/status-change';
import { recordAudit } from '../audit/audit-log';
import type { Db } from '../db/database';

/** The two kinds of request staff move on, and what their audit entries are called. */
export const STATUS_TABLES = {
  'advocate-request': { table: 'advocate_requests', action: 'advocate-request' },
  'talk-request': { table: 'talk_requests', action: 'talk-request' },
} as const;
export type RequestKind = keyof typeof STATUS_TABLES;

export type StatusChangeResult =
  | { outcome: 'changed'; status: RequestStatus; statusChangedAt: string }
  | { outcome: 'not-found' }
  | { outcome: 'conflict'; current: RequestStatus };

export interface StatusChange {
  kind: RequestKind;
  itemId: string;
  staffId: number;
  status: RequestStatus;
  note?: string | undefined;
}

/**
 * Moves a request forward, stores the note and writes the audit entries, all in one transaction.
 * The update only matches the status just read, so two staff moving the same request at once
 * cannot both succeed: the second gets a conflict.
 */
export async function changeRequestStatus(db: Db, change: StatusChange): Promise<StatusChangeResult> {
  const { table, action } = STATUS_TABLES[change.kind];
  return db.transaction().execute(async (trx): Promise<StatusChangeResult> => {
    const row = await trx.selectFrom(table).select('status').where('item_id', '=', change.itemId).executeTakeFirst();
    if (!row) return { outcome: 'not-found' };
    const current = row.status as RequestStatus;
    if (!isForwardMove(current, change.status)) return { outcome: 'conflict', current };

    const at = new Date().toISOString();
    const updated = await trx
      .updateTable(table)
      .set({ status: change.status, status_changed_at: at })
      .where('item_id', '=', change.itemId)
      .where('status', '=', current)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return { outcome: 'conflict', current };
    await recordAudit(trx, {
      staffId: change.staffId,
      action: `${action}:status`,
      itemId: change.itemId,
      detail: `${current}→${change.status}`,
    });

    if (change.note) {
      const note = await trx
        .insertInto('request_notes')
        .values({ item_id: change.itemId, staff_id: change.staffId, at, note: change.note })
        .returning('id')
        .executeTakeFirstOrThrow();
      // The note's id only: a note may repeat what a child said, so its text stays out of the log.
      await recordAudit(trx, { staffId: change.staffId, action: `${action}:note`, itemId: change.itemId, detail: `note=${note.id}` });
    }
    return { outcome: 'changed', status: change.status, statusChangedAt: at };
  });
}

/** Notes on one request, oldest first (for tests and, later, the inbox). */
export async function listNotes(db: Db, itemId: string) {
  return db
    .selectFrom('request_notes')
    .select(['id', 'staff_id as staffId', 'at', 'note'])
    .where('item_id', '=', itemId)
    .orderBy('id', 'asc')
    .execute();
}
