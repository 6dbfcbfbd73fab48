/**
 * Two tabs on one phone: tab A runs this code (schema version 2) and holds queued items; tab B runs
 * newer code whose schema (version 3) adds an index. B's upgrade must not be blocked by A, and
 * nothing A queued may be lost: B sees it all, and A (re-opened) still lists and sends it.
 */
import 'fake-indexeddb/auto'; // liveQuery only runs where a global indexedDB exists, as in a browser.
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type OutboxSnapshot, createOutboxService } from './create-outbox-service';
import { type OutboxItem, YourSayDb } from './outbox-db';
import { classifyStorageError, isNewerVersionError } from './storage-errors';
import { START, ScriptedTransport, deferred, rating, storeAll, testId, waitFor } from '../../../../tests/support/outbox';

/** Tab B's newer code: a copy of this code's (version 2) stores, plus an index on `kind`. */
class NewerDb extends Dexie {
  constructor(name: string, indexedDB: IDBFactory) {
    super(name, { indexedDB, IDBKeyRange });
    this.version(3).stores({ outbox: 'id, createdAt, state, kind', sent: 'id, sentAt' });
  }
}

const cleanup: (() => void)[] = [];
afterEach(() => {
  for (const step of cleanup.splice(0)) step();
});

/** Tab A: this code, with a service over its own connection and a scripted server. */
async function tabA(factory: IDBFactory, name: string) {
  const db = new YourSayDb(name, { indexedDB: factory, IDBKeyRange });
  const transport = new ScriptedTransport();
  let n = 0;
  const service = createOutboxService({ db, transport: transport.send, makeId: () => testId((n += 1)) });
  cleanup.push(() => {
    service.dispose();
    db.close();
  });
  const at = (days: number) => new Date(START + days * 86_400_000);
  const queued = [
    await service.outbox.enqueue('rating', rating(1), at(0)),
    await service.outbox.enqueue('say-something', { type: 'idea', text: 'More trips out.' }, at(1)),
    await service.outbox.enqueue('rating', rating(2), at(2)),
  ];
  await service.outbox.markRejected(queued[2] as OutboxItem, 'payload.answer: invalid');
  const snapshots: OutboxSnapshot[] = [];
  const errors: unknown[] = [];
  service.subscribeOutbox((snapshot) => snapshots.push(snapshot), (error) => errors.push(error));
  await waitFor(() => snapshots.length > 0, "tab A's first read");
  return { db, service, transport, snapshots, errors, waiting: await service.outbox.listWaiting() };
}

/** Opens tab B; fails (instead of hanging) if the upgrade is blocked. */
async function openTabB(factory: IDBFactory, name: string) {
  const db = new NewerDb(name, factory);
  cleanup.push(() => db.close());
  const blocked = vi.fn();
  db.on('blocked', blocked);
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('tab B could not open: blocked')), 2000));
  await Promise.race([db.open(), timeout]);
  return { db, blocked };
}

describe('a newer version upgrades the database in another tab', () => {
  it('is not blocked, sees every queued item, and tab A re-opens and still lists and sends them all', async () => {
    const factory = new IDBFactory();
    const name = `upgrade-${crypto.randomUUID()}`;
    const a = await tabA(factory, name);
    expect(a.waiting).toHaveLength(3);

    const b = await openTabB(factory, name);
    expect(b.blocked).not.toHaveBeenCalled();
    expect(a.db.isOpen()).toBe(false); // A stepped aside for the upgrade
    expect(b.db.backendDB().version).toBe(30); // Dexie stores version × 10
    expect(await b.db.table('outbox').orderBy('createdAt').toArray()).toEqual(a.waiting);
    expect(await b.db.table('outbox').where('kind').equals('rating').count()).toBe(2); // the new index works

    // Tab A's next use opens the upgraded database again.
    expect(await a.service.outbox.listWaiting()).toEqual(a.waiting);
    expect(a.db.isOpen()).toBe(true);
    expect(a.db.backendDB().version).toBe(30);

    // "Send now" sends everything, the rejected item too; the receipts are in the upgraded database.
    expect(await a.service.sendNow()).toBe('done');
    expect(a.transport.ids.flat().sort()).toEqual([testId(1), testId(2), testId(3)]);
    expect(await a.service.outbox.listWaiting()).toEqual([]);
    expect((await b.db.table('sent').toArray()).map((receipt: { id: string }) => receipt.id).sort()).toEqual([testId(1), testId(2), testId(3)]);
    await waitFor(() => a.snapshots.at(-1)?.waiting.length === 0, "tab A's list to show all sent");
    expect(a.snapshots.at(-1)?.sent).toHaveLength(3);
    expect(a.errors).toEqual([]);
  });

  it('while a send is on its way: the answer is still recorded after the upgrade', async () => {
    const factory = new IDBFactory();
    const name = `upgrade-${crypto.randomUUID()}`;
    const a = await tabA(factory, name);
    const answer = deferred<void>();
    a.transport.reply(async (items) => {
      await answer.promise;
      return storeAll(items);
    });
    const sending = a.service.sendNow();
    await waitFor(() => a.transport.batches.length === 1, 'the request');

    const b = await openTabB(factory, name);
    expect(b.blocked).not.toHaveBeenCalled();
    answer.resolve();
    expect(await sending).toBe('done');
    expect(await b.db.table('outbox').count()).toBe(0);
    expect(await b.db.table('sent').count()).toBe(3);
  });

  it('the test would notice a blocked upgrade: a connection that ignores versionchange blocks it', async () => {
    const factory = new IDBFactory();
    const name = `upgrade-${crypto.randomUUID()}`;
    const stubborn = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open(name, 20);
      request.onupgradeneeded = () => request.result.createObjectStore('outbox', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const db = new NewerDb(name, factory);
    cleanup.push(() => db.close());
    const blocked = vi.fn(() => stubborn.close());
    db.on('blocked', blocked);
    await db.open();
    expect(blocked).toHaveBeenCalledTimes(1);
  });
});

describe('a newer version this code cannot open (VersionError)', () => {
  it('is an open failure that asks for the new version, and nothing on disk is touched', async () => {
    const factory = new IDBFactory();
    const name = `too-new-${crypto.randomUUID()}`;
    const b = await openTabB(factory, name);
    await b.db.table('outbox').add({ id: testId(9), kind: 'rating', createdAt: new Date(START).toISOString(), payload: rating(), state: 'queued', attempts: 0 });
    // Old code that can only ask for its own version (Dexie 4 normally retries without one).
    const oldFactory = Object.create(factory, {
      open: { value: (dbName: string, version?: number) => factory.open(dbName, version ?? 20) },
    }) as IDBFactory;
    const onNewVersion = vi.fn();
    const db = new YourSayDb(name, { indexedDB: oldFactory, IDBKeyRange });
    const service = createOutboxService({ db, transport: new ScriptedTransport().send, onNewVersion });
    cleanup.push(() => db.close());
    const errors: unknown[] = [];
    service.subscribeOutbox(() => undefined, (error) => errors.push(error));
    await waitFor(() => errors.length > 0, 'the error');
    expect(isNewerVersionError(errors[0])).toBe(true);
    expect(classifyStorageError(errors[0])).toBe('open-failed');
    expect(onNewVersion).toHaveBeenCalled();
    const saving = await service.saveItems([{ kind: 'rating', payload: rating() }]).catch((error: unknown) => error);
    expect(isNewerVersionError(saving)).toBe(true);
    expect(await b.db.table('outbox').toArray()).toMatchObject([{ id: testId(9) }]);
  });
});
