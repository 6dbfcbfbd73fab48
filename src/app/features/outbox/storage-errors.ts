/**
 * Sorts errors from IndexedDB (and Dexie's wrappers round them) into the few kinds a child is told
 * about in plain words. Pure and tiny: it names no Dexie class, so any screen can use it.
 */
export type StorageProblemKind = 'open-failed' | 'quota' | 'connection-lost' | 'other';

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  inner?: unknown;
  cause?: unknown;
  failures?: unknown;
}

/** The database could not be opened at all (missing, refused, private mode, blocked, too new). */
const OPEN_FAILED = new Set([
  'OpenFailedError',
  'MissingAPIError',
  'NoSuchDatabaseError',
  'SecurityError',
  'NotAllowedError',
  'VersionError',
  'UpgradeError',
  'BlockedError',
]);

/** The connection went away under us; closing and opening again usually mends it. */
const CONNECTION_LOST = new Set(['DatabaseClosedError', 'VersionChangeError', 'UnknownError']);

/**
 * The error and everything it wraps, outermost first: Dexie's `inner`, a standard `cause`, and the
 * `failures` of a BulkError or ModifyError (a quota error often hides there, or under an AbortError).
 */
export function errorChain(error: unknown, limit = 32): ErrorLike[] {
  const chain: ErrorLike[] = [];
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && chain.length < limit) {
    const next = queue.shift();
    if (typeof next !== 'object' || next === null || seen.has(next)) continue;
    seen.add(next);
    const node = next as ErrorLike;
    chain.push(node);
    queue.push(node.inner, node.cause);
    if (Array.isArray(node.failures)) queue.push(...(node.failures as unknown[]));
    else if (typeof node.failures === 'object' && node.failures !== null) queue.push(...Object.values(node.failures));
  }
  return chain;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function kindOf(node: ErrorLike): StorageProblemKind | undefined {
  const name = text(node.name);
  const message = text(node.message);
  // 22 is QuotaExceededError's legacy DOMException code; old Firefox says NS_ERROR_DOM_QUOTA_REACHED.
  if (name === 'QuotaExceededError' || /quota/i.test(name) || node.code === 22 || /quota|out of (disk )?space|disk is full/i.test(message)) {
    return 'quota';
  }
  if (OPEN_FAILED.has(name)) return 'open-failed';
  // Chrome: "Internal error opening backing store"; Safari: "Connection to Indexed Database server lost".
  if (name === 'UnknownError' && /opening|\.open\b/i.test(message)) return 'open-failed';
  // Firefox in private mode refuses with InvalidStateError; a closing connection says so.
  if (name === 'InvalidStateError') return /clos/i.test(message) ? 'connection-lost' : 'open-failed';
  if (CONNECTION_LOST.has(name) || /connection.*lost|lost.*connection/i.test(message)) return 'connection-lost';
  return undefined;
}

const PRIORITY: readonly StorageProblemKind[] = ['quota', 'open-failed', 'connection-lost'];

/**
 * Which kind of storage problem this is. A quota error anywhere in the chain wins (the fix is the
 * child's: free some space); then a failed open (Dexie reports it as DatabaseClosedError wrapping the
 * cause once the first attempt has failed); then a lost connection; anything else is `other`.
 */
export function classifyStorageError(error: unknown): StorageProblemKind {
  const kinds = new Set(errorChain(error).map(kindOf));
  return PRIORITY.find((kind) => kinds.has(kind)) ?? 'other';
}

/**
 * Another tab moved the database to a newer version than this page's code can open. Waiting or
 * trying again will not help; loading the new version of the app will.
 */
export function isNewerVersionError(error: unknown): boolean {
  return errorChain(error).some((node) => node.name === 'VersionError');
}

/** Trying again after these means closing and opening the database first. */
export function needsReopen(error: unknown): boolean {
  const kind = classifyStorageError(error);
  return kind === 'open-failed' || kind === 'connection-lost';
}
