import { type StaffRole, isStaffRole } from '../../shared/staff/roles';
import type { Db } from '../db/database';
import { hashPassword, passwordProblem } from './passwords';

export interface StaffMember {
  id: number;
  email: string;
  role: StaffRole;
  disabled: boolean;
}

export class StaffInputError extends Error {}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function addStaff(db: Db, input: { email: string; role: string; password: string }): Promise<StaffMember> {
  const email = normaliseEmail(input.email);
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new StaffInputError(`"${input.email}" is not an email address.`);
  if (!isStaffRole(input.role)) {
    throw new StaffInputError(`"${input.role}" is not a role. Use admin, facilitator, advocacy-coordinator or participation-officer.`);
  }
  const problem = passwordProblem(input.password);
  if (problem) throw new StaffInputError(problem);
  const existing = await db.selectFrom('staff').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) throw new StaffInputError(`There is already a staff member with the email ${email}.`);
  const row = await db
    .insertInto('staff')
    .values({
      email,
      role: input.role,
      password_hash: await hashPassword(input.password),
      disabled: 0,
      created_at: new Date().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: Number(row.id), email, role: input.role, disabled: false };
}

export async function findStaffForSignIn(db: Db, email: string) {
  return db
    .selectFrom('staff')
    .select(['id', 'email', 'role', 'password_hash', 'disabled'])
    .where('email', '=', normaliseEmail(email))
    .executeTakeFirst();
}
