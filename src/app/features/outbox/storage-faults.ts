/** Test helper: storage that fails as real phones' storage does. Only imported by tests. */
import type { YourSayDb } from './outbox-db';

export type StorageFault = 'quota' | 'lost' | undefined;

/**
 * While `fault` is set, every write fails as on a full disk (`quota`), or every read and write fails
 * as on a connection the browser dropped (`lost`, as Safari does; only closing and opening the
 * database again mends it, so closing clears it). Call before the database is first used.
 */
export function breakStorage(db: YourSayDb): { fault: StorageFault } {
  const storage: { fault: StorageFault } = { fault: undefined };
  db.on('close', () => {
    if (storage.fault === 'lost') storage.fault = undefined;
  });
  const failure = () =>
    storage.fault === 'quota'
      ? new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      : new DOMException('Connection to Indexed Database server lost. Refresh the page to try again', 'UnknownError');
  db.use({
    stack: 'dbcore',
    name: 'broken-storage',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (request) => (storage.fault ? Promise.reject(failure()) : table.mutate(request)),
          get: (request) => (storage.fault === 'lost' ? Promise.reject(failure()) : table.get(request)),
          getMany: (request) => (storage.fault === 'lost' ? Promise.reject(failure()) : table.getMany(request)),
          query: (request) => (storage.fault === 'lost' ? Promise.reject(failure()) : table.query(request)),
          openCursor: (request) => (storage.fault === 'lost' ? Promise.reject(failure()) : table.openCursor(request)),
          count: (request) => (storage.fault === 'lost' ? Promise.reject(failure()) : table.count(request)),
        };
      },
    }),
  });
  return storage;
}
