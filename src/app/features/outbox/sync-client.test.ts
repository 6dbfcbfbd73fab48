import { afterEach, describe, expect, it } from 'vitest';
import { TOO_BIG_REASON } from './reasons';
import type { DrainOutcome } from './sync-client';
import { type Harness, START, type Step, afterMicrotasks, answerEach, createHarness, deferred, onLastLook, rating, storeAll, testId, waitFor } from '../../../../tests/support/outbox';

let h: Harness;
afterEach(() => h?.close());

const ids = (items: { id: string }[]) => items.map((item) => item.id);
const delay = () => (h.client.nextTryAt() ?? Number.NaN) - h.clock.now();

describe('saving and sending', () => {
  it('enqueue only writes: no request until a drain', async () => {
    h = createHarness();
    await h.outbox.enqueue('rating', rating());
    expect(h.transport.batches).toEqual([]);
    expect(await h.outbox.countWaiting()).toBe(1);
    expect(await h.client.drain()).toBe('done');
    expect(h.transport.batches).toHaveLength(1);
    expect(await h.outbox.countWaiting()).toBe(0);
  });

  it('sends 250 items as batches of 100, 100 and 50, oldest first', async () => {
    h = createHarness({ batchSize: 100 });
    const items = await h.enqueueMany(250, 'newest-first');
    const oldestFirst = [...items].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    expect(await h.client.drain()).toBe('done');
    expect(h.transport.batches.map((batch) => batch.length)).toEqual([100, 100, 50]);
    expect(h.transport.ids.flat()).toEqual(ids(oldestFirst));
    expect(await h.outbox.countWaiting()).toBe(0);
    expect(await h.outbox.listSent()).toHaveLength(250);
  });

  it('applies per-item results: stored and duplicate leave with a receipt, rejected stay', async () => {
    h = createHarness();
    const [a, b, c] = await h.enqueueMany(3);
    h.transport.reply(answerEach((item) => (item.id === c!.id ? { status: 'rejected', reason: 'bad answer' } : { status: item.id === a!.id ? 'stored' : 'duplicate' })));
    expect(await h.client.drain()).toBe('done');
    expect(await h.outbox.listWaiting()).toEqual([{ ...c, state: 'rejected', reason: 'bad answer', attempts: 1 }]);
    const sent = await h.outbox.listSent();
    expect(ids(sent).sort()).toEqual([a!.id, b!.id]);
    expect(sent.map((r) => r.sentAt)).toEqual([new Date(START).toISOString(), new Date(START).toISOString()]);
    await h.clock.advance(60_000);
    expect(await h.client.drain()).toBe('done');
    expect(await h.client.drain({ skipBackoff: true })).toBe('done');
    expect(h.transport.batches).toHaveLength(1);
    h.transport.reply(answerEach(() => ({ status: 'rejected', reason: 'still bad' })));
    expect(await h.client.drain({ manual: true })).toBe('done');
    expect(h.transport.ids).toEqual([[a!.id, b!.id, c!.id], [c!.id]]);
    expect(await h.outbox.listWaiting()).toMatchObject([{ id: c!.id, state: 'rejected', reason: 'still bad', attempts: 2 }]);
    expect(await h.client.drain({ manual: true })).toBe('done');
    expect(h.transport.ids).toEqual([[a!.id, b!.id, c!.id], [c!.id], [c!.id]]);
    expect(await h.outbox.countWaiting()).toBe(0);
  });
});

describe('nothing leaves before the server confirms it', () => {
  const cases: [string, Step][] = [
    ['no network', 'network-error'],
    ['a 500', { status: 500 }],
    ['a 503 without Retry-After', { status: 503 }],
    ['a 429 without Retry-After', { status: 429 }],
    ['a 200 without results', { status: 200 }],
    ['a 500 that carries results anyway', (items) => ({ ...storeAll(items), status: 500 })],
    ['a 200 with fewer results than items', (items) => ({ status: 200, results: [{ id: items[0]!.id, status: 'stored' }] })],
  ];
  it.each(cases)('keeps every item after %s', async (_what, step) => {
    h = createHarness();
    const items = await h.enqueueMany(3);
    h.transport.reply(step);
    expect(await h.client.drain()).toBe('retry-scheduled');
    expect(await h.outbox.listWaiting()).toEqual(items);
    expect(await h.outbox.listSent()).toEqual([]);
  });
});

