import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { COMMENT_MAX_CHARS } from '../../../shared/kinds/rating';
import { InvalidItemError, type Outbox, toSyncItem } from './outbox';
import { YourSayDb } from './outbox-db';
import { START, createTestOutbox, rating, testId } from '../../../../tests/support/outbox';

let outbox: Outbox;

afterEach(() => outbox?.db.close());

const at = (seconds: number) => new Date(START + seconds * 1000);

describe('Outbox.enqueue', () => {
  it('stores a valid item as queued, with its id, kind, payload and creation time', async () => {
    outbox = createTestOutbox();
    const payload = { ...rating(3), comment: 'My carer listens.' };
    const item = await outbox.enqueue('rating', payload, at(0));
    expect(item).toEqual({ id: testId(1), kind: 'rating', createdAt: '2025-01-06T09:00:00.000Z', payload, state: 'queued', attempts: 0 });
    expect(await outbox.listWaiting()).toEqual([item]);
  });

  it('has written the item to IndexedDB by the time it resolves (another connection sees it)', async () => {
    const factory = new IDBFactory();
    const name = `test-${crypto.randomUUID()}`;
    outbox = createTestOutbox(new YourSayDb(name, { indexedDB: factory, IDBKeyRange }));
    await outbox.enqueue('rating', rating(), at(0));
    const other = new YourSayDb(name, { indexedDB: factory, IDBKeyRange });
    try {
      expect(await other.outbox.get(testId(1))).toMatchObject({ kind: 'rating', state: 'queued' });
    } finally {
      other.close();
    }
  });

  it.each([
    ['an answer that is not one of the choices', { statementId: 'good-care-01', answer: 'maybe' }],
    ['an unknown statement', { statementId: 'good-care-99', answer: 'yes' }],
    ['a missing answer', { statementId: 'good-care-01' }],
    ['an extra field', { ...rating(), name: 'Sam' }],
    ['a comment over the limit', { ...rating(), comment: 'x'.repeat(COMMENT_MAX_CHARS + 1) }],
    ['no payload at all', undefined],
  ])('rejects %s with InvalidItemError and stores nothing', async (_what, payload) => {
    outbox = createTestOutbox();
    await expect(outbox.enqueue('rating', payload, at(0))).rejects.toBeInstanceOf(InvalidItemError);
    expect(await outbox.countWaiting()).toBe(0);
  });

  it('rejects an unknown kind and says which', async () => {
    outbox = createTestOutbox();
    const error = await outbox.enqueue('drawing', rating(), at(0)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidItemError);
    expect((error as Error).message).toContain('drawing');
    expect(await outbox.countWaiting()).toBe(0);
  });

  it('names the field that is wrong', async () => {
    outbox = createTestOutbox();
    await expect(outbox.enqueue('rating', { statementId: 'good-care-01', answer: 'maybe' })).rejects.toThrow(/answer/);
  });
});

describe('Outbox.takeBatch', () => {
  it('takes the oldest first, whatever order they were saved in, up to the limit', async () => {
    outbox = createTestOutbox();
    await outbox.enqueue('rating', rating(), at(30)); // id 1
    await outbox.enqueue('rating', rating(), at(10)); // id 2
    await outbox.enqueue('rating', rating(), at(20)); // id 3
    expect((await outbox.takeBatch(2)).map((item) => item.id)).toEqual([testId(2), testId(3)]);
    expect((await outbox.takeBatch(10)).map((item) => item.id)).toEqual([testId(2), testId(3), testId(1)]);
  });

  it('skips rejected items unless asked, and the limit counts only the items it takes', async () => {
    outbox = createTestOutbox();
    const old1 = await outbox.enqueue('rating', rating(), at(1));
    const old2 = await outbox.enqueue('rating', rating(), at(2));
    await outbox.enqueue('rating', rating(), at(3));
    await outbox.enqueue('rating', rating(), at(4));
    await outbox.markRejected(old1, 'nope');
    await outbox.markRejected(old2, 'nope');
    expect((await outbox.takeBatch(2)).map((item) => item.id)).toEqual([testId(3), testId(4)]);
    expect((await outbox.takeBatch(2, { includeRejected: true })).map((item) => item.id)).toEqual([testId(1), testId(2)]);
  });

  it('leaves out excluded ids', async () => {
    outbox = createTestOutbox();
    await outbox.enqueue('rating', rating(), at(1));
    await outbox.enqueue('rating', rating(), at(2));
    await outbox.enqueue('rating', rating(), at(3));
    const batch = await outbox.takeBatch(2, { exclude: new Set([testId(1)]) });
    expect(batch.map((item) => item.id)).toEqual([testId(2), testId(3)]);
  });
});

