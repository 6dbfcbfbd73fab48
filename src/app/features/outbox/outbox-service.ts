import { announceNewVersion } from '../update/new-version';
import { createOutboxService } from './create-outbox-service';
import { YourSayDb } from './outbox-db';
import { webLockRunner } from './exclusive';
import { createFetchTransport } from './fetch-transport';

export type { OutboxSnapshot } from './create-outbox-service';

export const BACKGROUND_SYNC_TAG = 'your-say-outbox';

async function registerBackgroundSync(): Promise<void> {
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.getRegistration();
  const sync = (registration as (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined)?.sync;
  await sync?.register(BACKGROUND_SYNC_TAG).catch(() => undefined);
}

const service = createOutboxService({
  db: new YourSayDb(),
  transport: createFetchTransport(),
  exclusive: webLockRunner(navigator.locks, localStorage),
  persist: () => navigator.storage?.persist?.() ?? Promise.resolve(false),
  registerBackgroundSync,
  onNewVersion: announceNewVersion,
});

/** The one outbox of this page. Screens reach it only through outbox-loader.ts. */
export const { outbox, saveItems, saveItem, sendNow, startSync, subscribeOutbox, reopen, onReopen, clearAll, countWaiting } = service;
