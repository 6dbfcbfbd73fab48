import Dexie, { type DexieOptions, type Table, type Transaction } from 'dexie';
import { OUTBOX_DB_NAME, OUTBOX_STORE } from './outbox-names';
import { type ReceiptLabel, receiptLabel } from './receipts';

export type OutboxState = 'queued' | 'rejected';

/** Something the child said that the server has not yet confirmed: it holds what it must to be sent. */
export interface OutboxItem {
  id: string;
  kind: string;
  createdAt: string;
  payload: unknown;
  state: OutboxState;
  reason?: string;
  attempts: number;
}

/**
 * Kept after the server confirmed an item, so the child can see it was sent and when. Only the
 * kind, a neutral label and the time: never the child's words, answers or contact details.
 */
export interface SentReceipt {
  id: string;
  kind: string;
  label: ReceiptLabel;
  sentAt: string;
}

export { OUTBOX_DB_NAME };

/** Version 1 kept the whole payload in each receipt; version 2 keeps only the neutral parts. */
async function stripReceipts(tx: Transaction): Promise<void> {
  await tx
    .table('sent')
    .toCollection()
    .modify((receipt: Record<string, unknown>) => {
      const kind = String(receipt.kind);
      for (const key of Object.keys(receipt)) if (!['id', 'kind', 'sentAt'].includes(key)) delete receipt[key];
      receipt.label = receiptLabel(kind);
    });
}

export class YourSayDb extends Dexie {
  outbox!: Table<OutboxItem, string>;
  sent!: Table<SentReceipt, string>;

  constructor(name = OUTBOX_DB_NAME, options: DexieOptions = {}) {
    // Strict durability: "saved on this phone" must mean written to disk, not just to a cache.
    // No query cache: with Dexie's cache on, a live query in Chromium once kept listing items as
    // waiting after they had been sent (cause not pinned down). The lists are short, so every live
    // read goes to IndexedDB: a screen never says "not sent" about something that was.
    super(name, { chromeTransactionDurability: 'strict', cache: 'disabled', ...options });
    this.version(1).stores({
      [OUTBOX_STORE]: 'id, createdAt, state',
      sent: 'id, sentAt',
    });
    this.version(2)
      .stores({ [OUTBOX_STORE]: 'id, createdAt, state', sent: 'id, sentAt' })
      .upgrade(stripReceipts);
    // Another tab (newer code) wants to upgrade this database. Step aside at once, so its upgrade
    // is not blocked. Nothing is lost: the next read or write here opens the database again
    // (Dexie's auto-open), and Dexie 4 reads a newer version on disk when it only adds to ours.
    this.on('versionchange', () => {
      this.close({ disableAutoOpen: false });
      return false; // Dexie's own handler would do the same, with a console warning.
    });
  }
}
