import { REQUEST_STATUSES, type RequestStatus } from './requests-wire';

/** Staff notes are short working notes, never a transcript. */
export const NOTE_MAX_LENGTH = 1000;

/**
 * Statuses only move forward (new → contacted → closed) and closed is final. A move may skip a
 * step (new → closed, say for a duplicate); moving back, or to the status it already has, is refused.
 */
export function forwardStatuses(current: RequestStatus): RequestStatus[] {
  return REQUEST_STATUSES.slice(REQUEST_STATUSES.indexOf(current) + 1);
}

export function isForwardMove(from: RequestStatus, to: RequestStatus): boolean {
  return forwardStatuses(from).includes(to);
}

/** Body of POST /api/v1/inbox/{advocate,talk}-requests/:id/status. A blank note counts as none. */
export interface StatusChangeBody {
  status: RequestStatus;
  note?: string;
}

/** What a successful status change answers. */
export interface StatusChangeResponse {
  id: string;
  status: RequestStatus;
  statusChangedAt: string;
}
