import type { PermissionName } from '../../shared/inbox/staff-wire';
import type { StaffRole } from '../../shared/staff/roles';

/**
 * The one table of who may do what. Anything not listed is denied.
 *
 * - Advocate requests carry a child's contact details, which only the advocacy role may see
 *   (PRODUCT.md), so no other role may read them at all: not even admin.
 * - Talk requests ("I want to talk to someone") are flags that someone must follow up. Facilitators
 *   triage flags and advocacy coordinators may take them on, so both read them WITH contact details:
 *   without them nobody can act. Admins may see that flags exist (text, urgency, status) so nothing
 *   waits unseen, but admin is an account-running role, so the server leaves contact details out of
 *   their answer (`talk-requests:contact`). Participation officers work on anonymised themes: neither.
 * - Say something messages are anonymous feedback, read like ratings.
 * - Moving a request on (new → contacted → closed, with a note) is for whoever follows it up: the
 *   advocacy coordinator for advocate requests; facilitators and advocacy coordinators for talk
 *   requests. Admin may see that flags exist but does not work them.
 * - The audit log (who viewed or changed what) is read by admin only. Nobody may change it.
 */
export const PERMISSIONS = {
  'ratings:read': ['admin', 'facilitator', 'participation-officer'],
  'advocate-requests:read': ['advocacy-coordinator'],
  'messages:read': ['admin', 'facilitator', 'participation-officer'],
  'talk-requests:read': ['facilitator', 'admin', 'advocacy-coordinator'],
  'talk-requests:contact': ['facilitator', 'advocacy-coordinator'],
  'advocate-requests:update': ['advocacy-coordinator'],
  'talk-requests:update': ['facilitator', 'advocacy-coordinator'],
  'audit:read': ['admin'],
} as const satisfies Record<PermissionName, readonly StaffRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleMay(role: StaffRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly StaffRole[]).includes(role);
}

/** Everything a role may do, in table order: the inbox shows only the sections these allow. */
export function permissionsOf(role: StaffRole): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => roleMay(role, permission));
}
