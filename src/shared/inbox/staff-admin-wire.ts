import type { StaffRole } from '../staff/roles';

/** One staff account as GET /api/v1/inbox/staff lists it (admin only). Never holds a password or its hash. */
export interface StaffAccount {
  id: number;
  email: string;
  role: StaffRole;
  disabled: boolean;
  createdAt: string;
}

/** GET /api/v1/inbox/staff: oldest account first. */
export interface StaffListResponse {
  staff: StaffAccount[];
}

/** POST /api/v1/inbox/staff answers 201 with the new StaffAccount. */
export interface AddStaffBody {
  email: string;
  role: string;
  password: string;
}

/** POST /api/v1/inbox/staff/:id/password answers with the StaffAccount; all their sessions end. */
export interface ResetPasswordBody {
  password: string;
}

/**
 * The "who" of audit entries written by `npm run staff` on the server: no one is signed in there,
 * and no staff account has this id.
 */
export const COMMAND_LINE_STAFF_ID = 0;
