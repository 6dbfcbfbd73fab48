import { liveQuery } from 'dexie';
import type { KindedPayload } from '../../../shared/kinds/registry';
import { Outbox } from './outbox';
import type { OutboxItem, SentReceipt, YourSayDb } from './outbox-db';
import { isNewerVersionError, needsReopen } from './storage-errors';
import { type DrainOptions, type DrainOutcome, type ExclusiveRunner, type SyncTransport, createSyncClient } from './sync-client';

export interface OutboxSnapshot {
  waiting: OutboxItem[];
  sent: SentReceipt[];
}

export interface OutboxServiceOptions {
  db: YourSayDb;
  transport: SyncTransport;
  exclusive?: ExclusiveRunner;
  makeId?: () => string;
  /** Asks the browser to keep our storage when space runs low (navigator.storage.persist). */
  persist?: () => Promise<boolean>;
  /** Asks the service worker to send later, even if this page is closed. */
  registerBackgroundSync?: () => Promise<void>;
  /** The database on disk is newer than this code can open: the child should load the new version. */
  onNewVersion?: () => void;
}

/**
 * Everything the screens do with the outbox. Storage errors are never swallowed: each one reaches
 * the caller (to be shown in plain words), and one that leaves the connection in doubt makes the
 * next use close and open the database first.
 */
export function createOutboxService(options: OutboxServiceOptions) {
  const { db } = options;
  const outbox = new Outbox(db, options.makeId);
  const client = createSyncClient({ outbox, transport: options.transport, exclusive: options.exclusive });
  const reopenListeners = new Set<() => void>();
  let stale = false;
  let reopening: Promise<void> | undefined;
  let persisted = false;
  let started = false;

  function noteFailure(error: unknown): void {
    if (needsReopen(error)) stale = true;
    if (isNewerVersionError(error)) options.onNewVersion?.();
  }

  async function closeAndOpen(): Promise<void> {
    try {
      // A connection the browser lost (Safari) stays dead until it is closed and opened again.
      db.close({ disableAutoOpen: false });
      await db.open();
    } catch (error) {
      noteFailure(error);
      throw error;
    }
    stale = false;
    for (const listener of [...reopenListeners]) listener();
  }

  /** "Try again": closes and re-opens the database, then every reader reads the outbox again. */
  function reopen(): Promise<void> {
    reopening ??= closeAndOpen().finally(() => {
      reopening = undefined;
    });
    return reopening;
  }

  function onReopen(listener: () => void): () => void {
    reopenListeners.add(listener);
    return () => {
      reopenListeners.delete(listener);
    };
  }

  async function guarded<T>(work: () => Promise<T>): Promise<T> {
    if (stale) await reopen();
    try {
      return await work();
    } catch (error) {
      noteFailure(error);
      throw error;
    }
  }

  /** Drains started by the app itself: a failure is noted (the next use re-opens), the items stay queued. */
  function sendInBackground(drainOptions?: DrainOptions): void {
    void guarded(() => client.drain(drainOptions)).catch(() => undefined);
  }

  /** Asked after the first item is saved, and after each later one until the browser agrees. */
  function askToPersist(): void {
    if (persisted || !options.persist) return;
    options.persist().then(
      (granted) => {
        persisted = granted;
      },
      () => undefined,
    );
  }

  /** Saved to the phone first; only then do we try the network. Answers the saved items' ids. */
  async function saveItems(entries: readonly KindedPayload[]): Promise<string[]> {
    const items = await guarded(() => outbox.enqueueAll(entries));
    askToPersist();
    void options.registerBackgroundSync?.().catch(() => undefined);
    sendInBackground();
    return items.map((item) => item.id);
  }

  async function saveItem(entry: KindedPayload): Promise<string> {
    const [id] = await saveItems([entry]);
    return id ?? '';
  }

  function sendNow(drainOptions: DrainOptions = { manual: true }): Promise<DrainOutcome> {
    return guarded(() => client.drain(drainOptions));
  }

  function startSync(): void {
    if (started) return;
    started = true;
    void guarded(() => outbox.dropOldReceipts()).catch(() => undefined);
    sendInBackground();
    window.addEventListener('online', () => sendInBackground({ skipBackoff: true }));
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') sendInBackground();
    });
  }

  async function readSnapshot(): Promise<OutboxSnapshot> {
    const [waiting, sent] = await Promise.all([outbox.listWaiting(), outbox.listSent()]);
    return { waiting, sent };
  }

  /**
   * Calls back with what is waiting and what was sent, now and after every change (in any tab).
   * liveQuery keeps quiet about DatabaseClosedError and AbortError, so errors come back as values
   * here and are always passed on.
   */
  function subscribeOutbox(onChange: (snapshot: OutboxSnapshot) => void, onError: (error: unknown) => void): () => void {
    const fail = (error: unknown) => {
      noteFailure(error);
      onError(error);
    };
    let subscription: { unsubscribe(): void } | undefined;
    let stopped = false;
    const start = () => {
      if (stopped) return;
      subscription = liveQuery(() =>
        readSnapshot().then(
          (snapshot) => ({ snapshot }),
          (error: unknown) => ({ error }),
        ),
      ).subscribe({
        next: (result) => ('snapshot' in result ? onChange(result.snapshot) : fail(result.error)),
        error: fail,
      });
    };
    // After a failure elsewhere (a save, a send), this first read re-opens the database too.
    if (stale) reopen().then(start, onError);
    else start();
    return () => {
      stopped = true;
      subscription?.unsubscribe();
    };
  }

  return {
    outbox,
    saveItems,
    saveItem,
    sendNow,
    startSync,
    subscribeOutbox,
    reopen,
    onReopen,
    clearAll: () => guarded(() => outbox.clearAll()),
    countWaiting: () => guarded(() => outbox.countWaiting()),
    dispose: () => client.dispose(),
  };
}

export type OutboxServiceApi = ReturnType<typeof createOutboxService>;
