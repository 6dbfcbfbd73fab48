import { liveQuery } from 'dexie';
import { Outbox } from './outbox';
import { type OutboxItem, type SentReceipt, YourSayDb } from './outbox-db';
import { webLockRunner } from './exclusive';
import { createFetchTransport } from './fetch-transport';
import { type DrainOptions, type DrainOutcome, createSyncClient } from './sync-client';

export const BACKGROUND_SYNC_TAG = 'your-say-outbox';

const db = new YourSayDb();
export const outbox = new Outbox(db);
const client = createSyncClient({ outbox, transport: createFetchTransport(), exclusive: webLockRunner() });

async function registerBackgroundSync(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.getRegistration();
  const sync = (registration as (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined)?.sync;
  await sync?.register(BACKGROUND_SYNC_TAG).catch(() => undefined);
}

export function sendNow(options: DrainOptions = { manual: true }): Promise<DrainOutcome> {
  return client.drain(options);
}

/** Saved to the phone first; only then do we try the network. Answers the saved items' ids. */
export async function saveItems(entries: readonly { kind: string; payload: unknown }[]): Promise<string[]> {
  const items = await outbox.enqueueAll(entries);
  void navigator.storage?.persist?.().catch(() => false);
  void registerBackgroundSync();
  void client.drain();
  return items.map((item) => item.id);
}

export async function saveItem(kind: string, payload: unknown): Promise<string> {
  const [id] = await saveItems([{ kind, payload }]);
  return id ?? '';
}

export function clearAll(): Promise<void> {
  return outbox.clearAll();
}

let started = false;

export function startSync(): void {
  if (started) return;
  started = true;
  void client.drain();
  window.addEventListener('online', () => void client.drain({ skipBackoff: true }));
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void client.drain();
  });
}

export function countWaiting(): Promise<number> {
  return outbox.countWaiting();
}

export interface OutboxSnapshot {
  waiting: OutboxItem[];
  sent: SentReceipt[];
}

/** Calls back with what is waiting and what was sent, now and after every change (in any tab). */
export function subscribeOutbox(onChange: (snapshot: OutboxSnapshot) => void, onError: (error: unknown) => void): () => void {
  const subscription = liveQuery(async () => {
    const [waiting, sent] = await Promise.all([outbox.listWaiting(), outbox.listSent()]);
    return { waiting, sent };
  }).subscribe({ next: onChange, error: onError });
  return () => subscription.unsubscribe();
}
