/**
 * Test helpers for the outbox and sync client: a manual clock, a scripted transport, an exclusive
 * runner that knows when every drain has finished, and a harness wiring them to a fake IndexedDB.
 * Only imported by tests (it lives under tests/, not among the app's feature files).
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { STATEMENT_IDS } from '../../src/shared/content/statements';
import type { SyncItem, SyncResult } from '../../src/shared/sync/envelope';
import { Outbox } from '../../src/app/features/outbox/outbox';
import { type OutboxItem, YourSayDb } from '../../src/app/features/outbox/outbox-db';
import { type Clock, type ExclusiveRunner, type SyncClientOptions, type TransportAnswer, createSyncClient } from '../../src/app/features/outbox/sync-client';

/** Monday 6 January 2025, 09:00 UTC: the manual clock starts here. */
export const START = Date.UTC(2025, 0, 6, 9, 0, 0);

/** One real macrotask, so fake-indexeddb (which schedules with setImmediate) and all microtasks run. */
export function macrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Waits (in real macrotasks) until `condition` holds; fails loudly instead of hanging. */
export async function waitFor(condition: () => boolean, what = 'condition'): Promise<void> {
  for (let i = 0; i < 1000; i += 1) {
    if (condition()) return;
    await macrotask();
  }
  throw new Error(`Timed out waiting for ${what}`);
}

export function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** Runs `fn` after `depth` more microtask turns. */
export function afterMicrotasks(depth: number, fn: () => void): void {
  let chain = Promise.resolve();
  for (let i = 0; i < depth; i += 1) chain = chain.then(() => undefined);
  void chain.then(fn);
}

/** Runs `hook` once, when a drain first finds nothing left to send (the run's last look at the outbox). */
export function onLastLook(outbox: Outbox, hook: () => Promise<void>): void {
  const takeBatch = outbox.takeBatch.bind(outbox);
  let fired = false;
  outbox.takeBatch = async (...args) => {
    const batch = await takeBatch(...args);
    if (batch.length === 0 && !fired) {
      fired = true;
      await hook();
    }
    return batch;
  };
}

/** A clock that only moves when told to. `advance` runs due callbacks in time order, settling after each. */
export class ManualClock implements Clock {
  private current: number;
  private nextHandle = 1;
  private readonly timers = new Map<number, { at: number; callback: () => void }>();

  constructor(
    start = START,
    /** Awaited after each callback, so work the callback started (a drain) has finished. */
    public settle: () => Promise<void> = macrotask,
  ) {
    this.current = start;
  }

  now(): number {
    return this.current;
  }

  setTimeout(callback: () => void, ms: number): unknown {
    const handle = this.nextHandle;
    this.nextHandle += 1;
    this.timers.set(handle, { at: this.current + Math.max(0, ms), callback });
    return handle;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Times (ms since epoch) of the callbacks still waiting. */
  pending(): number[] {
    return [...this.timers.values()].map((timer) => timer.at).sort((a, b) => a - b);
  }

  /** Moves time on without running any callback, as when a timer fires late. */
  jump(ms: number): void {
    this.current += ms;
  }

  async advance(ms: number): Promise<void> {
    const target = this.current + ms;
    for (;;) {
      const due = [...this.timers.entries()]
        .filter(([, timer]) => timer.at <= target)
        .sort(([ha, a], [hb, b]) => a.at - b.at || ha - hb)[0];
      if (!due) break;
      const [handle, timer] = due;
      this.timers.delete(handle);
      this.current = Math.max(this.current, timer.at);
      timer.callback();
      await this.settle();
    }
    this.current = target;
    await this.settle();
  }
}

/** An exclusive runner that counts its uses and can wait until no drain is running. */
export function trackedRunner() {
  const pending = new Set<Promise<unknown>>();
  const state = { calls: 0, active: 0 };
  const exclusive: ExclusiveRunner = (work) => {
    state.calls += 1;
    state.active += 1;
    const promise = work();
    pending.add(promise);
    const done = () => {
      state.active -= 1;
      pending.delete(promise);
    };
    promise.then(done, done);
    return promise;
  };
  async function idle(): Promise<void> {
    for (;;) {
      await macrotask();
      if (pending.size === 0) return;
      await Promise.allSettled([...pending]);
    }
  }
  return { exclusive, idle, state };
}

export type Step = TransportAnswer | 'network-error' | ((items: SyncItem[]) => TransportAnswer | Promise<TransportAnswer>);

export const storeAll = (items: SyncItem[]): TransportAnswer => ({
  status: 200,
  results: items.map((item) => ({ id: item.id, status: 'stored' })),
});

/** A 200 whose result for each item is chosen by `statusOf`. */
export function answerEach(statusOf: (item: SyncItem) => Omit<SyncResult, 'id'>): Step {
  return (items) => ({ status: 200, results: items.map((item) => ({ id: item.id, ...statusOf(item) })) });
}

/** A fake SyncTransport: records every batch, answers from a script, then with `fallback`. */
export class ScriptedTransport {
  readonly batches: SyncItem[][] = [];
  readonly script: Step[] = [];
  fallback: Step = storeAll;
  maxInFlight = 0;
  /** Set if an item was sent while a request carrying it was still unanswered. */
  sentTwiceAtOnce = false;
  private readonly inFlight = new Set<string>();
  private requestsOpen = 0;

