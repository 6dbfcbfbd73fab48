import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { postSync, ratingItem, syncItems, useTestApp } from './test-app';
import { dialects } from './test-database';

describe.each(dialects)('POST /api/v1/sync idempotency [%s]', (dialect) => {
  const ctx = useTestApp(dialect);

  async function rowCounts(ids: string[]) {
    const { db } = ctx.current.handle;
    const items = await db.selectFrom('items').select('id').where('id', 'in', ids).execute();
    const ratings = await db.selectFrom('ratings').select('item_id').where('item_id', 'in', ids).execute();
    return { items: items.map((r) => r.id).sort(), ratings: ratings.map((r) => r.item_id).sort() };
  }

  async function storedRow(id: string) {
    const { db } = ctx.current.handle;
    const item = await db.selectFrom('items').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const rating = await db.selectFrom('ratings').selectAll().where('item_id', '=', id).executeTakeFirstOrThrow();
    return { item, rating, payload: JSON.parse(item.payload) as unknown };
  }

  it(`[${dialect}] stores a batch once and answers duplicate when the same batch is sent again`, async () => {
    const batch = [
      ratingItem({ statementId: 'good-care-01', answer: 'yes' }),
      ratingItem({ statementId: 'good-care-07', answer: 'sometimes', comment: 'ok mostly' }),
      ratingItem({ statementId: 'good-care-14', answer: 'not-really' }),
      ratingItem({ statementId: 'good-care-03', answer: 'skip' }),
    ];
    const ids = batch.map((item) => item.id);

    const first = await syncItems(ctx.current.app, batch);
    expect(first).toEqual(ids.map((id) => ({ id, status: 'stored' })));

    const second = await syncItems(ctx.current.app, batch);
    expect(second).toEqual(ids.map((id) => ({ id, status: 'duplicate' })));

    expect(await rowCounts(ids)).toEqual({ items: [...ids].sort(), ratings: [...ids].sort() });
    const { rating } = await storedRow(ids[1] as string);
    expect(rating).toMatchObject({ statement_id: 'good-care-07', answer: 'sometimes', comment: 'ok mostly' });
  });

  it(`[${dialect}] treats the same payload with keys in another order as a duplicate`, async () => {
    const item = ratingItem({ statementId: 'good-care-02', answer: 'yes', comment: 'hi' });
    await syncItems(ctx.current.app, [item]);
    const reordered = { ...item, payload: { comment: 'hi', answer: 'yes', statementId: 'good-care-02' } };
    expect(await syncItems(ctx.current.app, [reordered])).toEqual([{ id: item.id, status: 'duplicate' }]);
  });

  it(`[${dialect}] rejects a known id sent with a different body and keeps the stored payload`, async () => {
    const original = ratingItem({ statementId: 'good-care-05', answer: 'yes', comment: 'first words' });
    await syncItems(ctx.current.app, [original]);

    const changedAnswer = { ...original, payload: { ...original.payload, answer: 'not-really', comment: 'changed' } };
    const changedTime = { ...original, createdAt: new Date(Date.parse(original.createdAt) - 60_000).toISOString() };
    const results = await syncItems(ctx.current.app, [changedAnswer, changedTime]);

    for (const result of results) {
      expect(result.id).toBe(original.id);
      expect(result.status).toBe('rejected');
      expect(result.reason).toMatch(/already used/i);
    }
    const { item, rating, payload } = await storedRow(original.id);
    expect(payload).toEqual(original.payload);
    expect(item.created_at).toBe(original.createdAt);
    expect(rating).toMatchObject({ answer: 'yes', comment: 'first words', created_at: original.createdAt });
    expect(await rowCounts([original.id])).toEqual({ items: [original.id], ratings: [original.id] });
  });

  it(`[${dialect}] answers duplicate for a repeated id with the same body inside one batch`, async () => {
    const item = ratingItem({ statementId: 'good-care-08', answer: 'sometimes' });
    const results = await syncItems(ctx.current.app, [item, { ...item, payload: { ...item.payload } }]);
    expect(results).toEqual([
      { id: item.id, status: 'stored' },
      { id: item.id, status: 'duplicate' },
    ]);
    expect(await rowCounts([item.id])).toEqual({ items: [item.id], ratings: [item.id] });
  });

  it(`[${dialect}] rejects a repeated id with a different body inside one batch and stores the first`, async () => {
    const first = ratingItem({ statementId: 'good-care-09', answer: 'yes' });
    const second = { ...first, payload: { ...first.payload, answer: 'skip' } };
    const results = await syncItems(ctx.current.app, [first, second]);
    expect(results[0]).toEqual({ id: first.id, status: 'stored' });
    expect(results[1]).toMatchObject({ id: first.id, status: 'rejected' });
    expect(results[1]?.reason).toMatch(/\S/);
    const { payload, rating } = await storedRow(first.id);
    expect(payload).toEqual(first.payload);
    expect(rating.answer).toBe('yes');
    expect(await rowCounts([first.id])).toEqual({ items: [first.id], ratings: [first.id] });
  });

  it(`[${dialect}] answers one result per item, in order, for a mixed good and bad batch`, async () => {
    const good = [ratingItem({ answer: 'yes' }), ratingItem({ answer: 'skip' }), ratingItem({ answer: 'sometimes' })];
    const badStatement = { ...ratingItem(), payload: { statementId: 'good-care-99', answer: 'yes' } };
    const badAnswer = { ...ratingItem(), payload: { statementId: 'good-care-04', answer: 'maybe' } };
    const extraField = { ...ratingItem(), payload: { statementId: 'good-care-04', answer: 'yes', name: 'Sam' } };
    const badId = { ...ratingItem(), id: 'not-a-uuid' };
    const badDate = { ...ratingItem(), createdAt: 'yesterday' };
    const batch = [good[0], badStatement, 42, good[1], badAnswer, extraField, badId, badDate, good[2]];

    const results = await syncItems(ctx.current.app, batch);

    const goodIds = good.map((item) => item.id);
    const expectedIds = [goodIds[0], badStatement.id, null, goodIds[1], badAnswer.id, extraField.id, 'not-a-uuid', badDate.id, goodIds[2]];
    expect(results.map((r) => r.id)).toEqual(expectedIds);
    const rejected = new Set([1, 2, 4, 5, 6, 7]);
    results.forEach((result, index) => {
      if (rejected.has(index)) {
        expect(result.status, `item ${index}`).toBe('rejected');
        expect(result.reason, `item ${index}`).toMatch(/\S/);
      } else {
        expect(result, `item ${index}`).toEqual({ id: expectedIds[index], status: 'stored' });
      }
    });
    expect(results[1]?.reason).toMatch(/statementId/);
    expect(results[4]?.reason).toMatch(/answer/);

    const badIds = [badStatement.id, badAnswer.id, extraField.id, badDate.id];
    expect(await rowCounts([...goodIds, ...badIds])).toEqual({ items: [...goodIds].sort(), ratings: [...goodIds].sort() });
  });

  it(`[${dialect}] rejects an unknown kind per item while the request still succeeds`, async () => {
    const poem = { id: randomUUID(), kind: 'poem', createdAt: new Date().toISOString(), payload: { text: 'roses' } };
    const rating = ratingItem();
    const response = await postSync(ctx.current.app, { items: [poem, rating] });
    expect(response.statusCode).toBe(200);
    const { results } = response.json<{ results: { id: string; status: string; reason?: string }[] }>();
    expect(results).toHaveLength(2);
    expect(results[0]).toMatchObject({ id: poem.id, status: 'rejected' });
    expect(results[0]?.reason).toMatch(/poem/);
    expect(results[1]).toEqual({ id: rating.id, status: 'stored' });
    expect((await rowCounts([poem.id])).items).toEqual([]);
  });
});
