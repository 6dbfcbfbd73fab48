import type { StaffRole } from '../../shared/staff/roles';

/** The one table of who may do what. Anything not listed is denied. */
export const PERMISSIONS = {
  'ratings:read': ['admin', 'facilitator', 'participation-officer'],
} as const satisfies Record<string, readonly StaffRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function roleMay(role: StaffRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly StaffRole[]).includes(role);
}
