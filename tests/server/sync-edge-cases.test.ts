import { describe, expect, it } from 'vitest';
import { ratingItem, syncItems, useTestApp } from './test-app';
import { dialects } from './test-database';

// Values each database must treat alike: one odd item is rejected alone, never a 500 for the batch.
describe.each(dialects)('POST /api/v1/sync edge cases [%s]', (dialect) => {
  const ctx = useTestApp(dialect);

  it(`[${dialect}] rejects a createdAt with a very long fraction alone and stores its neighbour`, async () => {
    const odd = ratingItem({ createdAt: `2026-11-23T10:00:00.${'1'.repeat(60)}Z` });
    const good = ratingItem();
    const results = await syncItems(ctx.current.app, [odd, good]);
    expect(results[0]).toMatchObject({ id: odd.id, status: 'rejected' });
    expect(results[0]?.reason).toContain('createdAt');
    expect(results[1]).toEqual({ id: good.id, status: 'stored' });
  });

  it(`[${dialect}] rejects a comment holding a NUL character alone and stores its neighbour`, async () => {
    const odd = ratingItem({ comment: 'before\u0000after' });
    const good = ratingItem({ comment: 'plain words' });
    const results = await syncItems(ctx.current.app, [odd, good]);
    expect(results[0]).toMatchObject({ id: odd.id, status: 'rejected' });
    expect(results[0]?.reason).toContain('comment');
    expect(results[1]).toEqual({ id: good.id, status: 'stored' });
  });

  it(`[${dialect}] compares a repeat inside a batch with what is stored, not with the first copy`, async () => {
    const original = ratingItem({ answer: 'yes' });
    await syncItems(ctx.current.app, [original]);
    const changed = { ...original, payload: { ...original.payload, answer: 'not-really' } };
    const results = await syncItems(ctx.current.app, [changed, original]);
    expect(results).toEqual([
      { id: original.id, status: 'rejected', reason: expect.any(String) },
      { id: original.id, status: 'duplicate' },
    ]);
  });
});
