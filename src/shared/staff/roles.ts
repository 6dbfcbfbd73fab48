export const STAFF_ROLES = ['admin', 'facilitator', 'advocacy-coordinator', 'participation-officer'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export function isStaffRole(value: string): value is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(value);
}

export const PASSWORD_MIN_LENGTH = 8;
