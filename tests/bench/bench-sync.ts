/**
 * `npm run bench:sync`: how fast a device's queue reaches the server, batched versus one request per
 * item, how much the server ingests with many devices at once, and what 300 ms of latency costs.
 * Not a test: it prints figures (and writes them to tests/bench/last-results.md). Runs on SQLite
 * and PostgreSQL (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test); set
 * BENCH_DIALECTS=sqlite (or postgres) to run one only, BENCH_WAIT_QUIET_S=300 to wait for a quiet machine.
 */
import os from 'node:os';
import path from 'node:path';
import { BENCH_PG_URL, leftoverBenchDatabases } from './pg-database';
import { machineLine, type Row, textTable, writeMarkdown } from './report';
import { ADDED_RTT_MS, type Dialect, LOAD, openResources, PER_ITEM_SAMPLE_UNDER_LATENCY, QUEUED_ITEMS, runDialect } from './scenarios';

/** The whole run must finish by itself; past this (default 20 minutes) it cleans up and stops with an error. */
const OVERALL_LIMIT_MS = (Number(process.env.BENCH_TIME_LIMIT_S) || 1_200) * 1000;
const RESULTS_FILE = path.join(import.meta.dirname, 'last-results.md');

/**
 * BENCH_WAIT_QUIET_S=<seconds>: before each dialect, wait (at most that long) until the 1-minute load
 * average is under half the cores, so other work on a shared machine spoils the figures less.
 */
async function waitForQuiet(): Promise<void> {
  const limitMs = (Number(process.env.BENCH_WAIT_QUIET_S) || 0) * 1000;
  const quiet = os.cpus().length / 2;
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline && (os.loadavg()[0] ?? 0) >= quiet) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(5_000, Math.max(0, deadline - Date.now()))));
  }
}

function chosenDialects(): Dialect[] {
  const wanted = (process.env.BENCH_DIALECTS ?? 'sqlite,postgres').split(',').map((name) => name.trim());
  const dialects = wanted.filter((name): name is Dialect => name === 'sqlite' || name === 'postgres');
  if (dialects.length === 0) throw new Error('BENCH_DIALECTS must name sqlite and/or postgres.');
  return dialects;
}

const NOTES = [
  `Each dialect runs against the real server process (\`startServer\`, LOG_LEVEL=warn) on a fresh database: a temporary SQLite file, or a new PostgreSQL database \`bench_<random>\` dropped afterwards (a database, not a schema: see tests/bench/pg-database.ts).`,
  `Batched: the app's \`Outbox\` (Dexie over fake-indexeddb) drained by \`createSyncClient\` + \`createFetchTransport\` (batches of 100). One request per item: Workbox Background Sync style, a sequential loop posting a one-item batch and removing the item after its answer (same Outbox, same transport).`,
  `Ingest: ${LOAD.devices} concurrent simulated devices, each sending ${LOAD.batchesPerDevice} batches of ${LOAD.itemsPerBatch} valid ratings one after the other with fetch; every device is connected before the clock starts; latency is per request, from send to parsed answer. Client and server share the same machine.`,
  `Latency: a TCP proxy on 127.0.0.1 holds every chunk ${ADDED_RTT_MS / 2} ms each way (+${ADDED_RTT_MS} ms per round trip). One request per item is timed on ${PER_ITEM_SAMPLE_UNDER_LATENCY} items and scaled to ${QUEUED_ITEMS}.`,
  'SQLite runs in WAL mode with synchronous=FULL (the WAL is synced at every commit, i.e. once per request), as the server configures it.',
];

async function main(): Promise<void> {
  const watchdog = setTimeout(() => {
    process.stderr.write(`bench:sync took more than ${OVERALL_LIMIT_MS / 1000} s; stopping.\n`);
    // Stop the server and drop the database first (at most 15 s), then leave.
    const undo = Promise.allSettled([...openResources].reverse().map((close) => close()));
    const grace = new Promise((resolve) => setTimeout(resolve, 15_000).unref());
    void Promise.race([undo, grace]).finally(() => process.exit(2));
  }, OVERALL_LIMIT_MS);
  watchdog.unref();

  const rows: Row[] = [];
  const loads: string[] = [];
  const load = () => (os.loadavg()[0] ?? 0).toFixed(1);
  const dialects = chosenDialects();
  for (const dialect of dialects) {
    await waitForQuiet();
    const started = Date.now();
    const loadBefore = load();
    process.stdout.write(`\n== ${dialect} (1-min load average ${loadBefore}) ==\n`);
    rows.push(...(await runDialect(dialect, (line) => process.stdout.write(`  ${line}\n`), BENCH_PG_URL)));
    loads.push(`${dialect} ${loadBefore} → ${load()}`);
    process.stdout.write(`  done in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
  }
  const loadNote = `1-minute load average before → after: ${loads.join('; ')} (${os.cpus().length} cores; above that, other work was competing for the CPU).`;

  const machine = machineLine(BENCH_PG_URL);
  process.stdout.write(`\n${machine}\n${loadNote}\n\n${textTable(rows)}\n`);
  writeMarkdown(RESULTS_FILE, rows, [...NOTES, loadNote], machine);
  process.stdout.write(`\nWritten to ${path.relative(process.cwd(), RESULTS_FILE)}\n`);

  if (dialects.includes('postgres')) {
    const leftover = await leftoverBenchDatabases(BENCH_PG_URL);
    if (leftover.length > 0) process.stdout.write(`Note: bench databases still in PostgreSQL: ${leftover.join(', ')}\n`);
  }
  clearTimeout(watchdog);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench:sync failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
