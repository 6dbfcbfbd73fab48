import { checkPayload } from '../../../shared/kinds/registry';
import type { SyncItem, SyncResult } from '../../../shared/sync/envelope';
import type { OutboxItem, SentReceipt, YourSayDb } from './outbox-db';
import { receiptCutoff, receiptLabel } from './receipts';

export class InvalidItemError extends Error {}

/** The only module that reads or writes the queue of things waiting to be sent. */
export class Outbox {
  constructor(
    readonly db: YourSayDb,
    private readonly makeId: () => string = () => crypto.randomUUID(),
  ) {}

  /** Written to IndexedDB before any network call is tried. */
  async enqueue(kind: string, payload: unknown, now: Date = new Date()): Promise<OutboxItem> {
    const [item] = await this.enqueueAll([{ kind, payload }], now);
    return item as OutboxItem;
  }

  /** Oldest first; rejected items only when the child asked to send again. */
  async takeBatch(limit: number, options: { includeRejected?: boolean; exclude?: ReadonlySet<string> } = {}): Promise<OutboxItem[]> {
    const exclude = options.exclude ?? new Set<string>();
    return this.db.outbox
      .orderBy('createdAt')
      .filter((item) => !exclude.has(item.id) && (item.state === 'queued' || options.includeRejected === true))
      .limit(limit)
      .toArray();
  }

  /**
   * Applies the server's answers. An item leaves the queue only when the server said it holds it
   * (`stored` or `duplicate`), and then in the same transaction that writes its receipt. The
   * receipt keeps no words, answers or contact details; receipts past their time go in the same step.
   */
  async settle(sentItems: readonly OutboxItem[], results: readonly SyncResult[], sentAt: Date): Promise<void> {
    const byId = new Map(sentItems.map((item) => [item.id, item]));
    const receipts: SentReceipt[] = [];
    const rejected: { item: OutboxItem; reason: string }[] = [];
    for (const result of results) {
      const item = result.id === null ? undefined : byId.get(result.id);
      if (!item) continue;
      if (result.status === 'stored' || result.status === 'duplicate') {
        receipts.push({ id: item.id, kind: item.kind, label: receiptLabel(item.kind), sentAt: sentAt.toISOString() });
      } else {
        rejected.push({ item, reason: result.reason ?? '' });
      }
    }
    // Bulk writes in one transaction: a receipt is written exactly when its item leaves the queue.
    await this.db.transaction('rw', this.db.outbox, this.db.sent, async () => {
      await this.db.sent.bulkPut(receipts);
      await this.db.outbox.bulkDelete(receipts.map((receipt) => receipt.id));
      for (const { item, reason } of rejected) {
        await this.db.outbox.update(item.id, { state: 'rejected', reason, attempts: item.attempts + 1 });
      }
    });
    // Its own step: a range delete in the transaction above kept Dexie's live queries from hearing of the receipts.
    await this.dropOldReceipts(sentAt);
  }

  /** Several items in one transaction: all are saved, or none. */
  async enqueueAll(entries: readonly { kind: string; payload: unknown }[], now: Date = new Date()): Promise<OutboxItem[]> {
    const items = entries.map(({ kind, payload }) => {
      const check = checkPayload(kind, payload);
      if (!check.ok) throw new InvalidItemError(check.reason);
      return { id: this.makeId(), kind, createdAt: now.toISOString(), payload, state: 'queued' as const, attempts: 0 };
    });
    await this.db.outbox.bulkAdd(items);
    return items;
  }

  /** "Clear my answers from this phone": everything waiting and every receipt. Answers what went. */
  async clearAll(): Promise<{ waiting: number; sent: number }> {
    return this.db.transaction('rw', this.db.outbox, this.db.sent, async () => {
      const counts = { waiting: await this.db.outbox.count(), sent: await this.db.sent.count() };
      await this.db.outbox.clear();
      await this.db.sent.clear();
      return counts;
    });
  }

  /** Drops receipts older than 30 days. Answers how many went. */
  async dropOldReceipts(now: Date = new Date()): Promise<number> {
    return this.db.sent.where('sentAt').below(receiptCutoff(now)).delete();
  }

  async markRejected(item: OutboxItem, reason: string): Promise<void> {
    await this.db.outbox.update(item.id, { state: 'rejected', reason, attempts: item.attempts + 1 });
  }

  async countWaiting(): Promise<number> {
    return this.db.outbox.count();
  }

  async listWaiting(): Promise<OutboxItem[]> {
    return this.db.outbox.orderBy('createdAt').toArray();
  }

  /** Newest first. Receipts past their 30 days are dropped on start, on each send and on each read of the list. */
  async listSent(): Promise<SentReceipt[]> {
    return this.db.sent.orderBy('sentAt').reverse().toArray();
  }
}

export function toSyncItem(item: OutboxItem): SyncItem {
  return { id: item.id, kind: item.kind, createdAt: item.createdAt, payload: item.payload };
}
