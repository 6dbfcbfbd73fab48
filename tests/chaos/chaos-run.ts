import { isDeepStrictEqual } from 'node:util';
import { openDatabase } from '../../src/server/db/database';
import { type RunningServer, startServer } from '../e2e/support/server';
import { chaosDatabase } from './chaos-database';
import { Device } from './device';
import { startFaultProxy } from './fault-proxy';
import { seededRandom } from './prng';

export interface ChaosOptions {
  seed: number;
  items: number;
  devices: number;
  postgresUrl?: string | undefined;
  /** Crashes (SIGKILL) of the server while items are being created. */
  kills?: number;
  faultRate?: number;
  log?: (line: string) => void;
}

export interface ChaosReport {
  options: ChaosOptions;
  problems: string[];
  faults: Record<string, number>;
  kills: number;
  droppedConnections: number;
  seconds: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function drainAll(devices: Device[], deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    const waiting = await Promise.all(devices.map((d) => d.outbox.countWaiting()));
    if (waiting.every((n) => n === 0)) return;
    await Promise.all(devices.map((d, i) => ((waiting[i] ?? 0) > 0 ? d.client.drain({ manual: true }) : undefined)));
    await sleep(50);
  }
}

/** Compares what the server holds with what the phones created and what they believe was sent. */
async function verify(server: RunningServer, url: string | undefined, devices: Device[]): Promise<string[]> {
  const problems: string[] = [];
  const handle = await openDatabase({ dataDir: server.dataDir, databaseUrl: url });
  try {
    const rows = await handle.db.selectFrom('items').select(['id', 'kind', 'payload']).execute();
    const stored = new Map(rows.map((row) => [row.id, row]));
    if (stored.size !== rows.length) problems.push(`${rows.length - stored.size} ids stored more than once`);
    const created = new Map(devices.flatMap((d) => [...d.created]));
    for (const [id, item] of created) {
      const row = stored.get(id);
      if (!row) problems.push(`missing on server: ${id}`);
      else if (row.kind !== item.kind || !isDeepStrictEqual(JSON.parse(row.payload), item.payload)) problems.push(`payload differs: ${id}`);
    }
    for (const id of stored.keys()) if (!created.has(id)) problems.push(`on server but never created: ${id}`);
    for (const [index, device] of devices.entries()) {
      const waiting = await device.outbox.countWaiting();
      if (waiting > 0) problems.push(`device ${index} still has ${waiting} items waiting`);
      for (const receipt of await device.outbox.listSent()) {
        if (!stored.has(receipt.id)) problems.push(`device ${index} marked sent but the server lacks ${receipt.id}`);
      }
    }
  } finally {
    await handle.close();
  }
  return problems;
}

/** One chaos run: devices create items through faults, crashes and offline spells; then check every item. */
export async function runChaos(options: ChaosOptions): Promise<ChaosReport> {
  const started = Date.now();
  const log = options.log ?? (() => undefined);
  const random = seededRandom(options.seed);
  const database = await chaosDatabase(options.postgresUrl);
  const server = await startServer(database.url ? { DATABASE_URL: database.url } : {});
  const proxy = await startFaultProxy(server.url, random, options.faultRate ?? 0.3);
  const devices = Array.from({ length: options.devices }, (_, i) => new Device(i, proxy.url, seededRandom(options.seed + i + 1)));
  const spread = (n: number, offset: number) => Array.from({ length: n }, (_, i) => Math.floor((options.items * (i + offset)) / (n + 1)));
  const killAt = spread(options.kills ?? 2, 1);
  // PostgreSQL only: cut the server's pooled connections between the crashes, mid-traffic.
  const cutAt = database.url ? spread((options.kills ?? 2) + 1, 0.5) : [];
  let created = 0;
  let kills = 0;
  let droppedConnections = 0;
  try {
    while (created < options.items) {
      const device = devices[Math.floor(random() * devices.length)] as Device;
      const roll = random();
      if (roll < 0.08) device.setOnline(!device.online);
      else {
        const count = Math.min(options.items - created, 1 + Math.floor(random() * 5));
        await device.create(count);
        created += count;
      }
      if (killAt[kills] !== undefined && created >= (killAt[kills] as number)) {
        log(`crash ${kills + 1}: SIGKILL the server after ${created} items, then start it again`);
        await server.restart('SIGKILL');
        kills += 1;
      }
      if (cutAt[0] !== undefined && created >= cutAt[0]) {
        cutAt.shift();
        const cut = await database.dropConnections();
        droppedConnections += cut;
        log(`cut ${cut} PostgreSQL connections of the server's pool after ${created} items`);
      }
      await sleep(Math.floor(random() * 4));
    }
    log(`all ${created} items created; faults off, every device online, draining`);
    proxy.setFaulty(false);
    devices.forEach((d) => d.setOnline(true));
    await drainAll(devices, Date.now() + 120_000);
    const problems = await verify(server, database.url, devices);
    return { options, problems, faults: { ...proxy.counts }, kills, droppedConnections, seconds: (Date.now() - started) / 1000 };
  } finally {
    devices.forEach((d) => d.close());
    await proxy.close();
    await server.stop().catch(() => undefined);
    await database.cleanup();
  }
}
