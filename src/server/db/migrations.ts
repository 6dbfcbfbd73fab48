import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';

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
  '002-child-requests': {
    async up(db: Kysely<unknown>) {
      // Contact details and topics are kept as JSON text: portable, and only ever read whole.
      await db.schema
        .createTable('advocate_requests')
        .addColumn('item_id', 'varchar(36)', (c) => c.primaryKey().references('items.id').onDelete('cascade'))
        .addColumn('topics', 'text', (c) => c.notNull())
        .addColumn('details', 'text')
        .addColumn('contact', 'text', (c) => c.notNull())
        .addColumn('needs', 'text')
        .addColumn('urgency', 'varchar(20)')
        .addColumn('care_status', 'varchar(20)')
        .addColumn('age_band', 'varchar(20)')
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('status', 'varchar(20)', (c) => c.notNull().defaultTo('new'))
        .addColumn('status_changed_at', 'varchar(40)')
        .execute();
      await db.schema.createIndex('advocate_requests_status').on('advocate_requests').columns(['status', 'created_at']).execute();

      await db.schema
        .createTable('messages')
        .addColumn('item_id', 'varchar(36)', (c) => c.primaryKey().references('items.id').onDelete('cascade'))
        .addColumn('type', 'varchar(20)', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('care_status', 'varchar(20)')
        .addColumn('age_band', 'varchar(20)')
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .execute();

      await db.schema
        .createTable('talk_requests')
        .addColumn('item_id', 'varchar(36)', (c) => c.primaryKey().references('items.id').onDelete('cascade'))
        .addColumn('text', 'text')
        .addColumn('contact', 'text', (c) => c.notNull())
        .addColumn('urgency', 'varchar(20)')
        .addColumn('care_status', 'varchar(20)')
        .addColumn('age_band', 'varchar(20)')
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('status', 'varchar(20)', (c) => c.notNull().defaultTo('new'))
        .execute();
      await db.schema.createIndex('talk_requests_status').on('talk_requests').columns(['status', 'created_at']).execute();

      // Written by staff (publishing comes later); read by the public you-said-we-did route.
      await db.schema
        .createTable('you_said_we_did')
        .addColumn('id', 'varchar(36)', (c) => c.primaryKey())
        .addColumn('title', 'varchar(200)', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('month', 'varchar(7)', (c) => c.notNull())
        .addColumn('published_at', 'varchar(40)')
        .addColumn('created_at', 'varchar(40)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('you_said_we_did_published').on('you_said_we_did').columns(['published_at']).execute();
    },
  },
  '003-audit-and-status': {
    async up(db: Kysely<unknown>) {
      const serial = dialect === 'postgres' ? 'serial' : 'integer';
      // Append-only: who did what to which item, and when. No foreign key, so removing a staff
      // member or an item never removes its trail. Never holds what a child said.
      await db.schema
        .createTable('audit_log')
        .addColumn('id', serial, (c) => c.primaryKey())
        .addColumn('at', 'varchar(40)', (c) => c.notNull())
        .addColumn('staff_id', 'integer', (c) => c.notNull())
        .addColumn('action', 'varchar(64)', (c) => c.notNull())
        .addColumn('item_id', 'varchar(36)')
        .addColumn('detail', 'varchar(200)')
        .execute();
      await db.schema.createIndex('audit_log_item').on('audit_log').columns(['item_id']).execute();

      // Staff notes on advocate and talk requests (written by staff, read by the same roles).
      await db.schema
        .createTable('request_notes')
        .addColumn('id', serial, (c) => c.primaryKey())
        .addColumn('item_id', 'varchar(36)', (c) => c.notNull().references('items.id').onDelete('cascade'))
        .addColumn('staff_id', 'integer', (c) => c.notNull())
        .addColumn('at', 'varchar(40)', (c) => c.notNull())
        .addColumn('note', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('request_notes_item').on('request_notes').columns(['item_id', 'at']).execute();

      await db.schema.alterTable('talk_requests').addColumn('status_changed_at', 'varchar(40)').execute();
    },
  },
  '004-themes-quotes-publishing': {
    async up(db: Kysely<unknown>) {
      const serial = dialect === 'postgres' ? 'serial' : 'integer';
      // Themes of a comment (a rating's "Tell us more" or a "Say something" message). `source` is
      // 'auto' (suggested from keyword lists) or 'staff' (changed by a person; audited).
      await db.schema
        .createTable('comment_themes')
        .addColumn('item_id', 'varchar(36)', (c) => c.notNull().references('items.id').onDelete('cascade'))
        .addColumn('theme', 'varchar(60)', (c) => c.notNull())
        .addColumn('source', 'varchar(10)', (c) => c.notNull())
        .addColumn('set_at', 'varchar(40)', (c) => c.notNull())
        .addPrimaryKeyConstraint('comment_themes_pk', ['item_id', 'theme'])
        .execute();
      await db.schema.createIndex('comment_themes_theme').on('comment_themes').columns(['theme']).execute();

      // A quote asked for by one staff member, redacted automatically, leaving only once a second,
      // different staff member approves it.
      await db.schema
        .createTable('quote_requests')
        .addColumn('id', serial, (c) => c.primaryKey())
        .addColumn('item_id', 'varchar(36)', (c) => c.notNull().references('items.id').onDelete('cascade'))
        .addColumn('redacted_text', 'text', (c) => c.notNull())
        .addColumn('status', 'varchar(12)', (c) => c.notNull())
        .addColumn('requested_by', 'integer', (c) => c.notNull())
        .addColumn('requested_at', 'varchar(40)', (c) => c.notNull())
        .addColumn('decided_by', 'integer')
        .addColumn('decided_at', 'varchar(40)')
        .execute();
      await db.schema.createIndex('quote_requests_item').on('quote_requests').columns(['item_id']).execute();

      // Staff-kept lists that quote redaction uses: names and school names.
      await db.schema
        .createTable('redaction_terms')
        .addColumn('id', serial, (c) => c.primaryKey())
        .addColumn('kind', 'varchar(10)', (c) => c.notNull())
        .addColumn('term', 'varchar(100)', (c) => c.notNull())
        .addColumn('added_by', 'integer', (c) => c.notNull())
        .addColumn('added_at', 'varchar(40)', (c) => c.notNull())
        .addUniqueConstraint('redaction_terms_kind_term', ['kind', 'term'])
        .execute();

      // Linked themes (JSON array of theme ids) and who wrote a "You said, we did" response.
      await db.schema.alterTable('you_said_we_did').addColumn('themes', 'text', (c) => c.notNull().defaultTo('[]')).execute();
      await db.schema.alterTable('you_said_we_did').addColumn('created_by', 'integer').execute();
      await db.schema.alterTable('you_said_we_did').addColumn('updated_at', 'varchar(40)').execute();
    },
  },
  '005-one-open-quote-per-comment': {
    async up(db: Kysely<unknown>) {
      // Two people asking for the same quote at the same moment must not both be stored as pending.
      await db.schema
        .createIndex('quote_requests_open')
        .on('quote_requests')
        .column('item_id')
        .unique()
        .where(sql.ref('status'), 'in', ['pending', 'approved'])
        .execute();
    },
  },
  '006-sign-in-failures': {
    async up(db: Kysely<unknown>) {
      // Failed sign-ins per account, in the database: every process on one database shares the
      // limit, and a restart keeps it. No IP address, no user agent, no password.
      await db.schema
        .createTable('sign_in_failures')
        .addColumn('id', dialect === 'postgres' ? 'serial' : 'integer', (c) => c.primaryKey())
        .addColumn('email', 'varchar(254)', (c) => c.notNull())
        .addColumn('failed_at', 'varchar(40)', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('sign_in_failures_email').on('sign_in_failures').columns(['email', 'failed_at']).execute();
      await db.schema.createIndex('sign_in_failures_at').on('sign_in_failures').columns(['failed_at']).execute();
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
  // Kysely looks for its own tables in every schema unless told which: name the one we work in, so
  // several instances (or test runs) in one PostgreSQL database never see each other's.
  const schema =
    dialect === 'postgres' ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(db)).rows[0]?.schema : undefined;
  const migrator = new Migrator({
    db,
    provider: new InCodeProvider(dialect),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? failed?.migrationName);
    throw new Error(`Database migration failed: ${reason}`);
  }
}

