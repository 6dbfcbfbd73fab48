import type { Page } from 'playwright-core';

/**
 * Everything the page can reach on this device, as text: every IndexedDB database and store, local
 * and session storage, every Cache Storage entry (URL and body) and the DOM. Read with the browser's
 * own APIs, not the app's code, so nothing the app forgets to show can hide.
 */
export function dumpDevice(page: Page): Promise<string> {
  return page.evaluate(async () => {
    const parts: string[] = [];
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open(info.name ?? '');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const rows = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store, 'readonly').objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        parts.push(`indexedDB ${info.name}/${store}: ${JSON.stringify(rows)}`);
      }
      db.close();
    }
    for (const [name, storage] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]] as const) {
      for (let i = 0; i < storage.length; i += 1) {
        const key = storage.key(i) ?? '';
        parts.push(`${name} ${key}: ${storage.getItem(key) ?? ''}`);
      }
    }
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        parts.push(`cache ${cacheName} ${request.url}: ${response ? await response.text() : ''}`);
      }
    }
    parts.push(`DOM: ${document.documentElement.outerHTML}`);
    return parts.join('\n');
  });
}
