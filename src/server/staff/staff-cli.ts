import { parseArgs } from 'node:util';
import { loadConfig } from '../config';
import { openDatabase } from '../db/database';
import { StaffInputError, addStaff } from './staff-repository';

const USAGE = 'Usage: STAFF_PASSWORD=… npm run staff -- add --email <email> --role <admin|facilitator|advocacy-coordinator|participation-officer>';

/** Non-interactive: the password comes from STAFF_PASSWORD so it never shows in shell history. */
async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { email: { type: 'string' }, role: { type: 'string' } },
  });
  if (positionals[0] !== 'add' || !values.email || !values.role) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const password = process.env.STAFF_PASSWORD ?? '';
  if (!password) {
    process.stderr.write('Set the password in the STAFF_PASSWORD environment variable.\n');
    return 2;
  }
  const config = loadConfig();
  const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    const staff = await addStaff(database.db, { email: values.email, role: values.role, password });
    process.stdout.write(`Added ${staff.email} as ${staff.role}.\n`);
    return 0;
  } catch (error) {
    if (error instanceof StaffInputError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
