import Dexie, { type DexieOptions, type Table } from 'dexie';

export type OutboxState = 'queued' | 'rejected';

/** Something the child said that the server has not yet confirmed. */
export interface OutboxItem {
  id: string;
  kind: string;
  createdAt: string;
  payload: unknown;
  state: OutboxState;
  reason?: string;
  attempts: number;
}

/** Kept after the server confirmed an item, so the child can see it was sent and when. */
export interface SentReceipt {
  id: string;
  kind: string;
  createdAt: string;
  payload: unknown;
  sentAt: string;
}

export const OUTBOX_DB_NAME = 'your-say';

export class YourSayDb extends Dexie {
  outbox!: Table<OutboxItem, string>;
  sent!: Table<SentReceipt, string>;

  constructor(name = OUTBOX_DB_NAME, options: DexieOptions = {}) {
    // Strict durability: "saved on this phone" must mean written to disk, not just to a cache.
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores({
      outbox: 'id, createdAt, state',
      sent: 'id, sentAt',
    });
    // Another tab (newer code) wants to upgrade this database. Step aside at once, so its upgrade
    // is not blocked. Nothing is lost: the next read or write here opens the database again
    // (Dexie's auto-open), and Dexie 4 reads a newer version on disk when it only adds to ours.
    this.on('versionchange', () => {
      this.close({ disableAutoOpen: false });
      return false; // Dexie's own handler would do the same, with a console warning.
    });
  }
}
