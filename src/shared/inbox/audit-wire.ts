/** One row of GET /api/v1/inbox/audit (admin only). Never holds what a child said. */
export interface AuditEntry {
  id: number;
  at: string;
  staffId: number;
  /** null if that staff member no longer exists. */
  staffEmail: string | null;
  action: string;
  itemId: string | null;
  detail: string | null;
}

/** Newest first; pass `nextBefore` as `?before=` for the next (older) page, null when there is none. */
export interface AuditResponse {
  entries: AuditEntry[];
  nextBefore: number | null;
}

export const AUDIT_PAGE_SIZE = 200;
