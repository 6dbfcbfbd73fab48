import { type LeaseStorage, leaseRunner } from './lease-lock';
import type { ExclusiveRunner } from './sync-client';

const LOCK_NAME = 'your-say-outbox-drain';

/**
 * One drain at a time across tabs and the service worker (Web Locks). Where Web Locks are missing,
 * tabs share a lease in localStorage instead; with neither, a drain still runs, and the server's
 * idempotent storage makes an overlap harmless.
 */
export function webLockRunner(
  locks: LockManager | undefined = globalThis.navigator?.locks,
  // Passed in by a page. A service worker has no localStorage: without Web Locks it drains unguarded.
  storage?: LeaseStorage,
): ExclusiveRunner {
  if (!locks) return storage ? leaseRunner({ storage }) : (work) => work();
  return <T>(work: () => Promise<T>) => locks.request(LOCK_NAME, { mode: 'exclusive' }, () => work()) as Promise<T>;
}
