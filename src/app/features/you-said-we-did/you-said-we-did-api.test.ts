import { beforeEach, describe, expect, it } from 'vitest';
import { loadResponses } from './you-said-we-did-api';

const response = { id: 'r1', title: 'More time with social workers', body: 'We changed the rota.', month: '2026-10' };

function fakeFetch(answer: () => Promise<Response>): typeof fetch {
  return (() => answer()) as typeof fetch;
}

describe('loadResponses', () => {
  beforeEach(() => localStorage.clear());

  it('returns fresh responses and keeps a copy on the phone', async () => {
    const result = await loadResponses(fakeFetch(async () => Response.json({ responses: [response] })));
    expect(result).toEqual({ responses: [response], fromPhone: false });
    const offline = await loadResponses(fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))));
    expect(offline).toEqual({ responses: [response], fromPhone: true });
  });

  it('uses the kept copy when the server answers with an error or a wrong shape', async () => {
    await loadResponses(fakeFetch(async () => Response.json({ responses: [response] })));
    expect((await loadResponses(fakeFetch(async () => new Response('oops', { status: 500 })))).fromPhone).toBe(true);
    expect((await loadResponses(fakeFetch(async () => Response.json({ responses: 'no' })))).fromPhone).toBe(true);
  });

  it('fails when offline with nothing kept, so the screen can say so', async () => {
    await expect(loadResponses(fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))))).rejects.toThrow();
  });
});
