/**
 * How many things wait to be sent, read with plain IndexedDB so the outbox code (Dexie, schemas,
 * sync client) need not load just to find out that nothing waits, as on a child's first visit.
 * Answers undefined when it cannot tell; callers then load the outbox, which is always safe.
 * The names come from outbox-names.ts, which Dexie's schema uses too (without loading Dexie here).
 */
import { OUTBOX_DB_NAME as DB_NAME, OUTBOX_STORE as STORE } from './outbox-names';

/** False only when the browser says for certain that the database was never made on this phone. */
async function databaseMayExist(): Promise<boolean> {
  // indexedDB.databases() is missing in older browsers (Firefox before 126): then assume it may.
  if (typeof indexedDB.databases !== 'function') return true;
  const databases = await indexedDB.databases();
  return databases.some((database) => database.name === DB_NAME);
}

/** Opens the database as it is (no version: never upgrades it) and counts the waiting items. */
function countInDatabase(): Promise<number | undefined> {
  return new Promise((resolve) => {
    const request = indexedDB.open(DB_NAME);
    // The database vanished since we looked: do not create an empty one, Dexie makes it properly.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(request.error?.name === 'AbortError' ? 0 : undefined);
    request.onblocked = () => resolve(undefined);
    request.onsuccess = () => {
      const db = request.result;
      // Never hold up a newer version of the app that wants to upgrade the database.
      db.onversionchange = () => db.close();
      if (!db.objectStoreNames.contains(STORE)) {
        db.close();
        resolve(undefined);
        return;
      }
      try {
        const count = db.transaction(STORE, 'readonly').objectStore(STORE).count();
        count.onsuccess = () => resolve(count.result);
        count.onerror = () => resolve(undefined);
      } catch {
        resolve(undefined);
      } finally {
        // Closing waits for the count's transaction to finish; it only stops new ones.
        db.close();
      }
    };
  });
}

export async function countWaitingCheaply(): Promise<number | undefined> {
  try {
    if (typeof indexedDB === 'undefined') return undefined;
    if (!(await databaseMayExist())) return 0;
    return await countInDatabase();
  } catch {
    return undefined;
  }
}
