import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

/** One migration set for SQLite and PostgreSQL: only portable column types. */
function buildMigrations(dialect: Dialect): Record<string, Migration> {
  return {
  '001-foundation': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('items')
        .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
        .addColumn('kind', 'varchar(64)', (c) => c.notNull())
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('received_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('body_hash', 'varchar(64)', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('items_kind_received').on('items').columns(['kind', 'received_at']).execute();

      await db.schema
        .createTable('ratings')
        .addColumn('item_id', 'varchar(36)', (c) => c.primaryKey().references('items.id').onDelete('cascade'))
        .addColumn('statement_id', 'varchar(40)', (c) => c.notNull())
        .addColumn('answer', 'varchar(20)', (c) => c.notNull())
        .addColumn('comment', 'text')
        .addColumn('care_status', 'varchar(20)')
        .addColumn('age_band', 'varchar(20)')
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('ratings_statement').on('ratings').columns(['statement_id', 'created_at']).execute();

      await db.schema
        .createTable('staff')
        .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) => c.primaryKey())
        .addColumn('email', 'varchar(254)', (c) => c.notNull().unique())
        .addColumn('role', 'varchar(40)', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('staff_sessions')
        .addColumn('id_hash', 'varchar(64)', (c) => c.primaryKey())
        .addColumn('staff_id', 'integer', (c) => c.notNull().references('staff.id').onDelete('cascade'))
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('last_seen_at', 'varchar(40)', (c) => c.notNull())
        .execute();
    },
  },
  };
}

class InCodeProvider implements MigrationProvider {
  constructor(private readonly dialect: Dialect) {}
  async getMigrations() {
    return buildMigrations(this.dialect);
  }
}

export async function migrateToLatest(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const migrator = new Migrator({ db, provider: new InCodeProvider(dialect) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? failed?.migrationName);
    throw new Error(`Database migration failed: ${reason}`);
  }
}

