import { parseArgs } from 'node:util';
import { COMMAND_LINE_STAFF_ID } from '../../shared/inbox/staff-admin-wire';
import { loadConfig } from '../config';
import { type Db, openDatabase } from '../db/database';
import {
  StaffInputError,
  addStaff,
  findStaffIdByEmail,
  listStaff,
  resetStaffPassword,
  setStaffDisabled,
} from './staff-repository';

const ROLES = 'admin|facilitator|advocacy-coordinator|participation-officer';
const USAGE = `Usage: npm run staff -- <add|reset-password|disable|enable|list> …
  STAFF_PASSWORD=… npm run staff -- add --email <email> --role <${ROLES}>
  STAFF_PASSWORD=… npm run staff -- reset-password --email <email>
  npm run staff -- disable --email <email>
  npm run staff -- enable --email <email>
  npm run staff -- list`;

const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

/** Changes made here are audited too, as done by "the command line" (no one is signed in). */
const actor = { staffId: COMMAND_LINE_STAFF_ID };

type Command = (db: Db, email: string, role: string, password: string) => Promise<string>;

async function idOf(db: Db, email: string): Promise<number> {
  const id = await findStaffIdByEmail(db, email);
  if (id === undefined) throw new StaffInputError(`There is no staff member with the email ${email.trim().toLowerCase()}.`);
  return id;
}

const COMMANDS: Record<string, { needs: readonly ('email' | 'role' | 'password')[]; run: Command }> = {
  add: {
    needs: ['email', 'role', 'password'],
    run: async (db, email, role, password) => {
      const staff = await addStaff(db, { email, role, password }, actor);
      return `Added ${staff.email} as ${staff.role}.`;
    },
  },
  'reset-password': {
    needs: ['email', 'password'],
    run: async (db, email, _role, password) => {
      const staff = await resetStaffPassword(db, { staffId: await idOf(db, email), password }, actor);
      return `Set a new password for ${staff?.email ?? email}, and signed them out everywhere.`;
    },
  },
  disable: {
    needs: ['email'],
    run: async (db, email) => {
      const staff = await setStaffDisabled(db, { staffId: await idOf(db, email), disabled: true }, actor);
      return `Disabled ${staff?.email ?? email}, and signed them out everywhere.`;
    },
  },
  enable: {
    needs: ['email'],
    run: async (db, email) => {
      const staff = await setStaffDisabled(db, { staffId: await idOf(db, email), disabled: false }, actor);
      return `Enabled ${staff?.email ?? email}.`;
    },
  },
  list: {
    needs: [],
    run: async (db) => {
      const staff = await listStaff(db, actor);
      if (staff.length === 0) return 'No staff yet.';
      return staff.map((s) => [s.email, s.role, s.disabled ? 'disabled' : 'active', s.createdAt].join('\t')).join('\n');
    },
  },
};

/** Non-interactive: a password comes from STAFF_PASSWORD so it never shows in shell history. */
async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { email: { type: 'string' }, role: { type: 'string' } } });
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return EXIT.usage;
  }
  const { positionals, values } = parsed;
  const name = positionals.length === 1 ? positionals[0] : undefined;
  const command = name && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  const password = process.env.STAFF_PASSWORD ?? '';
  if (!command || (command.needs.includes('email') && !values.email) || (command.needs.includes('role') && !values.role)) {
    process.stderr.write(`${USAGE}\n`);
    return EXIT.usage;
  }
  if (command.needs.includes('password') && !password) {
    process.stderr.write('Set the password in the STAFF_PASSWORD environment variable.\n');
    return EXIT.usage;
  }
  const config = loadConfig();
  const database = await openDatabase({ dataDir: config.dataDir, databaseUrl: config.databaseUrl });
  try {
    process.stdout.write(`${await command.run(database.db, values.email ?? '', values.role ?? '', password)}\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof StaffInputError) {
      process.stderr.write(`${error.message}\n`);
      return EXIT.refused;
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
