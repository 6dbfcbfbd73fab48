import { describe, expect, it } from 'vitest';
import type { YouSaidWeDidResponse } from '../../src/shared/inbox/you-said-we-did-wire';
import { useTestApp } from './test-app';
import { dialects } from './test-database';

describe.each(dialects)('GET /api/v1/you-said-we-did (public) [%s]', (dialect) => {
  const ctx = useTestApp(dialect);
  const get = () => ctx.current.app.inject({ method: 'GET', url: '/api/v1/you-said-we-did' });

  it(`[${dialect}] answers 200 {"responses":[]} without signing in when nothing is published`, async () => {
    const response = await get();
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.json()).toEqual({ responses: [] });
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it(`[${dialect}] answers published responses newest first and never a draft`, async () => {
    const row = (id: string, month: string, publishedAt: string | null) => ({
      id,
      title: `title ${id}`,
      body: `body ${id}`,
      month,
      published_at: publishedAt,
      created_at: '2026-11-01T09:00:00.000Z',
    });
    await ctx.current.handle.db
      .insertInto('you_said_we_did')
      .values([
        row('a', '2026-09', '2026-10-01T09:00:00.000Z'),
        row('draft', '2026-12', null),
        row('b', '2026-11', '2026-11-20T09:00:00.000Z'),
      ])
      .execute();
    const response = await get();
    expect(response.statusCode).toBe(200);
    expect(response.json<YouSaidWeDidResponse>()).toEqual({
      responses: [
        { id: 'b', title: 'title b', body: 'body b', month: '2026-11', themes: [] },
        { id: 'a', title: 'title a', body: 'body a', month: '2026-09', themes: [] },
      ],
    });
  });

  it(`[${dialect}] answers linked themes, leaving out any that are not in the codebook`, async () => {
    await ctx.current.handle.db
      .insertInto('you_said_we_did')
      .values({
        id: 'c',
        title: 'title c',
        body: 'body c',
        month: '2026-12',
        published_at: '2026-12-02T09:00:00.000Z',
        created_at: '2026-12-01T09:00:00.000Z',
        themes: JSON.stringify(['priority:home', 'retired-theme', 'statement:good-care-03']),
      })
      .execute();
    const [first] = (await get()).json<YouSaidWeDidResponse>().responses;
    expect(first).toEqual({ id: 'c', title: 'title c', body: 'body c', month: '2026-12', themes: ['priority:home', 'statement:good-care-03'] });
  });
});
