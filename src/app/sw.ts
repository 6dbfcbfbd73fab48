/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { Outbox } from './features/outbox/outbox';
import { YourSayDb } from './features/outbox/outbox-db';
import { webLockRunner } from './features/outbox/exclusive';
import { createFetchTransport } from './features/outbox/fetch-transport';
import { createSyncClient } from './features/outbox/sync-client';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

const BACKGROUND_SYNC_TAG = 'your-say-outbox'; // same tag as outbox-service.ts

cleanupOutdatedCaches();
precacheAndRoute(self.__WB_MANIFEST);

// Every page of the app works offline; the API and the staff inbox never come from this cache.
registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: [/^\/api\//, /^\/inbox(\/|$)/] }));

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

/** Background Sync, which TypeScript's worker types do not describe yet. */
interface SyncEvent extends ExtendableEvent {
  readonly tag: string;
  readonly lastChance: boolean;
}

declare global {
  interface ServiceWorkerGlobalScopeEventMap {
    sync: SyncEvent;
  }
}

/** Background Sync runs the same drain code as the page; a failure asks the browser to try later. */
self.addEventListener('sync', (event) => {
  if (event.tag !== BACKGROUND_SYNC_TAG) return;
  event.waitUntil(
    (async () => {
      const client = createSyncClient({
        outbox: new Outbox(new YourSayDb()),
        transport: createFetchTransport(),
        exclusive: webLockRunner(self.navigator.locks),
      });
      const outcome = await client.drain();
      client.dispose();
      if (outcome !== 'done') throw new Error('Some items are still waiting to be sent.');
    })(),
  );
});
