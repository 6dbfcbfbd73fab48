import { createHash, randomBytes } from 'node:crypto';
import { isStaffRole } from '../../shared/staff/roles';
import type { Db } from '../db/database';
import type { StaffMember } from './staff-repository';

export const SESSION_IDLE_MS = 30 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 8 * 60 * 60 * 1000;

function hashId(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

/** Only the hash of a session id is stored, so a copy of the database cannot sign anyone in. */
export async function createSession(db: Db, staffId: number, now = new Date()): Promise<string> {
  const id = randomBytes(32).toString('base64url');
  const at = now.toISOString();
  await db.insertInto('staff_sessions').values({ id_hash: hashId(id), staff_id: staffId, created_at: at, last_seen_at: at }).execute();
  return id;
}

export async function endSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('id_hash', '=', hashId(id)).execute();
}

/**
 * Signs a staff member out everywhere, at once: after a password reset or when they are disabled.
 * `keep` spares one session (an admin resetting their own password stays signed in where they are).
 */
export async function endStaffSessions(db: Db, staffId: number, keep?: string): Promise<void> {
  await db
    .deleteFrom('staff_sessions')
    .where('staff_id', '=', staffId)
    .$if(keep !== undefined, (qb) => qb.where('id_hash', '!=', hashId(keep as string)))
    .execute();
}

export async function resolveSession(db: Db, id: string, now = new Date()): Promise<StaffMember | null> {
  const row = await db
    .selectFrom('staff_sessions')
    .innerJoin('staff', 'staff.id', 'staff_sessions.staff_id')
    .select(['staff.id', 'staff.email', 'staff.role', 'staff.disabled', 'staff_sessions.created_at', 'staff_sessions.last_seen_at'])
    .where('staff_sessions.id_hash', '=', hashId(id))
    .executeTakeFirst();
  if (!row) return null;
  const idle = now.getTime() - Date.parse(row.last_seen_at);
  const age = now.getTime() - Date.parse(row.created_at);
  if (row.disabled || idle > SESSION_IDLE_MS || age > SESSION_ABSOLUTE_MS || !isStaffRole(row.role)) {
    await endSession(db, id);
    return null;
  }
  await db.updateTable('staff_sessions').set({ last_seen_at: now.toISOString() }).where('id_hash', '=', hashId(id)).execute();
  return { id: Number(row.id), email: row.email, role: row.role, disabled: false };
}
