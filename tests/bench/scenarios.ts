/**
 * The three measures for one database dialect, each against the real server process:
 * 1. 1,000 queued items: batched sync client versus one request per item (Workbox-style replay);
 * 2. concurrent devices sending batches: items per second and request latency;
 * 3. the batched client through a proxy adding 300 ms of round trip, with one-per-item for contrast.
 */
import { type RunningServer, startServer } from '../e2e/support/server';
import { type BenchDatabase, createBenchDatabase } from './pg-database';
import { startDelayProxy } from './delay-proxy';
import { type Delivery, deliverBatched, deliverPerItem } from './delivery';
import { ingestLoad, type LoadShape, warmUp } from './ingest-load';
import type { Row } from './report';
import { boundedFetch, timed } from './support';

export type Dialect = 'sqlite' | 'postgres';

export const QUEUED_ITEMS = 1_000;
export const BATCH_SPEEDUP_TARGET = 20;
export const INGEST_TARGET_PER_S = 5_000;
export const LOAD: LoadShape = { devices: 50, batchesPerDevice: 20, itemsPerBatch: 50 };
export const ADDED_RTT_MS = 300;
/** Under 300 ms per request, 1,000 single-item requests would take over 5 minutes: time a sample. */
export const PER_ITEM_SAMPLE_UNDER_LATENCY = 20;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const millis = (ms: number) => `${ms.toFixed(1)} ms`;
/** Time, and how much of it went on requests (the rest is IndexedDB and client code on the device). */
const split = (d: Delivery) => `${seconds(d.ms)} (${seconds(d.transportMs)} in requests)`;

async function checkHealth(url: string, dialect: Dialect): Promise<void> {
  const response = await boundedFetch(`${url}/api/v1/health`);
  const body = (await response.json()) as { db?: string };
  if (!response.ok || body.db !== dialect) throw new Error(`Server is not on ${dialect}: ${JSON.stringify(body)}`);
}

async function measure(dialect: Dialect, url: string, log: (line: string) => void): Promise<Row[]> {
  const rows: Row[] = [];
  const add = (measure: string, value: string, target = '', met?: boolean) =>
    rows.push({ dialect, measure, value, target, ...(met === undefined ? {} : { met }) });

  await warmUp(url);
  log('1. batched sync client versus one request per item');
  // One untimed round warms the client code too; the batched figure is the median of three rounds.
  await deliverBatched(url, QUEUED_ITEMS);
  const rounds = [];
  for (let i = 0; i < 3; i += 1) rounds.push(await deliverBatched(url, QUEUED_ITEMS));
  const batched = rounds.sort((a, b) => a.ms - b.ms)[1] ?? rounds[0]!;
  const perItem = await deliverPerItem(url, QUEUED_ITEMS);
  const ratio = perItem.ms / batched.ms;
  add(`${QUEUED_ITEMS} items, batched client (${batched.requests} requests, median of 3)`, split(batched));
  add(`${QUEUED_ITEMS} items, one request per item (${perItem.requests} requests)`, split(perItem));
  add('speed-up of batching', `${ratio.toFixed(1)}×`, `≥ ${BATCH_SPEEDUP_TARGET}×`, ratio >= BATCH_SPEEDUP_TARGET);
  add('speed-up of batching, time in requests only', `${(perItem.transportMs / batched.transportMs).toFixed(1)}×`);

  log(`2. ingest: ${LOAD.devices} devices × ${LOAD.batchesPerDevice} batches × ${LOAD.itemsPerBatch} items`);
  const load = await ingestLoad(url, LOAD);
  const shape = `${load.devices} devices × ${load.batchesPerDevice} × ${load.itemsPerBatch}`;
  add(`ingest throughput (${shape})`, `${Math.round(load.itemsPerSecond)} items/s`, `≥ ${INGEST_TARGET_PER_S} items/s`, load.itemsPerSecond >= INGEST_TARGET_PER_S);
  add(`ingest latency p50 (${load.itemsPerBatch}-item request)`, millis(load.p50Ms));
  add(`ingest latency p99 (max ${millis(load.maxMs)})`, millis(load.p99Ms));

  log(`3. through a proxy adding ${ADDED_RTT_MS} ms round trip`);
  const proxy = await startDelayProxy(url, ADDED_RTT_MS);
  try {
    const probe = await timed(() => checkHealth(proxy.url, dialect));
    add('proxy check: one GET through the proxy', millis(probe.ms));
    const slowBatched = await deliverBatched(proxy.url, QUEUED_ITEMS);
    const sample = await deliverPerItem(proxy.url, PER_ITEM_SAMPLE_UNDER_LATENCY);
    const estimate = (sample.ms / sample.items) * QUEUED_ITEMS;
    add(`+${ADDED_RTT_MS} ms RTT: ${QUEUED_ITEMS} items, batched client (${slowBatched.requests} requests)`, split(slowBatched));
    add(
      `+${ADDED_RTT_MS} ms RTT: ${QUEUED_ITEMS} items, one per item (estimated from ${sample.items} timed)`,
      `≈ ${seconds(estimate)}`,
    );
    add(`+${ADDED_RTT_MS} ms RTT: speed-up of batching`, `≈ ${(estimate / slowBatched.ms).toFixed(0)}×`);
  } finally {
    await proxy.close();
  }
  return rows;
}

/** What is still to be undone (server, database), for a watchdog that must stop the run from outside. */
export const openResources = new Set<() => Promise<void>>();

/** Starts a server on a fresh database of this dialect, measures, then removes everything it made. */
export async function runDialect(dialect: Dialect, log: (line: string) => void, pgUrl?: string): Promise<Row[]> {
  let database: BenchDatabase | undefined;
  let server: RunningServer | undefined;
  const dropDatabase = async () => database?.drop();
  const stopServer = async () => server?.stop();
  try {
    if (dialect === 'postgres') {
      database = await createBenchDatabase(pgUrl);
      openResources.add(dropDatabase);
      log(`PostgreSQL database ${database.name}`);
    }
    server = await startServer({ LOG_LEVEL: 'warn', ...(database ? { DATABASE_URL: database.databaseUrl } : {}) });
    openResources.add(stopServer);
    await checkHealth(server.url, dialect);
    log(`server on ${server.url} (${dialect})`);
    return await measure(dialect, server.url, log);
  } finally {
    openResources.delete(stopServer);
    await stopServer();
    openResources.delete(dropDatabase);
    await dropDatabase();
  }
}
