import type { ReceivedItem } from './received-item';
import type { ADVOCATE_TOPICS } from '../kinds/advocate-request';
import type { ContactDetails, Urgency } from '../kinds/contact';
import type { SAY_TYPES } from '../kinds/say-something';

export type { ContactDetails, Urgency } from '../kinds/contact';
export type AdvocateTopic = (typeof ADVOCATE_TOPICS)[number];
export type SayType = (typeof SAY_TYPES)[number];

/** new → contacted → closed (PRODUCT.md); see status-change.ts for the moves staff may make. */
export const REQUEST_STATUSES = ['new', 'contacted', 'closed'] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** One row of GET /api/v1/inbox/advocate-requests (advocacy role only: it holds contact details). */
export interface AdvocateRequestRow extends ReceivedItem {
  topics: AdvocateTopic[];
  details: string | null;
  contact: ContactDetails;
  needs: string | null;
  urgency: Urgency | null;
  status: RequestStatus;
  statusChangedAt: string | null;
  /** 1 working day after receivedAt (see src/shared/inbox/working-days.ts). */
  dueBy: string;
}

export interface AdvocateRequestsResponse {
  requests: AdvocateRequestRow[];
}

/** One row of GET /api/v1/inbox/messages: a good thing, a problem or an idea. Anonymous. */
export interface MessageRow extends ReceivedItem {
  type: SayType;
  text: string;
}

export interface MessagesResponse {
  messages: MessageRow[];
}

/** One row of GET /api/v1/inbox/talk-requests: "I want to talk to someone", a flag to follow up. */
export interface TalkRequestRow extends ReceivedItem {
  text: string | null;
  /** null when the signed-in role may not see contact details (contactWithheld is then true). */
  contact: ContactDetails | null;
  urgency: Urgency | null;
  status: RequestStatus;
  statusChangedAt: string | null;
}

export interface TalkRequestsResponse {
  requests: TalkRequestRow[];
  contactWithheld: boolean;
}
