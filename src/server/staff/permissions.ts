import type { PermissionName } from '../../shared/inbox/staff-wire';
import type { StaffRole } from '../../shared/staff/roles';

/**
 * The one table of who may do what. Anything not listed is denied.
 *
 * - Advocate requests carry a child's contact details, which only the advocacy role may see
 *   (PRODUCT.md), so no other role may read them at all: not even admin.
 * - Talk requests ("I want to talk to someone") are flags that someone must follow up. Facilitators
 *   triage them (they come first in their inbox) and move them on; admins may see that flags exist so
 *   nothing waits unseen. Contact details stay with the advocacy role, as for advocate requests
 *   (issue 5: "nobody else sees contact details"), so the server leaves them out of everyone else's
 *   list and refuses them the one-item contact route with 403. Participation officers: neither.
 * - Say something messages are anonymous feedback, read like ratings.
 * - Moving a request on (new → contacted → closed, with a note) is for whoever follows it up: the
 *   advocacy coordinator for advocate requests; facilitators and advocacy coordinators for talk
 *   requests. Admin may see that flags exist but does not work them.
 * - The audit log (who viewed or changed what) is read by admin only. Nobody may change it.
 * - Admin runs the accounts: adding staff, resetting passwords, disabling (which ends their sessions).
 * - Comments ("Tell us more", "Say something") are read with their themes by those who read
 *   messages; facilitators and participation officers, who work with the themes, may change them.
 * - The anonymised export is the participation officer's. A quote leaves only when one person asked
 *   for it and a second, different person approved it: facilitators and participation officers may
 *   do either (the server refuses an approver who is the asker). The staff-kept name and school lists
 *   that redaction uses hold children's names, so only those who export and admin keep them.
 * - "You said, we did" responses are written and published by those who work with the children's views.
 */
export const PERMISSIONS = {
  'ratings:read': ['admin', 'facilitator', 'participation-officer'],
  'advocate-requests:read': ['advocacy-coordinator'],
  'messages:read': ['admin', 'facilitator', 'participation-officer'],
  'talk-requests:read': ['facilitator', 'admin', 'advocacy-coordinator'],
  'talk-requests:contact': ['advocacy-coordinator'],
  'advocate-requests:update': ['advocacy-coordinator'],
  'talk-requests:update': ['facilitator', 'advocacy-coordinator'],
  'audit:read': ['admin'],
  'staff:manage': ['admin'],
  'comments:read': ['admin', 'facilitator', 'participation-officer'],
  'themes:update': ['facilitator', 'participation-officer'],
  'export:read': ['participation-officer'],
  'quotes:request': ['facilitator', 'participation-officer'],
  'quotes:approve': ['facilitator', 'participation-officer'],
  'redaction-lists:manage': ['admin', 'participation-officer'],
  'you-said-we-did:manage': ['admin', 'facilitator', 'participation-officer'],
} as const satisfies Record<PermissionName, readonly StaffRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleMay(role: StaffRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly StaffRole[]).includes(role);
}

/** Everything a role may do, in table order: the inbox shows only the sections these allow. */
export function permissionsOf(role: StaffRole): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => roleMay(role, permission));
}
