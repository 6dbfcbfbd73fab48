import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../src/server/db/database';
import { verifyPassword } from '../../src/server/staff/passwords';
import { createSession } from '../../src/server/staff/sessions';
import { COMMAND_LINE_STAFF_ID } from '../../src/shared/inbox/staff-admin-wire';
import { type RunResult, runNode } from './run-node';
import { GOOD_PASSWORD } from './staff-helpers';
import { makeTempDir, removeDir } from './test-database';

const CLI = 'src/server/staff/staff-cli.ts';
const NEW_PASSWORD = 'a different long passphrase';

// The CLI is run against SQLite only: it reads DATA_DIR and no test schema.
describe('staff CLI end to end [sqlite]', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = makeTempDir('your-say-cli-');
  });
  afterAll(() => removeDir(dataDir));

  function addWithCli(email: string, role: string, password: string): Promise<RunResult> {
    return runNode([CLI, 'add', '--email', email, '--role', role], { DATA_DIR: dataDir, STAFF_PASSWORD: password });
  }

  function cli(args: string[], password?: string): Promise<RunResult> {
    return runNode([CLI, ...args], { DATA_DIR: dataDir, ...(password === undefined ? {} : { STAFF_PASSWORD: password }) });
  }

  async function withDb<T>(work: (db: Db) => Promise<T>): Promise<T> {
    const handle = await openDatabase({ dataDir });
    try {
      return await work(handle.db);
    } finally {
      await handle.close();
    }
  }

  const staffRows = () => withDb((db) => db.selectFrom('staff').select(['email', 'role', 'password_hash', 'disabled']).orderBy('email').execute());
  const rowOf = async (email: string) => (await staffRows()).find((row) => row.email === email);

  it('[sqlite] adds an admin, exits 0 and the admin can be found with the password', async () => {
    const result = await addWithCli('x@example.org', 'admin', GOOD_PASSWORD);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Added x@example\.org as admin/);

    const rows = await staffRows();
    expect(rows.map(({ email, role, disabled }) => ({ email, role, disabled: Number(disabled) }))).toEqual([{ email: 'x@example.org', role: 'admin', disabled: 0 }]);
    expect(await verifyPassword(rows[0]?.password_hash ?? '', GOOD_PASSWORD)).toBe(true);
  });

  it('[sqlite] refuses --role boss with a non-zero exit and a message, adding no one', async () => {
    const result = await addWithCli('boss@example.org', 'boss', GOOD_PASSWORD);
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
    expect(result.stderr).toMatch(/"boss" is not a role/);
    expect((await staffRows()).map((row) => row.email)).not.toContain('boss@example.org');
  });

  it('[sqlite] refuses a 5-character STAFF_PASSWORD with a non-zero exit and a message, adding no one', async () => {
    const result = await addWithCli('short@example.org', 'admin', '12345');
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
    expect(result.stderr).toMatch(/at least 8 characters/);
    expect((await staffRows()).map((row) => row.email)).not.toContain('short@example.org');
  });

  // The API test refuses the whole sample; here two show the CLI uses the same check.
  it.each(['password1', 'iloveyou'])(
    '[sqlite] refuses the common password %s with exit 1 and a message, adding no one',
    async (password) => {
      const result = await addWithCli('common@example.org', 'admin', password);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/too common/);
      expect(await rowOf('common@example.org')).toBeUndefined();
    },
  );

  it('[sqlite] refuses an email already in use with exit 1', async () => {
    const result = await addWithCli('X@example.org', 'facilitator', GOOD_PASSWORD);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/already a staff member/);
  });

  it('[sqlite] reset-password sets the password from STAFF_PASSWORD and ends the member\'s sessions', async () => {
    expect((await addWithCli('reset@example.org', 'facilitator', GOOD_PASSWORD)).code).toBe(0);
    const id = (await withDb((db) => db.selectFrom('staff').select('id').where('email', '=', 'reset@example.org').executeTakeFirstOrThrow())).id;
    await withDb((db) => createSession(db, Number(id)));

    const refused = await cli(['reset-password', '--email', 'reset@example.org'], 'iloveyou');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/too common/);
    expect(await verifyPassword((await rowOf('reset@example.org'))?.password_hash ?? '', GOOD_PASSWORD)).toBe(true);

    const result = await cli(['reset-password', '--email', 'reset@example.org'], NEW_PASSWORD);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const hash = (await rowOf('reset@example.org'))?.password_hash ?? '';
    expect(await verifyPassword(hash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(hash, GOOD_PASSWORD)).toBe(false);
    expect(await withDb((db) => db.selectFrom('staff_sessions').select('id_hash').where('staff_id', '=', Number(id)).execute())).toEqual([]);
  });

  it('[sqlite] disable and enable an account, list shows it, and each is audited without the email', async () => {
    expect((await addWithCli('off@example.org', 'facilitator', GOOD_PASSWORD)).code).toBe(0);
    expect((await cli(['disable', '--email', 'off@example.org'])).code).toBe(0);
    expect(Number((await rowOf('off@example.org'))?.disabled)).toBe(1);
    expect((await cli(['list'])).stdout).toMatch(/^off@example\.org\tfacilitator\tdisabled\t/m);

    expect((await cli(['enable', '--email', 'off@example.org'])).code).toBe(0);
    expect(Number((await rowOf('off@example.org'))?.disabled)).toBe(0);
    const list = await cli(['list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^off@example\.org\tfacilitator\tactive\t/m);
    expect(list.stdout).not.toMatch(/argon2/);

    const audit = await withDb((db) => db.selectFrom('audit_log').select(['staff_id', 'action', 'detail']).orderBy('id', 'asc').execute());
    expect(audit.map((row) => row.action)).toEqual(expect.arrayContaining(['staff:add', 'staff:disable', 'staff:enable', 'staff:list', 'staff:password-reset']));
    expect(audit.every((row) => Number(row.staff_id) === COMMAND_LINE_STAFF_ID)).toBe(true);
    expect(JSON.stringify(audit)).not.toMatch(/@|correct horse|iloveyou/);
  });

  it('[sqlite] exits 1 with a message for an unknown email', async () => {
    for (const command of ['disable', 'enable']) {
      const result = await cli([command, '--email', 'nobody@example.org']);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/no staff member with the email nobody@example\.org/);
    }
  });

  it.each([
    [['reset-password']],
    [['disable']],
    [['frobnicate', '--email', 'x@example.org']],
    [['list', '--bogus']],
    [[]],
  ])('[sqlite] exits 2 with the usage for %j', async (args) => {
    const result = await cli(args, GOOD_PASSWORD);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Usage: /);
  });

  it('[sqlite] exits 2 when a password is needed and STAFF_PASSWORD is not set, never reading one from the arguments', async () => {
    const result = await cli(['reset-password', '--email', 'x@example.org']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/STAFF_PASSWORD/);
  });

  it('[sqlite] prints the usage and exits non-zero without --role', async () => {
    const result = await runNode([CLI, 'add', '--email', 'y@example.org'], { DATA_DIR: dataDir, STAFF_PASSWORD: GOOD_PASSWORD });
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
    expect(result.stderr).toMatch(/^Usage: /);
    expect(result.code).toBe(2);
  });
});