describe('backoff', () => {
  it('grows exponentially with jitter inside [ceiling/2, ceiling], capped, and resets after a success', async () => {
    const randoms = [0, 0.25, 0.5, 0.75, 0.999, 0.5, 0.5];
    h = createHarness({ baseDelayMs: 1000, maxDelayMs: 8000, random: () => randoms.shift() ?? 0.5 });
    h.transport.fallback = 'network-error';
    await h.enqueueMany(1);
    const ceilings = [1000, 2000, 4000, 8000, 8000, 8000];
    const seen: number[] = [];
    expect(await h.client.drain()).toBe('retry-scheduled');
    for (const [i, ceiling] of ceilings.entries()) {
      const wait = delay();
      seen.push(wait);
      expect(wait).toBeGreaterThanOrEqual(ceiling / 2);
      expect(wait).toBeLessThanOrEqual(ceiling);
      expect(h.clock.pending()).toEqual([h.clock.now() + wait]);
      await h.clock.advance(wait - 1);
      expect(h.transport.batches).toHaveLength(i + 1);
      if (i === ceilings.length - 1) h.transport.fallback = storeAll;
      await h.clock.advance(1);
      expect(h.transport.batches).toHaveLength(i + 2);
    }
    expect(seen).toEqual([500, 1250, 3000, 7000, 7996, 6000]);
    expect(await h.outbox.countWaiting()).toBe(0);
    expect(h.client.nextTryAt()).toBeUndefined();
    h.transport.fallback = 'network-error';
    await h.enqueueMany(1);
    expect(await h.client.drain()).toBe('retry-scheduled');
    expect(delay()).toBe(750);
  });

  it('an automatic drain waits out the backoff, skipBackoff sends at once', async () => {
    h = createHarness({ baseDelayMs: 10_000 });
    await h.enqueueMany(2);
    h.transport.reply('network-error');
    await h.client.drain();
    expect(delay()).toBe(7500);
    expect(await h.client.drain()).toBe('retry-scheduled');
    expect(h.transport.batches).toHaveLength(1);
    expect(await h.client.drain({ skipBackoff: true })).toBe('done');
    expect(h.transport.batches).toHaveLength(2);
    expect(await h.outbox.countWaiting()).toBe(0);
    expect(h.client.nextTryAt()).toBeUndefined();
    expect(h.clock.pending()).toEqual([]);
  });
});

describe('Retry-After', () => {
  it.each([429, 503])('after a %i, nothing is sent before the time, even when asked, and it is sent right after', async (status) => {
    h = createHarness();
    await h.enqueueMany(2);
    h.transport.reply({ status, retryAfterMs: 30_000 });
    expect(await h.client.drain()).toBe('waiting-for-server');
    expect(h.client.nextTryAt()).toBe(START + 30_000);
    await h.clock.advance(29_999);
    expect(await h.client.drain()).toBe('waiting-for-server');
    expect(await h.client.drain({ skipBackoff: true })).toBe('waiting-for-server');
    expect(await h.client.drain({ manual: true })).toBe('waiting-for-server');
    expect(h.transport.batches).toHaveLength(1);
    await h.clock.advance(1);
    expect(h.transport.batches).toHaveLength(2);
    expect(await h.outbox.countWaiting()).toBe(0);
  });

  it('a manual drain goes through right at the time, even if the timer is late', async () => {
    h = createHarness();
    await h.enqueueMany(1);
    h.transport.reply({ status: 429, retryAfterMs: 5000 });
    await h.client.drain();
    h.clock.jump(4999); // time passes, but the timer has not fired (a throttled tab)
    expect(await h.client.drain({ manual: true })).toBe('waiting-for-server');
    h.clock.jump(1);
    expect(h.transport.batches).toHaveLength(1);
    expect(await h.client.drain({ manual: true })).toBe('done');
    expect(h.transport.batches).toHaveLength(2);
    expect(h.clock.pending()).toEqual([]);
  });
});