  reply(...steps: Step[]): this {
    this.script.push(...steps);
    return this;
  }

  get ids(): string[][] {
    return this.batches.map((batch) => batch.map((item) => item.id));
  }

  readonly send = async (items: SyncItem[]): Promise<TransportAnswer> => {
    this.batches.push(items);
    if (items.some((item) => this.inFlight.has(item.id))) this.sentTwiceAtOnce = true;
    for (const item of items) this.inFlight.add(item.id);
    this.requestsOpen += 1;
    this.maxInFlight = Math.max(this.maxInFlight, this.requestsOpen);
    try {
      const step = this.script.shift() ?? this.fallback;
      if (step === 'network-error') throw new TypeError('Failed to fetch');
      return typeof step === 'function' ? await step(items) : step;
    } finally {
      for (const item of items) this.inFlight.delete(item.id);
      this.requestsOpen -= 1;
    }
  };
}

/** A valid rating payload. */
export function rating(n = 0): { statementId: (typeof STATEMENT_IDS)[number]; answer: 'yes' } {
  return { statementId: STATEMENT_IDS[n % STATEMENT_IDS.length] ?? 'good-care-01', answer: 'yes' };
}

/** Predictable version-4 UUIDs, so failures are readable. */
export function testId(n: number): string {
  return `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
}

export function createTestDb(): YourSayDb {
  return new YourSayDb(`test-${crypto.randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

export function createTestOutbox(db = createTestDb()): Outbox {
  let n = 0;
  return new Outbox(db, () => testId((n += 1)));
}

export type HarnessOptions = Partial<Pick<SyncClientOptions, 'batchSize' | 'baseDelayMs' | 'maxDelayMs' | 'random'>>;

/** A sync client over a fresh fake IndexedDB, a manual clock and a scripted transport. */
export function createHarness(options: HarnessOptions = {}) {
  const outbox = createTestOutbox();
  const runner = trackedRunner();
  const clock = new ManualClock(START, runner.idle);
  const transport = new ScriptedTransport();
  const client = createSyncClient({ outbox, transport: transport.send, clock, random: () => 0.5, exclusive: runner.exclusive, ...options });
  /** Items whose createdAt is one second apart, in the order given by `order` (oldest = index 0). */
  async function enqueueMany(count: number, order: 'oldest-first' | 'newest-first' = 'oldest-first'): Promise<OutboxItem[]> {
    const items: OutboxItem[] = [];
    for (let i = 0; i < count; i += 1) {
      const age = order === 'oldest-first' ? i : count - 1 - i;
      items.push(await outbox.enqueue('rating', rating(i), new Date(START - 3_600_000 + age * 1000)));
    }
    return items;
  }
  return {
    outbox,
    db: outbox.db,
    runner,
    clock,
    transport,
    client,
    enqueueMany,
    close() {
      client.dispose();
      outbox.db.close();
    },
  };
}

export type Harness = ReturnType<typeof createHarness>;
