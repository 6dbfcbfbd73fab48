import { describe, expect, it } from 'vitest';
import type { SyncItem } from '../../../shared/sync/envelope';
import { createFetchTransport, parseRetryAfter } from './fetch-transport';
import { START, rating, testId } from '../../../../tests/support/outbox';

const items: SyncItem[] = [
  { id: testId(1), kind: 'rating', createdAt: '2025-01-06T09:00:00.000Z', payload: rating(1) },
  { id: testId(2), kind: 'rating', createdAt: '2025-01-06T09:00:01.000Z', payload: rating(2) },
];

/** A fake fetch that records its calls and answers with `answer()`. */
function fakeFetch(answer: () => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetchImpl = ((input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), init });
    return Promise.resolve().then(answer);
  }) as typeof fetch;
  return { calls, fetchImpl };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('parseRetryAfter', () => {
  it.each([
    ['120', 120_000],
    ['0', 0],
  ])('reads %j as seconds', (value, ms) => {
    expect(parseRetryAfter(value, START)).toBe(ms);
  });

  it('reads an HTTP date as the time left until it', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 08:28:00 GMT', now)).toBe(3_600_000);
  });

  it('treats an HTTP date in the past as "now"', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:00:00 GMT', now)).toBe(0);
  });

  it.each([null, '', 'soon', 'not a date'])('gives nothing for %j', (value) => {
    expect(parseRetryAfter(value, START)).toBeUndefined();
  });
});

describe('createFetchTransport', () => {
  it('POSTs the items as JSON to the sync URL, without cookies or cache', async () => {
    const { calls, fetchImpl } = fakeFetch(() => json({ results: [] }));
    await createFetchTransport('/api/v1/sync', fetchImpl)(items);
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.url).toBe('/api/v1/sync');
    expect(call?.init).toMatchObject({ method: 'POST', credentials: 'omit', cache: 'no-store' });
    expect(new Headers(call?.init?.headers).get('content-type')).toBe('application/json');
    expect(JSON.parse(String(call?.init?.body))).toEqual({ items });
  });

  it('returns the results of a valid 200', async () => {
    const results = [
      { id: testId(1), status: 'stored' },
      { id: testId(2), status: 'rejected', reason: 'payload.answer: invalid' },
    ];
    const { fetchImpl } = fakeFetch(() => json({ results }));
    expect(await createFetchTransport('/sync', fetchImpl)(items)).toEqual({ status: 200, results });
  });

  it.each([
    ['a body that is not JSON', () => new Response('<html>proxy login</html>', { status: 200 })],
    ['a body without results', () => json({ ok: true })],
    ['a result with an unknown status', () => json({ results: [{ id: testId(1), status: 'kept' }] })],
    ['a result without an id field', () => json({ results: [{ status: 'stored' }] })],
    ['an empty body', () => new Response(null, { status: 200 })],
  ])('gives no results for %s', async (_what, answer) => {
    const { fetchImpl } = fakeFetch(answer);
    const result = await createFetchTransport('/sync', fetchImpl)(items);
    expect(result).toEqual({ status: 200 });
    expect(result).not.toHaveProperty('results');
  });

  it('does not read results from an answer other than 200', async () => {
    const { fetchImpl } = fakeFetch(() => json({ results: [{ id: testId(1), status: 'stored' }] }, 500));
    expect(await createFetchTransport('/sync', fetchImpl)(items)).toEqual({ status: 500 });
  });

  it.each([429, 503])('passes on Retry-After seconds from a %i as milliseconds', async (status) => {
    const { fetchImpl } = fakeFetch(() => json({ error: 'busy' }, status, { 'retry-after': '7' }));
    expect(await createFetchTransport('/sync', fetchImpl)(items)).toEqual({ status, retryAfterMs: 7000 });
  });

  it('passes on a Retry-After HTTP date as the milliseconds left', async () => {
    const until = new Date(Math.ceil(Date.now() / 1000) * 1000 + 60_000);
    const { fetchImpl } = fakeFetch(() => new Response(null, { status: 503, headers: { 'retry-after': until.toUTCString() } }));
    const before = Date.now();
    const answer = await createFetchTransport('/sync', fetchImpl)(items);
    const after = Date.now();
    expect(answer.status).toBe(503);
    expect(answer.retryAfterMs).toBeGreaterThanOrEqual(until.getTime() - after);
    expect(answer.retryAfterMs).toBeLessThanOrEqual(until.getTime() - before);
  });

  it('leaves retryAfterMs out when there is no usable Retry-After', async () => {
    const { fetchImpl } = fakeFetch(() => new Response(null, { status: 503, headers: { 'retry-after': 'later' } }));
    const answer = await createFetchTransport('/sync', fetchImpl)(items);
    expect(answer).toEqual({ status: 503 });
    expect(answer).not.toHaveProperty('retryAfterMs');
  });

  it('throws when the network fails, so the caller knows nothing was answered', async () => {
    const offline = new TypeError('Failed to fetch');
    const { fetchImpl } = fakeFetch(() => Promise.reject(offline));
    await expect(createFetchTransport('/sync', fetchImpl)(items)).rejects.toBe(offline);
  });
});
