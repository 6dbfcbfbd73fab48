import type { AuditEntry } from '../../shared/inbox/audit-wire';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** A database or a transaction: an audit entry is written in the same transaction as the change. */
type DbLike = Kysely<Database>;

/**
 * What staff did. `detail` is for counts and status names only (say `count=3` or `new→contacted`):
 * NEVER put what a child said, or a staff note, in it.
 */
export interface AuditInput {
  staffId: number;
  action: string;
  itemId?: string;
  detail?: string;
}

/**
 * Appends one entry to the audit log. This module only ever inserts and reads: there is no
 * update or delete for audit_log anywhere in the code.
 */
export async function recordAudit(db: DbLike, input: AuditInput): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      at: new Date().toISOString(),
      staff_id: input.staffId,
      action: input.action,
      item_id: input.itemId ?? null,
      detail: input.detail ?? null,
    })
    .execute();
}

/**
 * Every view of an individual item is audited (PRODUCT.md): a list that shows items writes one entry
 * per item shown, naming it, so "who has seen this child's words?" can be answered item by item. A
 * list that showed nothing still writes one entry (count=0), so the look itself is on record.
 */
export async function auditItemViews(
  db: DbLike,
  staffId: number | undefined,
  action: string,
  itemIds: readonly string[],
  detail?: string,
): Promise<void> {
  if (staffId === undefined) return;
  const at = new Date().toISOString();
  if (itemIds.length === 0) {
    await recordAudit(db, { staffId, action, detail: detail ? `count=0;${detail}` : 'count=0' });
    return;
  }
  // Chunked so a long list stays inside SQLite's and PostgreSQL's bound-parameter limits.
  for (let start = 0; start < itemIds.length; start += 500) {
    const values = itemIds.slice(start, start + 500).map((itemId) => ({ at, staff_id: staffId, action, item_id: itemId, detail: detail ?? null }));
    await db.insertInto('audit_log').values(values).execute();
  }
}

/** Entries newest first, older than `before` (an entry id) when given. */
export async function listAudit(db: DbLike, options: { before?: number; limit: number }): Promise<AuditEntry[]> {
  const rows = await db
    .selectFrom('audit_log as a')
    .leftJoin('staff', 'staff.id', 'a.staff_id')
    .select([
      'a.id',
      'a.at',
      'a.staff_id as staffId',
      'staff.email as staffEmail',
      'a.action',
      'a.item_id as itemId',
      'a.detail',
    ])
    .$if(options.before !== undefined, (qb) => qb.where('a.id', '<', options.before as number))
    .orderBy('a.id', 'desc')
    .limit(options.limit)
    .execute();
  return rows.map((row) => ({ ...row, id: Number(row.id), staffId: Number(row.staffId), staffEmail: row.staffEmail ?? null }));
}
