/**
 * A fresh PostgreSQL database for one benchmark run, dropped afterwards.
 *
 * Why a database and not a schema: the server's migrations (Kysely's Migrator, no
 * `migrationTableSchema`) decide whether `kysely_migration` exists by looking in EVERY schema of the
 * database. While another schema holds one (for example a server test running at the same time on
 * the `test` database), a server started with `?options=-c%20search_path%3D<fresh schema>` skips
 * creating its own and fails with `relation "kysely_migration_lock" does not exist` — and, the other
 * way round, a bench schema would break those tests. A database of its own avoids both.
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const BENCH_PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface BenchDatabase {
  name: string;
  /** DATABASE_URL for the server. */
  databaseUrl: string;
  drop(): Promise<void>;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function createBenchDatabase(baseUrl = BENCH_PG_URL): Promise<BenchDatabase> {
  const url = new URL(baseUrl);
  if (url.hostname !== '127.0.0.1') throw new Error('The benchmark only talks to PostgreSQL on 127.0.0.1.');
  // Only [a-z0-9_]: safe in SQL and in the URL without quoting.
  const name = `bench_${randomBytes(6).toString('hex')}`;
  await withClient(baseUrl, (client) => client.query(`CREATE DATABASE ${name}`));
  url.pathname = `/${name}`;
  return {
    name,
    databaseUrl: url.toString(),
    drop: async () => {
      // FORCE (PostgreSQL 13+) also ends connections a killed server may have left behind.
      await withClient(baseUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}

/** Bench databases left behind (for example by a run killed with SIGKILL). */
export async function leftoverBenchDatabases(baseUrl = BENCH_PG_URL): Promise<string[]> {
  return withClient(baseUrl, async (client) => {
    const rows = await client.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE 'bench\\_%'");
    return rows.rows.map((row) => row.datname);
  });
}
