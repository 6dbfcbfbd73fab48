/**
 * Nothing in the outbox expires. A phone may stay offline for a very long time; what a child said
 * then is still sent, and an item the server turned down stays listed, with its reason, until the
 * child clears it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { statusOfWaiting } from './item-status';
import { type Harness, START, answerEach, createHarness, rating, testId } from '../../../../tests/support/outbox';

const YEAR_MS = 365 * 86_400_000;

let h: Harness;
afterEach(() => h?.close());

describe('queued items never expire', () => {
  it('items saved years ago are still sent, oldest first, with the time they were saved', async () => {
    h = createHarness();
    const old = [
      await h.outbox.enqueue('rating', rating(1), new Date(START - 6 * YEAR_MS)),
      await h.outbox.enqueue('rating', rating(2), new Date(START - 3 * YEAR_MS)),
      await h.outbox.enqueue('rating', rating(3), new Date(Date.UTC(2001, 0, 1))),
    ];
    h.clock.jump(2 * YEAR_MS); // and the phone stays offline two more years before it sends
    expect(await h.outbox.countWaiting()).toBe(3);

    expect(await h.client.drain()).toBe('done');
    expect(h.transport.batches.flat().map((item) => item.id)).toEqual([testId(3), testId(1), testId(2)]);
    expect(h.transport.batches.flat().map((item) => item.createdAt)).toEqual([old[2], old[0], old[1]].map((item) => item?.createdAt));
    expect(await h.outbox.countWaiting()).toBe(0);
    const receipts = await h.outbox.listSent();
    expect(receipts.map((receipt) => receipt.id).sort()).toEqual([testId(1), testId(2), testId(3)]);
    for (const receipt of receipts) expect(receipt.sentAt).toBe(new Date(START + 2 * YEAR_MS).toISOString());
  });

  it('a rejected item stays listed with its reason through years of automatic sends', async () => {
    h = createHarness();
    await h.outbox.enqueue('rating', rating(1), new Date(START - 4 * YEAR_MS));
    await h.outbox.enqueue('rating', rating(2), new Date(START - 4 * YEAR_MS + 1000));
    h.transport.reply(answerEach((item) => (item.id === testId(1) ? { status: 'rejected', reason: 'payload.answer: invalid' } : { status: 'stored' })));
    expect(await h.client.drain()).toBe('done');

    for (let year = 0; year < 5; year += 1) {
      h.clock.jump(YEAR_MS);
      await h.outbox.enqueue('rating', rating(3 + year), new Date(h.clock.now()));
      expect(await h.client.drain()).toBe('done');
    }
    const waiting = await h.outbox.listWaiting();
    expect(waiting).toEqual([expect.objectContaining({ id: testId(1), state: 'rejected', reason: 'payload.answer: invalid', attempts: 1 })]);
    expect(statusOfWaiting(waiting[0]!)).toEqual({ state: 'rejected', reason: 'payload.answer: invalid' });
    // Automatic sends leave it alone; only "Send now" tries it again.
    expect(h.transport.batches.flat().filter((item) => item.id === testId(1))).toHaveLength(1);

    h.transport.reply(answerEach(() => ({ status: 'rejected', reason: 'still invalid' })));
    expect(await h.client.drain({ manual: true })).toBe('done');
    expect(await h.outbox.listWaiting()).toEqual([expect.objectContaining({ id: testId(1), state: 'rejected', reason: 'still invalid', attempts: 2 })]);
  });
});
