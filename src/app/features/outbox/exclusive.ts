import type { ExclusiveRunner } from './sync-client';

const LOCK_NAME = 'your-say-outbox-drain';

/**
 * One drain at a time across tabs and the service worker (Web Locks). Where Web Locks are
 * missing, a drain still runs: the server's idempotent storage makes a rare overlap harmless.
 */
export function webLockRunner(locks: LockManager | undefined = globalThis.navigator?.locks): ExclusiveRunner {
  if (!locks) return (work) => work();
  return <T>(work: () => Promise<T>) => locks.request(LOCK_NAME, { mode: 'exclusive' }, () => work()) as Promise<T>;
}
