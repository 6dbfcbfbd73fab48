/**
 * Server ingest under load: many simulated devices at once, each sending its batches one after the
 * other with plain fetch. Bodies are built before the clock starts, so the figure is the server's.
 */
import { syncResponse } from '../../src/shared/sync/envelope';
import { boundedFetch, checkDeadline, percentile, ratingItem, timed } from './support';

export interface LoadShape {
  devices: number;
  batchesPerDevice: number;
  itemsPerBatch: number;
}

export interface LoadResult extends LoadShape {
  items: number;
  requests: number;
  ms: number;
  itemsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

/** Sends one batch and checks every item was stored; returns how long the request took. */
async function sendBatch(url: string, body: string, expected: number): Promise<number> {
  const start = performance.now();
  const response = await boundedFetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const parsed = syncResponse.safeParse(await response.json().catch(() => null));
  const ms = performance.now() - start;
  if (response.status !== 200 || !parsed.success) throw new Error(`Ingest answered ${response.status}.`);
  const stored = parsed.data.results.filter((result) => result.status === 'stored').length;
  if (stored !== expected) throw new Error(`Ingest stored ${stored} of ${expected} items.`);
  return ms;
}

function buildBodies(shape: LoadShape): string[][] {
  let n = 0;
  return Array.from({ length: shape.devices }, () =>
    Array.from({ length: shape.batchesPerDevice }, () =>
      JSON.stringify({ items: Array.from({ length: shape.itemsPerBatch }, () => ratingItem((n += 1))) }),
    ),
  );
}

/** A few batches first, so the server's code is warm and the connections are open. */
export async function warmUp(baseUrl: string): Promise<void> {
  const url = `${baseUrl}/api/v1/sync`;
  const bodies = buildBodies({ devices: 4, batchesPerDevice: 5, itemsPerBatch: 50 });
  await Promise.all(bodies.map(async (device) => {
    for (const body of device) await sendBatch(url, body, 50);
  }));
}

export async function ingestLoad(baseUrl: string, shape: LoadShape, timeLimitMs = 300_000): Promise<LoadResult> {
  const url = `${baseUrl}/api/v1/sync`;
  const bodies = buildBodies(shape);
  const latencies: number[] = [];
  const deadline = Date.now() + timeLimitMs;
  // Every device is already connected when the clock starts (one health check each, untimed). With
  // cold connections, the first requests of the last devices to connect waited up to ~5 s on SQLite
  // (not on PostgreSQL, nor with a node:http client): fetch's one shared pool in this process meeting
  // a server whose event loop is held by synchronous SQLite commits. Real devices connect on their own.
  await Promise.all(bodies.map(() => boundedFetch(`${baseUrl}/api/v1/health`).then((response) => response.arrayBuffer())));
  let failed = false;
  const device = async (batches: string[]) => {
    for (const body of batches) {
      if (failed) return;
      checkDeadline(deadline, 'concurrent ingest');
      try {
        latencies.push(await sendBatch(url, body, shape.itemsPerBatch));
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const { ms } = await timed(() => Promise.all(bodies.map(device)));
  latencies.sort((a, b) => a - b);
  const items = shape.devices * shape.batchesPerDevice * shape.itemsPerBatch;
  return {
    ...shape,
    items,
    requests: latencies.length,
    ms,
    itemsPerSecond: items / (ms / 1000),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: latencies[latencies.length - 1] ?? Number.NaN,
  };
}
