/**
 * Delivering a device's queue to the real server, two ways:
 * - batched: the app's own `Outbox` (Dexie over fake-indexeddb) drained by the real sync client and
 *   fetch transport, as the app does it;
 * - one request per item: how Workbox's Background Sync Queue replays, a sequential loop that sends
 *   the oldest item alone and removes it only after its answer.
 * Both use the same Outbox, transport and receipts, so the difference is the number of round trips.
 */
import { randomUUID } from 'node:crypto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { createFetchTransport } from '../../src/app/features/outbox/fetch-transport';
import { Outbox, toSyncItem } from '../../src/app/features/outbox/outbox';
import { YourSayDb } from '../../src/app/features/outbox/outbox-db';
import { type SyncTransport, createSyncClient } from '../../src/app/features/outbox/sync-client';
import { boundedFetch, checkDeadline, ratingPayload, timed } from './support';

export interface Delivery {
  items: number;
  requests: number;
  ms: number;
  /** Of `ms`, the time spent in the transport: request, server, answer. The rest is on the device. */
  transportMs: number;
}

/** A fresh device queue holding `count` ratings, one saved per second (oldest first). */
async function filledOutbox(count: number): Promise<Outbox> {
  const db = new YourSayDb(`bench-${randomUUID()}`, { indexedDB: new IDBFactory(), IDBKeyRange });
  const outbox = new Outbox(db);
  const start = Date.now() - count * 1000;
  for (let i = 0; i < count; i += 1) await outbox.enqueue('rating', ratingPayload(i), new Date(start + i * 1000));
  return outbox;
}

/** The real fetch transport, counting its requests and the time spent in them. */
function measuredTransport(baseUrl: string): { send: SyncTransport; requests: () => number; ms: () => number } {
  const transport = createFetchTransport(`${baseUrl}/api/v1/sync`, boundedFetch);
  let requests = 0;
  let ms = 0;
  return {
    send: async (items) => {
      requests += 1;
      const start = performance.now();
      try {
        return await transport(items);
      } finally {
        ms += performance.now() - start;
      }
    },
    requests: () => requests,
    ms: () => ms,
  };
}

/** The real batched sync client (default batch size) empties a queue of `count` items. */
export async function deliverBatched(baseUrl: string, count: number): Promise<Delivery> {
  const outbox = await filledOutbox(count);
  const transport = measuredTransport(baseUrl);
  const client = createSyncClient({ outbox, transport: transport.send });
  try {
    const { ms, value: outcome } = await timed(() => client.drain());
    const left = await outbox.countWaiting();
    if (outcome !== 'done' || left !== 0) throw new Error(`Batched drain ended '${outcome}' with ${left} items left.`);
    return { items: count, requests: transport.requests(), ms, transportMs: transport.ms() };
  } finally {
    client.dispose();
    outbox.db.close();
  }
}

/** Workbox-style replay: one POST (a one-item batch) per item, in order, each removed after its answer. */
export async function deliverPerItem(baseUrl: string, count: number, timeLimitMs = 600_000): Promise<Delivery> {
  const outbox = await filledOutbox(count);
  const transport = measuredTransport(baseUrl);
  const deadline = Date.now() + timeLimitMs;
  try {
    const { ms } = await timed(async () => {
      for (let i = 0; i < count; i += 1) {
        checkDeadline(deadline, 'one request per item');
        const [item] = await outbox.takeBatch(1);
        if (!item) break;
        const answer = await transport.send([toSyncItem(item)]);
        if (answer.status !== 200 || !answer.results) throw new Error(`Per-item send answered ${answer.status}.`);
        await outbox.settle([item], answer.results, new Date());
      }
    });
    const left = await outbox.countWaiting();
    if (left !== 0) throw new Error(`One request per item left ${left} items on the device.`);
    return { items: count, requests: transport.requests(), ms, transportMs: transport.ms() };
  } finally {
    outbox.db.close();
  }
}
