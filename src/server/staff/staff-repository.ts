import type { StaffAccount } from '../../shared/inbox/staff-admin-wire';
import { type StaffRole, isStaffRole } from '../../shared/staff/roles';
import { recordAudit } from '../audit/audit-log';
import type { Db } from '../db/database';
import { hashPassword, passwordProblem } from './passwords';
import { endStaffSessions } from './sessions';

export interface StaffMember {
  id: number;
  email: string;
  role: StaffRole;
  disabled: boolean;
}

/** Input a person must change: the API answers 400, the CLI exits 1. The message is for them. */
export class StaffInputError extends Error {}

/** Input that clashes with what is already there (an email in use, disabling yourself): the API answers 409. */
export class StaffConflictError extends StaffInputError {}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Throws a StaffInputError saying why a new password cannot be used; otherwise answers its hash. */
export async function checkedPasswordHash(password: string, email: string | undefined): Promise<string> {
  const problem = await passwordProblem(password, email);
  if (problem) throw new StaffInputError(problem);
  return hashPassword(password);
}

/** Who did it, for the audit log: a signed-in staff member, or COMMAND_LINE_STAFF_ID. */
interface Actor {
  staffId: number;
}

export async function addStaff(
  db: Db,
  input: { email: string; role: string; password: string },
  actor?: Actor,
): Promise<StaffAccount> {
  const email = normaliseEmail(input.email);
  if (email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new StaffInputError(`"${input.email}" is not an email address.`);
  const role = input.role;
  if (!isStaffRole(role)) {
    throw new StaffInputError(`"${role}" is not a role. Use admin, facilitator, advocacy-coordinator or participation-officer.`);
  }
  const taken = new StaffConflictError(`There is already a staff member with the email ${email}.`);
  if (await findStaffIdByEmail(db, email)) throw taken;
  const passwordHash = await checkedPasswordHash(input.password, email);
  return db.transaction().execute(async (trx) => {
    // ON CONFLICT, so two adds of one email at once give a plain refusal rather than a database error.
    const createdAt = new Date().toISOString();
    const row = await trx
      .insertInto('staff')
      .values({ email, role, password_hash: passwordHash, disabled: 0, created_at: createdAt })
      .onConflict((oc) => oc.column('email').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (!row) throw taken;
    const id = Number(row.id);
    if (actor) await recordAudit(trx, { staffId: actor.staffId, action: 'staff:add', detail: `staff=${id}` });
    return { id, email, role, disabled: false, createdAt };
  });
}

const accountColumns = ['id', 'email', 'role', 'disabled', 'created_at'] as const;

function toAccount(row: { id: number; email: string; role: string; disabled: number; created_at: string }): StaffAccount {
  // Only addStaff writes a role, and it accepts known roles only.
  return { id: Number(row.id), email: row.email, role: row.role as StaffRole, disabled: Boolean(row.disabled), createdAt: row.created_at };
}

/** Every account, oldest first; audited as one look at the list. */
export async function listStaff(db: Db, actor: Actor): Promise<StaffAccount[]> {
  const rows = await db.selectFrom('staff').select(accountColumns).orderBy('id', 'asc').execute();
  await recordAudit(db, { staffId: actor.staffId, action: 'staff:list', detail: `count=${rows.length}` });
  return rows.map(toAccount);
}

async function findAccount(db: Db, id: number): Promise<StaffAccount | undefined> {
  const row = await db.selectFrom('staff').select(accountColumns).where('id', '=', id).executeTakeFirst();
  return row ? toAccount(row) : undefined;
}

export async function findStaffIdByEmail(db: Db, email: string): Promise<number | undefined> {
  const row = await db.selectFrom('staff').select('id').where('email', '=', normaliseEmail(email)).executeTakeFirst();
  return row ? Number(row.id) : undefined;
}

/**
 * Sets a new password and signs the member out everywhere (but `keepSession`, the session of an
 * admin resetting their own). Answers undefined for an unknown id.
 */
export async function resetStaffPassword(
  db: Db,
  input: { staffId: number; password: string; keepSession?: string | undefined },
  actor: Actor,
): Promise<StaffAccount | undefined> {
  const owner = await db.selectFrom('staff').select('email').where('id', '=', input.staffId).executeTakeFirst();
  if (!owner) return undefined;
  const passwordHash = await checkedPasswordHash(input.password, owner.email);
  return db.transaction().execute(async (trx) => {
    const updated = await trx.updateTable('staff').set({ password_hash: passwordHash }).where('id', '=', input.staffId).executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return undefined;
    await endStaffSessions(trx, input.staffId, input.keepSession);
    await recordAudit(trx, { staffId: actor.staffId, action: 'staff:password-reset', detail: `staff=${input.staffId}` });
    return findAccount(trx, input.staffId);
  });
}

/**
 * Disables (signing them out everywhere at once) or enables an account. Nobody may disable
 * themselves, so there is always an admin left to run the accounts. Undefined for an unknown id.
 */
export async function setStaffDisabled(
  db: Db,
  input: { staffId: number; disabled: boolean },
  actor: Actor,
): Promise<StaffAccount | undefined> {
  if (input.disabled && input.staffId === actor.staffId) {
    throw new StaffConflictError('You cannot disable your own account. Ask another admin to do it.');
  }
  return db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('staff')
      .set({ disabled: input.disabled ? 1 : 0 })
      .where('id', '=', input.staffId)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return undefined;
    if (input.disabled) await endStaffSessions(trx, input.staffId);
    const action = input.disabled ? 'staff:disable' : 'staff:enable';
    await recordAudit(trx, { staffId: actor.staffId, action, detail: `staff=${input.staffId}` });
    return findAccount(trx, input.staffId);
  });
}

export async function findStaffForSignIn(db: Db, email: string) {
  return db
    .selectFrom('staff')
    .select(['id', 'email', 'role', 'password_hash', 'disabled'])
    .where('email', '=', normaliseEmail(email))
    .executeTakeFirst();
}
