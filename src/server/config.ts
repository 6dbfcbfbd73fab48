import path from 'node:path';
import { z } from 'zod';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS, isIsoDate } from '../shared/inbox/bank-holidays';

const configSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  DIST_DIR: z.string().min(1).default('./dist'),
  TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'),
  // Comma-separated YYYY-MM-DD dates, or "none"; unset means England and Wales.
  BANK_HOLIDAYS: z
    .string()
    .refine(
      (value) => value.trim() === 'none' || value.split(',').every((date) => isIsoDate(date.trim())),
      'must be dates written YYYY-MM-DD, separated by commas (or "none")',
    )
    .optional(),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  distDir: string;
  trustProxy: boolean;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  /** Days the "1 working day" clock skips besides weekends. */
  bankHolidays: ReadonlySet<string>;
};

function bankHolidaysFrom(value: string | undefined): ReadonlySet<string> {
  if (value === undefined) return new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS);
  if (value.trim() === 'none') return new Set();
  return new Set(value.split(',').map((date) => date.trim()));
}

export class ConfigError extends Error {}

/** Reads the environment; a bad value throws one plain line naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = configSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') ?? 'configuration';
    throw new ConfigError(`Your Say cannot start: ${name} ${issue?.message ?? 'is not valid'}.`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: path.resolve(c.DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    distDir: path.resolve(c.DIST_DIR),
    trustProxy: c.TRUST_PROXY === 'true',
    logLevel: c.LOG_LEVEL,
    bankHolidays: bankHolidaysFrom(c.BANK_HOLIDAYS),
  };
}
