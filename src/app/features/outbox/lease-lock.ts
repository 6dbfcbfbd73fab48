import type { ExclusiveRunner } from './sync-client';

/** The part of localStorage a lease uses, spelt out: the service worker's types have no Storage. */
export interface LeaseStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export interface LeaseOptions {
  storage: LeaseStorage;
  owner?: string;
  key?: string;
  /** A lease not renewed for this long is taken over (a tab that closed mid-drain). */
  ttlMs?: number;
  pollMs?: number;
  /** Time to let a racing tab's write land before trusting ours. */
  settleMs?: number;
}

interface Lease {
  owner: string;
  expires: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Where Web Locks are missing: a lease in localStorage, shared by the tabs of this origin. A tab
 * waits while another holds an unexpired lease, writes its own, waits a moment and checks it still
 * holds it (so two tabs that wrote at once do not both go on), and renews it while it works.
 * Not a perfect mutex; the server's idempotent storage makes a rare overlap harmless.
 */
export function leaseRunner(options: LeaseOptions): ExclusiveRunner {
  const { storage } = options;
  const owner = options.owner ?? crypto.randomUUID();
  const key = options.key ?? 'your-say:drain-lease';
  const ttlMs = options.ttlMs ?? 15_000;
  const pollMs = options.pollMs ?? 100;
  const settleMs = options.settleMs ?? 30;

  const read = (): Lease | undefined => {
    try {
      return JSON.parse(storage.getItem(key) ?? 'null') ?? undefined;
    } catch {
      return undefined;
    }
  };
  const write = () => storage.setItem(key, JSON.stringify({ owner, expires: Date.now() + ttlMs }));

  async function acquire(): Promise<void> {
    for (;;) {
      const lease = read();
      if (!lease || lease.expires < Date.now()) {
        write();
        await sleep(settleMs);
        if (read()?.owner === owner) return;
      }
      await sleep(pollMs);
    }
  }

  // Work from this tab queues here first, so the lease is never taken twice by the same tab.
  let queue: Promise<unknown> = Promise.resolve();

  const runHeld = async <T>(work: () => Promise<T>): Promise<T> => {
    await acquire();
    const renew = setInterval(() => {
      if (read()?.owner === owner) write();
    }, ttlMs / 3);
    try {
      return await work();
    } finally {
      clearInterval(renew);
      if (read()?.owner === owner) storage.removeItem(key);
    }
  };

  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(() => runHeld(work));
    queue = run.catch(() => undefined);
    return run;
  };
}
