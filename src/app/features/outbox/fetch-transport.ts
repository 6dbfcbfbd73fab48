import { syncResponse } from '../../../shared/sync/envelope';
import type { SyncTransport, TransportAnswer } from './sync-client';

/** Retry-After is either seconds or an HTTP date. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function createFetchTransport(url = '/api/v1/sync', fetchImpl: typeof fetch = fetch): SyncTransport {
  return async (items) => {
    const response = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ items }),
      credentials: 'omit',
      cache: 'no-store',
    });
    const answer: TransportAnswer = { status: response.status };
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), Date.now());
    if (retryAfterMs !== undefined) answer.retryAfterMs = retryAfterMs;
    if (response.status === 200) {
      const parsed = syncResponse.safeParse(await response.json().catch(() => null));
      if (parsed.success) answer.results = parsed.data.results;
    }
    return answer;
  };
}
