import type { StaffRole } from '../staff/roles';

/**
 * The names of what staff may do. Who may do each lives in one table on the server
 * (src/server/staff/permissions.ts); the inbox only reads the names it was given.
 */
export const PERMISSION_NAMES = [
  'ratings:read',
  'advocate-requests:read',
  'messages:read',
  'talk-requests:read',
  'talk-requests:contact',
  'advocate-requests:update',
  'talk-requests:update',
  'audit:read',
  'staff:manage',
  'comments:read',
  'themes:update',
  'export:read',
  'quotes:request',
  'quotes:approve',
  'redaction-lists:manage',
  'you-said-we-did:manage',
] as const;
export type PermissionName = (typeof PERMISSION_NAMES)[number];

/** What POST /api/v1/staff/sign-in and GET /api/v1/staff/me answer. */
export interface StaffMe {
  email: string;
  role: StaffRole;
  permissions: PermissionName[];
}

/** The answer to a good sign-in: who, plus how many tries on this account failed since the last one. */
export interface SignInResult extends StaffMe {
  failedTries: number;
}
