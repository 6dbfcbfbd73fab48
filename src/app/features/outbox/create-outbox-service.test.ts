import type { KindedPayload } from '../../../shared/kinds/registry';
// liveQuery only runs where a global indexedDB exists, as in a browser.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type OutboxServiceApi, type OutboxServiceOptions, type OutboxSnapshot, createOutboxService } from './create-outbox-service';
import type { YourSayDb } from './outbox-db';
import { classifyStorageError } from './storage-errors';
import { breakStorage } from './storage-faults';
import { ScriptedTransport, createTestDb, rating, testId, waitFor } from '../../../../tests/support/outbox';

let service: OutboxServiceApi | undefined;
let db: YourSayDb | undefined;
afterEach(() => {
  service?.dispose();
  db?.close();
  service = undefined;
});

function setup(options: Partial<OutboxServiceOptions> = {}) {
  db = options.db ?? createTestDb();
  const transport = new ScriptedTransport();
  // No answer while the test looks: saved items stay queued.
  transport.fallback = () => new Promise(() => undefined);
  let n = 0;
  service = createOutboxService({ db, transport: transport.send, makeId: () => testId((n += 1)), ...options });
  return { db, service, transport };
}

const entry: KindedPayload = { kind: 'rating', payload: rating() };

describe('saving', () => {
  it('asks for persistent storage only after the first item is written, and again until granted', async () => {
    const countsWhenAsked: number[] = [];
    const answers = [false, true];
    const { service } = setup({
      persist: vi.fn(async () => {
        countsWhenAsked.push(await db!.outbox.count());
        return answers.shift() ?? true;
      }),
    });
    await service.saveItems([entry]);
    await waitFor(() => countsWhenAsked.length === 1, 'the first persist request');
    await service.saveItems([entry]);
    await waitFor(() => countsWhenAsked.length === 2, 'the second persist request');
    await service.saveItems([entry]);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(countsWhenAsked).toEqual([1, 2]);
  });

  it('a full disk: the save fails as "quota", nothing half-saved, no persist request; it works once there is space', async () => {
    const target = createTestDb();
    const storage = breakStorage(target);
    const persist = vi.fn(async () => true);
    const { service } = setup({ db: target, persist });
    storage.fault = 'quota';
    const error = await service.saveItems([entry, entry]).catch((e: unknown) => e);
    expect(classifyStorageError(error)).toBe('quota');
    expect(persist).not.toHaveBeenCalled();
    expect(await service.countWaiting()).toBe(0);
    storage.fault = undefined;
    expect(await service.saveItems([entry])).toEqual([testId(3)]);
    expect(await service.countWaiting()).toBe(1);
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('a connection the browser dropped (Safari): the save fails as "connection-lost", the next one re-opens first and works', async () => {
    const target = createTestDb();
    const storage = breakStorage(target);
    const { service } = setup({ db: target });
    await service.saveItems([entry]);
    const reopened = vi.fn();
    service.onReopen(reopened);
    storage.fault = 'lost';
    const error = await service.saveItems([entry]).catch((e: unknown) => e);
    expect(classifyStorageError(error)).toBe('connection-lost');
    await service.saveItems([entry]);
    expect(reopened).toHaveBeenCalledTimes(1);
    expect((await service.outbox.listWaiting()).map((item) => item.id)).toEqual([testId(1), testId(3)]);
  });
});

describe('reading the outbox', () => {
  it('passes on errors that liveQuery alone would swallow, and reads again after reopen()', async () => {
    const { db, service } = setup();
    await service.outbox.enqueue('rating', rating());
    db.close(); // as after a failed open: every use answers DatabaseClosedError
    const errors: unknown[] = [];
    const snapshots: OutboxSnapshot[] = [];
    service.subscribeOutbox((snapshot) => snapshots.push(snapshot), (error) => errors.push(error));
    await waitFor(() => errors.length === 1, 'the error');
    expect(classifyStorageError(errors[0])).toBe('connection-lost');
    expect(snapshots).toEqual([]);

    service.onReopen(() => service.subscribeOutbox((snapshot) => snapshots.push(snapshot), (error) => errors.push(error)));
    await service.reopen();
    await waitFor(() => snapshots.length === 1, 'the outbox read again');
    expect(snapshots[0]?.waiting.map((item) => item.id)).toEqual([testId(1)]);
    expect(errors).toHaveLength(1);
  });

  it('after a failed save, the next read re-opens the database first, and reads without an error', async () => {
    const target = createTestDb();
    const storage = breakStorage(target);
    const { service } = setup({ db: target });
    await service.saveItems([entry]);
    storage.fault = 'lost';
    await expect(service.saveItems([entry])).rejects.toBeDefined();
    const errors: unknown[] = [];
    const snapshots: OutboxSnapshot[] = [];
    service.subscribeOutbox((snapshot) => snapshots.push(snapshot), (error) => errors.push(error));
    await waitFor(() => snapshots.length === 1, 'the outbox read');
    expect(snapshots[0]?.waiting.map((item) => item.id)).toEqual([testId(1)]);
    expect(errors).toEqual([]);
  });

  it('shares one close-and-open between callers who press "Try again" together', async () => {
    const { db, service } = setup();
    const open = vi.spyOn(db, 'open');
    const reopened = vi.fn();
    service.onReopen(reopened);
    await Promise.all([service.reopen(), service.reopen(), service.reopen()]);
    expect(open).toHaveBeenCalledTimes(1);
    expect(reopened).toHaveBeenCalledTimes(1);
    expect(db.isOpen()).toBe(true);
  });
});
