import type { AdvocateRequestsResponse, MessagesResponse, TalkRequestsResponse } from '../shared/inbox/requests-wire';
import type { SignInResult, StaffMe } from '../shared/inbox/staff-wire';
import type { StatusChangeBody, StatusChangeResponse } from '../shared/inbox/status-change';

export type {
  AdvocateRequestRow,
  ContactDetails,
  MessageRow,
  TalkRequestRow,
} from '../shared/inbox/requests-wire';

/** The inbox's only door to the server. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type SessionEndedListener = () => void;
const sessionEndedListeners = new Set<SessionEndedListener>();

/** Called when any call answers 401: the session has ended (timed out, signed out elsewhere, disabled). */
export function onSessionEnded(listener: SessionEndedListener): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}

/** Every feature's API module calls the server through this, so errors and the CSRF header are handled once. */
export async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api/v1${path}`, {
    method,
    credentials: 'same-origin',
    headers: { 'x-your-say': 'inbox', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => ({}))) as { error?: string };
  // Checked here, once for every call: a 401 anywhere takes the inbox back to sign-in.
  if (response.status === 401 && path !== '/staff/sign-in') for (const listener of sessionEndedListeners) listener();
  if (!response.ok) throw new ApiError(response.status, data.error ?? response.statusText);
  return data as T;
}

/** Who is signed in, and what their role may see. */
export type Me = StaffMe;

export const api = {
  me: () => request<Me>('GET', '/staff/me'),
  signIn: (email: string, password: string) => request<SignInResult>('POST', '/staff/sign-in', { email, password }),
  signOut: () => request<void>('POST', '/staff/sign-out', {}),
  advocateRequests: () => request<AdvocateRequestsResponse>('GET', '/inbox/advocate-requests'),
  messages: () => request<MessagesResponse>('GET', '/inbox/messages'),
  talkRequests: () => request<TalkRequestsResponse>('GET', '/inbox/talk-requests'),
  changeStatus: (which: 'advocate' | 'talk', id: string, body: StatusChangeBody) =>
    request<StatusChangeResponse>('POST', `/inbox/${which}-requests/${encodeURIComponent(id)}/status`, body),
};
