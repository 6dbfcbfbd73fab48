import { describe, expect, it } from 'vitest';
import { SYNC_MAX_BODY_BYTES, SYNC_MAX_ITEMS } from '../../src/shared/sync/envelope';
import { STATEMENT_IDS } from '../../src/shared/content/statements';
import { postSync, ratingItem, syncItems, useTestApp } from './test-app';
import { dialects } from './test-database';

function manyRatings(count: number) {
  return Array.from({ length: count }, (_, i) => ratingItem({ statementId: STATEMENT_IDS[i % STATEMENT_IDS.length] }));
}

describe.each(dialects)('POST /api/v1/sync limits, bad bodies and privacy [%s]', (dialect) => {
  const ctx = useTestApp(dialect);

  async function storedIds(ids: string[]): Promise<string[]> {
    const rows = await ctx.current.handle.db.selectFrom('items').select('id').where('id', 'in', ids).execute();
    return rows.map((row) => row.id);
  }

  it(`[${dialect}] GET /api/v1/health answers ok with the ${dialect} dialect`, async () => {
    const response = await ctx.current.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ ok: true, db: dialect });
  });

  it(`[${dialect}] accepts exactly ${SYNC_MAX_ITEMS} items in one request`, async () => {
    const items = manyRatings(SYNC_MAX_ITEMS);
    const results = await syncItems(ctx.current.app, items);
    expect(results.every((result) => result.status === 'stored')).toBe(true);
    expect(await storedIds(items.map((item) => item.id))).toHaveLength(SYNC_MAX_ITEMS);
  });

  it(`[${dialect}] answers 413 with a message for ${SYNC_MAX_ITEMS + 1} items and stores none`, async () => {
    const items = manyRatings(SYNC_MAX_ITEMS + 1);
    const response = await postSync(ctx.current.app, { items });
    expect(response.statusCode).toBe(413);
    expect(response.json<{ error: string }>().error).toMatch(new RegExp(`at most ${SYNC_MAX_ITEMS} items`));
    expect(await storedIds(items.map((item) => item.id))).toEqual([]);
  });

  it(`[${dialect}] answers 413 with a message for a body over ${SYNC_MAX_BODY_BYTES} bytes`, async () => {
    const item = ratingItem();
    const body = JSON.stringify({ items: [item], padding: 'x'.repeat(SYNC_MAX_BODY_BYTES) });
    expect(Buffer.byteLength(body)).toBeGreaterThan(SYNC_MAX_BODY_BYTES);
    const response = await postSync(ctx.current.app, body);
    expect(response.statusCode).toBe(413);
    expect(response.json<{ error: string }>().error).toMatch(/too much/i);
    expect(await storedIds([item.id])).toEqual([]);
  });

  it(`[${dialect}] answers 400 with a message for malformed JSON`, async () => {
    const response = await postSync(ctx.current.app, '{"items": [{"id": ');
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: string }>().error).toMatch(/\S/);
  });

  it.each([
    ['an array', '[]'],
    ['items that is a number', '{"items":5}'],
    ['null', 'null'],
    ['an object without items', '{"things":[]}'],
    ['a string', '"items"'],
  ])(`[${dialect}] answers 400 with a message for valid JSON that is %s`, async (_label, body) => {
    const response = await postSync(ctx.current.app, body);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: string }>().error).toMatch(/items/);
  });

  it(`[${dialect}] stores no IP address or user agent`, async () => {
    const userAgent = 'TestAgent/9.9';
    const forwardedFor = '203.0.113.7';
    const item = ratingItem({ statementId: 'good-care-12', answer: 'sometimes', comment: 'marker-comment-1234' });
    const response = await postSync(ctx.current.app, { items: [item] }, { 'user-agent': userAgent, 'x-forwarded-for': forwardedFor });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ results: [{ id: item.id, status: 'stored' }] });

    const { db } = ctx.current.handle;
    const items = await db.selectFrom('items').selectAll().execute();
    const ratings = await db.selectFrom('ratings').selectAll().execute();
    const dump = JSON.stringify({ items, ratings });
    // The dump really holds this request's row, with its comment, in both tables.
    expect(items.some((row) => row.id === item.id && row.payload.includes('marker-comment-1234'))).toBe(true);
    expect(ratings.some((row) => row.item_id === item.id && row.comment === 'marker-comment-1234')).toBe(true);
    expect(dump).not.toContain(userAgent);
    expect(dump).not.toContain('TestAgent');
    expect(dump).not.toContain(forwardedFor);
    expect(dump).not.toContain('127.0.0.1');
  });
});
