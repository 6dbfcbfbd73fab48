import type { SyncItem, SyncResult } from '../../../shared/sync/envelope';
import { type Outbox, toSyncItem } from './outbox';
import { TOO_BIG_REASON } from './reasons';

export interface TransportAnswer {
  status: number;
  /** From a Retry-After header, already turned into milliseconds. */
  retryAfterMs?: number;
  results?: SyncResult[];
}

/** Sends one batch. Throws when the network fails (no answer at all). */
export type SyncTransport = (items: SyncItem[]) => Promise<TransportAnswer>;

export interface Clock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Runs work so that only one drain happens at a time across tabs and the service worker. */
export type ExclusiveRunner = <T>(work: () => Promise<T>) => Promise<T>;


export interface SyncClientOptions {
  outbox: Outbox;
  transport: SyncTransport;
  clock?: Clock;
  random?: () => number;
  batchSize?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  exclusive?: ExclusiveRunner;
}

export interface DrainOptions {
  /** The child pressed "Send now": try rejected items once more, and skip the backoff wait. */
  manual?: boolean;
  /** Something changed (the phone came online): skip the backoff wait. Retry-After still holds. */
  skipBackoff?: boolean;
}

export type DrainOutcome = 'done' | 'retry-scheduled' | 'waiting-for-server';

export interface SyncClient {
  drain(options?: DrainOptions): Promise<DrainOutcome>;
  /** When the next automatic try is due (ms since epoch), if one is scheduled. */
  nextTryAt(): number | undefined;
  dispose(): void;
}

export function createSyncClient(options: SyncClientOptions): SyncClient {
  const clock = options.clock ?? systemClock;
  const random = options.random ?? Math.random;
  const exclusive: ExclusiveRunner = options.exclusive ?? ((work) => work());
  const baseDelayMs = options.baseDelayMs ?? 1_000;
  const maxDelayMs = options.maxDelayMs ?? 5 * 60_000;
  // 250 small items stay far below the server's 1 MB limit; a 413 halves the batch anyway.
  const maxBatchSize = options.batchSize ?? 250;
  let failures = 0;
  let retryAfterUntil = 0;
  let timer: unknown;
  let timerAt: number | undefined;
  let running: Promise<DrainOutcome> | undefined;
  let rerun: DrainOptions | undefined;
  let disposed = false;

  function schedule(at: number): void {
    if (disposed) return;
    if (timer !== undefined) clock.clearTimeout(timer);
    timerAt = at;
    timer = clock.setTimeout(() => {
      timer = undefined;
      timerAt = undefined;
      void drain();
    }, Math.max(0, at - clock.now()));
  }

  /** Exponential backoff with "equal jitter": never zero, never more than the cap. */
  function backoff(): DrainOutcome {
    failures += 1;
    const ceiling = Math.min(maxDelayMs, baseDelayMs * 2 ** Math.min(failures - 1, 30));
    schedule(clock.now() + ceiling / 2 + random() * (ceiling / 2));
    return 'retry-scheduled';
  }

  async function sendAll(manual: boolean): Promise<DrainOutcome> {
    const tried = new Set<string>();
    // A 413 shrinks batches for the rest of this run only; the next run starts at full size again.
    let batchSize = maxBatchSize;
    for (;;) {
      const batch = await options.outbox.takeBatch(batchSize, { includeRejected: manual, exclude: tried });
      if (batch.length === 0) {
        failures = 0;
        return 'done';
      }
      let answer: TransportAnswer;
      try {
        answer = await options.transport(batch.map(toSyncItem));
      } catch {
        return backoff();
      }
      if (answer.status === 413) {
        if (batch.length === 1 && batch[0]) {
          await options.outbox.markRejected(batch[0], TOO_BIG_REASON);
          tried.add(batch[0].id);
        }
        batchSize = Math.max(1, Math.floor(batch.length / 2));
        continue;
      }
      if (answer.retryAfterMs !== undefined && (answer.status === 429 || answer.status === 503)) {
        retryAfterUntil = clock.now() + answer.retryAfterMs;
        schedule(retryAfterUntil);
        return 'waiting-for-server';
      }
      if (answer.status !== 200 || !answer.results || answer.results.length !== batch.length) return backoff();
      await options.outbox.settle(batch, answer.results, new Date(clock.now()));
      for (const item of batch) tried.add(item.id);
    }
  }

  async function drainOnce(drainOptions: DrainOptions): Promise<DrainOutcome> {
    const manual = drainOptions.manual === true;
    if (clock.now() < retryAfterUntil) return 'waiting-for-server';
    const skipBackoff = manual || drainOptions.skipBackoff === true;
    if (!skipBackoff && timerAt !== undefined && clock.now() < timerAt) return 'retry-scheduled';
    if (timer !== undefined) clock.clearTimeout(timer);
    timer = undefined;
    timerAt = undefined;
    return exclusive(() => sendAll(manual));
  }

  function drain(drainOptions: DrainOptions = {}): Promise<DrainOutcome> {
    if (disposed) return Promise.resolve('done');
    if (running) {
      // A trigger while sending: run once more afterwards, so items saved meanwhile go too.
      rerun = {
        manual: rerun?.manual === true || drainOptions.manual === true,
        skipBackoff: rerun?.skipBackoff === true || drainOptions.skipBackoff === true,
      };
      return running;
    }
    // `running` is cleared in the same turn as the last rerun check, so no trigger can slip between them.
    const run = (async () => {
      try {
        let outcome = await drainOnce(drainOptions);
        while (rerun && outcome === 'done') {
          const next = rerun;
          rerun = undefined;
          outcome = await drainOnce(next);
        }
        return outcome;
      } finally {
        rerun = undefined;
        running = undefined;
      }
    })();
    running = run;
    return run;
  }

  return {
    drain,
    nextTryAt: () => (retryAfterUntil > clock.now() ? retryAfterUntil : timerAt),
    dispose() {
      disposed = true;
      if (timer !== undefined) clock.clearTimeout(timer);
    },
  };
}
