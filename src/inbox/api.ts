import type { RatingsResponse } from '../shared/inbox/ratings-wire';

export type { RatingRow, StatementCounts } from '../shared/inbox/ratings-wire';

/** The inbox's only door to the server. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`/api/v1${path}`, {
    method,
    credentials: 'same-origin',
    headers: { 'x-your-say': 'inbox', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  if (response.status === 204) return undefined as T;
  const data = (await response.json().catch(() => ({}))) as { error?: string };
  if (!response.ok) throw new ApiError(response.status, data.error ?? response.statusText);
  return data as T;
}

export interface Me {
  email: string;
  role: string;
}

export const api = {
  me: () => request<Me>('GET', '/staff/me'),
  signIn: (email: string, password: string) => request<Me>('POST', '/staff/sign-in', { email, password }),
  signOut: () => request<void>('POST', '/staff/sign-out', {}),
  ratings: () => request<RatingsResponse>('GET', '/inbox/ratings'),
};
