import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface ChaosDatabase {
  /** DATABASE_URL for the server process, or undefined for its own SQLite file. */
  url: string | undefined;
  schema: string | undefined;
  /** PostgreSQL only: cut every connection the server holds, as a database restart would. */
  dropConnections(): Promise<number>;
  cleanup(): Promise<void>;
}

export async function chaosDatabase(postgresUrl: string | undefined): Promise<ChaosDatabase> {
  if (!postgresUrl) {
    return { url: undefined, schema: undefined, dropConnections: async () => 0, cleanup: async () => undefined };
  }
  const schema = `chaos_${randomBytes(5).toString('hex')}`;
  const appName = `your-say-${schema}`;
  const admin = new pg.Client({ connectionString: postgresUrl });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  const separator = postgresUrl.includes('?') ? '&' : '?';
  return {
    url: `${postgresUrl}${separator}options=${encodeURIComponent(`-c search_path=${schema}`)}&application_name=${appName}`,
    schema,
    async dropConnections() {
      const result = await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [appName]);
      return result.rowCount ?? 0;
    },
    async cleanup() {
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.end();
    },
  };
}