describe('Outbox.settle', () => {
  it('moves stored and duplicate items to receipts, and marks rejected ones with the reason', async () => {
    outbox = createTestOutbox();
    const a = await outbox.enqueue('rating', rating(1), at(1));
    const b = await outbox.enqueue('rating', rating(2), at(2));
    const c = await outbox.enqueue('rating', rating(3), at(3));
    const sentAt = new Date(START + 60_000);
    await outbox.settle(
      [a, b, c],
      [
        { id: a.id, status: 'stored' },
        { id: b.id, status: 'duplicate' },
        { id: c.id, status: 'rejected', reason: 'payload.answer: invalid' },
      ],
      sentAt,
    );
    expect(await outbox.listWaiting()).toEqual([{ ...c, state: 'rejected', reason: 'payload.answer: invalid', attempts: 1 }]);
    const sent = await outbox.listSent();
    expect(sent.map((r) => r.id).sort()).toEqual([a.id, b.id]);
    for (const receipt of sent) expect(receipt.sentAt).toBe(sentAt.toISOString());
    expect(sent.find((r) => r.id === a.id)).toEqual({ id: a.id, kind: 'rating', label: 'answer', sentAt: sentAt.toISOString() });
  });

  it('ignores results for ids it did not send (or with no id), and records an empty reason when none is given', async () => {
    outbox = createTestOutbox();
    const a = await outbox.enqueue('rating', rating(), at(1));
    const b = await outbox.enqueue('rating', rating(), at(2));
    await outbox.settle(
      [a],
      [
        { id: null, status: 'stored' },
        { id: b.id, status: 'stored' },
        { id: a.id, status: 'rejected' },
      ],
      at(5),
    );
    expect(await outbox.listWaiting()).toEqual([
      { ...a, state: 'rejected', reason: '', attempts: 1 },
      b,
    ]);
    expect(await outbox.listSent()).toEqual([]);
  });

  it('counts attempts across rejections', async () => {
    outbox = createTestOutbox();
    const a = await outbox.enqueue('rating', rating(), at(1));
    await outbox.markRejected(a, 'too-big');
    const [again] = await outbox.takeBatch(1, { includeRejected: true });
    expect(again).toMatchObject({ state: 'rejected', reason: 'too-big', attempts: 1 });
    await outbox.settle([again!], [{ id: a.id, status: 'rejected', reason: 'still no' }], at(2));
    expect(await outbox.listWaiting()).toMatchObject([{ state: 'rejected', reason: 'still no', attempts: 2 }]);
  });
});

describe('Outbox lists', () => {
  it('lists receipts newest first and counts what is waiting', async () => {
    outbox = createTestOutbox();
    const a = await outbox.enqueue('rating', rating(), at(1));
    const b = await outbox.enqueue('rating', rating(), at(2));
    await outbox.enqueue('rating', rating(), at(3));
    await outbox.settle([a], [{ id: a.id, status: 'stored' }], at(10));
    await outbox.settle([b], [{ id: b.id, status: 'stored' }], at(20));
    expect((await outbox.listSent()).map((r) => r.id)).toEqual([b.id, a.id]);
    expect(await outbox.countWaiting()).toBe(1);
  });

  it('toSyncItem sends only what the envelope carries', async () => {
    outbox = createTestOutbox();
    const a = await outbox.enqueue('rating', rating(), at(1));
    expect(toSyncItem({ ...a, state: 'rejected', reason: 'x', attempts: 3 })).toEqual({
      id: a.id,
      kind: 'rating',
      createdAt: a.createdAt,
      payload: a.payload,
    });
  });
});