describe('413 Payload Too Large', () => {
  it('halves the batch size until the server accepts', async () => {
    h = createHarness({ batchSize: 8 });
    await h.enqueueMany(8);
    h.transport.fallback = (items) => (items.length > 2 ? { status: 413 } : storeAll(items));
    expect(await h.client.drain()).toBe('done');
    expect(h.transport.batches.map((batch) => batch.length)).toEqual([8, 4, 2, 2, 2, 2]);
    // The next run starts at full size again, so one big item does not leave the client
    // sending tiny batches for ever.
    await h.enqueueMany(8);
    h.transport.fallback = storeAll;
    expect(await h.client.drain()).toBe('done');
    expect(h.transport.batches.at(-1)).toHaveLength(8);
    expect(await h.outbox.countWaiting()).toBe(0);
  });

  it('marks a single item that is too big as rejected "too-big" and sends the rest', async () => {
    h = createHarness({ batchSize: 4 });
    const [a, big, c] = await h.enqueueMany(3);
    h.transport.fallback = (items) => (items.some((item) => item.id === big!.id) ? { status: 413 } : storeAll(items));
    expect(await h.client.drain()).toBe('done');
    expect(h.transport.ids).toEqual([[a!.id, big!.id, c!.id], [a!.id], [big!.id], [c!.id]]);
    expect(await h.outbox.listWaiting()).toEqual([{ ...big, state: 'rejected', reason: TOO_BIG_REASON, attempts: 1 }]);
    expect(await h.client.drain()).toBe('done');
    expect(h.transport.batches).toHaveLength(4);
  });
});

describe('one drain at a time', () => {
  it('concurrent drains share one run and never send an item twice at once', async () => {
    h = createHarness();
    await h.enqueueMany(3);
    const gate = deferred<void>();
    h.transport.reply(async (items) => {
      await gate.promise;
      return storeAll(items);
    });
    const first = h.client.drain();
    await waitFor(() => h.transport.batches.length === 1, 'the first request');
    expect(h.client.drain()).toBe(first);
    expect(h.client.drain({ manual: true })).toBe(first);
    gate.resolve();
    expect(await first).toBe('done');
    expect(h.transport.batches).toHaveLength(1);
    expect(h.transport.maxInFlight).toBe(1);
    expect(h.transport.sentTwiceAtOnce).toBe(false);
  });

  it('an item saved during a run, after the run last looked, is sent by a follow-up run', async () => {
    h = createHarness();
    const [a] = await h.enqueueMany(1);
    let late: Promise<unknown> | undefined;
    onLastLook(h.outbox, async () => {
      await h.outbox.enqueue('rating', rating(), new Date(START));
      late = h.client.drain();
    });
    expect(await h.client.drain()).toBe('done');
    expect(late).toBeDefined();
    expect(h.transport.ids).toEqual([[a!.id], [testId(2)]]);
    expect(await h.outbox.countWaiting()).toBe(0);
    expect(h.runner.state.calls).toBe(2);
  });

  // A drain() in the microtask turns around a run's end must not get the finished run back.
  it('a trigger in the microtasks as a run finishes is not lost', async () => {
    for (let depth = 0; depth <= 8; depth += 1) {
      h?.close();
      h = createHarness();
      await h.enqueueMany(1);
      let late: Promise<DrainOutcome> | undefined;
      onLastLook(h.outbox, async () => {
        await h.outbox.enqueue('rating', rating(), new Date(START));
        afterMicrotasks(depth, () => (late = h.client.drain()));
      });
      await h.client.drain();
      await waitFor(() => late !== undefined, 'the late trigger');
      await late;
      await h.runner.idle();
      expect(await h.outbox.countWaiting(), `trigger ${depth} microtasks after the last look`).toBe(0);
    }
  });

  it('every drain runs inside the exclusive runner', async () => {
    h = createHarness();
    const activeAtSend: number[] = [];
    h.transport.fallback = (items) => {
      activeAtSend.push(h.runner.state.active);
      return storeAll(items);
    };
    await h.enqueueMany(1);
    await h.client.drain();
    await h.enqueueMany(1);
    await h.client.drain({ manual: true });
    expect(h.runner.state.calls).toBe(2);
    expect(activeAtSend).toEqual([1, 1]);
    expect(h.runner.state.active).toBe(0);
  });
});
