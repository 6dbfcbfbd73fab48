import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { YourSayDb } from './outbox-db';
import { RECEIPT_DAYS, receiptLabel } from './receipts';
import type { SyncResult } from '../../../shared/sync/envelope';
import { START, createTestOutbox, rating } from '../../../../tests/support/outbox';

const storeAll = (items: { id: string }[]): SyncResult[] => items.map((item) => ({ id: item.id, status: 'stored' }));

const DAY = 86_400_000;

describe('receipts keep nothing the child wrote', () => {
  it('a version 1 database loses the words in its receipts when this code opens it', async () => {
    const factory = new IDBFactory();
    const name = `v1-${crypto.randomUUID()}`;
    await new Promise<void>((resolve, reject) => {
      const open = factory.open(name, 10); // Dexie's version 1
      open.onupgradeneeded = () => {
        open.result.createObjectStore('outbox', { keyPath: 'id' }).createIndex('createdAt', 'createdAt');
        open.result.createObjectStore('sent', { keyPath: 'id' }).createIndex('sentAt', 'sentAt');
      };
      open.onsuccess = () => {
        const tx = open.result.transaction('sent', 'readwrite');
        tx.objectStore('sent').put({
          id: 'r1', kind: 'talk-request', createdAt: '2026-11-01T10:00:00.000Z', sentAt: '2026-11-01T10:01:00.000Z',
          payload: { text: 'MARKER words', contact: { methods: ['call'], phone: '07700 900123' } },
        });
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    });
    const db = new YourSayDb(name, { indexedDB: factory, IDBKeyRange });
    expect(await db.sent.toArray()).toEqual([{ id: 'r1', kind: 'talk-request', label: 'talk', sentAt: '2026-11-01T10:01:00.000Z' }]);
    db.close();
  });

  it('settle writes only id, kind, a neutral label and the time', async () => {
    const outbox = createTestOutbox();
    const item = await outbox.enqueue('say-something', { type: 'problem', text: 'MARKER words' }, new Date(START));
    await outbox.settle([item], storeAll([item]), new Date(START + 1000));
    expect(await outbox.listSent()).toEqual([{ id: item.id, kind: 'say-something', label: 'message', sentAt: new Date(START + 1000).toISOString() }]);
    expect(JSON.stringify(await outbox.db.sent.toArray())).not.toContain('MARKER');
  });

  it(`drops receipts older than ${RECEIPT_DAYS} days, on each send and when asked`, async () => {
    const outbox = createTestOutbox();
    const old = await outbox.enqueue('rating', rating(1), new Date(START));
    await outbox.settle([old], storeAll([old]), new Date(START));
    const recent = await outbox.enqueue('rating', rating(2), new Date(START + 20 * DAY));
    await outbox.settle([recent], storeAll([recent]), new Date(START + 20 * DAY));
    expect(await outbox.db.sent.count()).toBe(2);
    const late = await outbox.enqueue('rating', rating(3), new Date(START + 31 * DAY));
    await outbox.settle([late], storeAll([late]), new Date(START + 31 * DAY));
    expect((await outbox.listSent()).map((r) => r.id)).toEqual([late.id, recent.id]);
    expect(await outbox.dropOldReceipts(new Date(START + 51 * DAY))).toBe(1);
    expect((await outbox.listSent()).map((r) => r.id)).toEqual([late.id]);
  });

  it('labels every known kind, and anything else as "other"', () => {
    expect(['rating', 'advocate-request', 'say-something', 'talk-request', 'poem'].map(receiptLabel)).toEqual([
      'answer', 'advocate', 'message', 'talk', 'other',
    ]);
  });

  it('clearAll says how many went from each store', async () => {
    const outbox = createTestOutbox();
    const a = await outbox.enqueue('rating', rating(1), new Date(START));
    await outbox.enqueue('rating', rating(2), new Date(START));
    await outbox.settle([a], storeAll([a]), new Date(START));
    expect(await outbox.clearAll()).toEqual({ waiting: 1, sent: 1 });
    expect(await outbox.clearAll()).toEqual({ waiting: 0, sent: 0 });
  });
});
