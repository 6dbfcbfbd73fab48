import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { type DatabaseHandle, openDatabase } from '../../src/server/db/database';
import type { Dialect } from '../../src/server/db/migrations';

/** Set to a PostgreSQL URL to run every server test against PostgreSQL as well as SQLite. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined;

/** SQLite always; PostgreSQL only when TEST_DATABASE_URL is set. */
export const dialects: readonly Dialect[] = TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export interface TestDatabase {
  dialect: Dialect;
  handle: DatabaseHandle;
  /** The temporary DATA_DIR (SQLite keeps its file here). */
  dataDir: string;
  /** Closes the handle, drops the PostgreSQL schema and removes DATA_DIR. */
  cleanup(): Promise<void>;
}

export function makeTempDir(prefix = 'your-say-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

async function withPgClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Opens a migrated, empty database of the given dialect that nothing else uses. */
export async function openTestDatabase(dialect: Dialect): Promise<TestDatabase> {
  const dataDir = makeTempDir();
  if (dialect === 'sqlite') {
    try {
      const handle = await openDatabase({ dataDir });
      return {
        dialect,
        handle,
        dataDir,
        async cleanup() {
          await handle.close();
          removeDir(dataDir);
        },
      };
    } catch (error) {
      removeDir(dataDir);
      throw error;
    }
  }

  const url = TEST_DATABASE_URL;
  if (!url) throw new Error('PostgreSQL tests need TEST_DATABASE_URL.');
  // Lower-case hex only, so the name is safe to put in SQL and in search_path unquoted.
  const pgSchema = `t_${randomBytes(8).toString('hex')}`;
  const dropSchema = async () => {
    await withPgClient(url, (client) => client.query(`DROP SCHEMA IF EXISTS ${pgSchema} CASCADE`));
    removeDir(dataDir);
  };
  await withPgClient(url, (client) => client.query(`CREATE SCHEMA ${pgSchema}`));
  try {
    const handle = await openDatabase({ dataDir, databaseUrl: url, pgSchema });
    return {
      dialect,
      handle,
      dataDir,
      async cleanup() {
        try {
          await handle.close();
        } finally {
          await dropSchema();
        }
      },
    };
  } catch (error) {
    await dropSchema();
    throw error;
  }
}

/**
 * Registers beforeAll/afterAll hooks that open one test database for the enclosing describe
 * block and clean it up afterwards. Read `.current` inside tests and hooks only.
 */
export function useTestDatabase(dialect: Dialect): { readonly current: TestDatabase } {
  let opened: TestDatabase | undefined;
  beforeAll(async () => {
    opened = await openTestDatabase(dialect);
  });
  afterAll(async () => {
    await opened?.cleanup();
    opened = undefined;
  });
  return {
    get current(): TestDatabase {
      if (!opened) throw new Error('The test database is only open inside tests.');
      return opened;
    },
  };
}
