import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db/database';
import { verifyPassword } from '../../src/server/staff/passwords';
import { type RunResult, runNode } from './run-node';
import { GOOD_PASSWORD } from './staff-helpers';
import { makeTempDir, removeDir } from './test-database';

const CLI = 'src/server/staff/staff-cli.ts';

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

  async function staffRows() {
    const handle = await openDatabase({ dataDir });
    try {
      return await handle.db.selectFrom('staff').select(['email', 'role', 'password_hash']).orderBy('email').execute();
    } finally {
      await handle.close();
    }
  }

  it('[sqlite] adds an admin, exits 0 and the admin can be found with the password', async () => {
    const result = await addWithCli('x@example.org', 'admin', GOOD_PASSWORD);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Added x@example\.org as admin/);

    const rows = await staffRows();
    expect(rows.map(({ email, role }) => ({ email, role }))).toEqual([{ email: 'x@example.org', role: 'admin' }]);
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

  it('[sqlite] prints the usage and exits non-zero without --role', async () => {
    const result = await runNode([CLI, 'add', '--email', 'y@example.org'], { DATA_DIR: dataDir, STAFF_PASSWORD: GOOD_PASSWORD });
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
    expect(result.stderr).toMatch(/^Usage: /);
  });
});
