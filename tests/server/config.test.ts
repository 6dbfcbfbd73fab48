import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../src/shared/inbox/bank-holidays';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/server/config';
import { runNode } from './run-node';
import { makeTempDir, removeDir } from './test-database';

function configError(env: Record<string, string>): ConfigError {
  let caught: unknown;
  try {
    loadConfig(env);
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ConfigError);
  return caught as ConfigError;
}

describe('loadConfig', () => {
  it('uses the defaults when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: path.resolve('./data'),
      databaseUrl: undefined,
      distDir: path.resolve('./dist'),
      trustProxy: false,
      logLevel: 'info',
      bankHolidays: new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS),
    });
  });

  it('reads bank holidays as a list of dates, or none', () => {
    expect(loadConfig({ BANK_HOLIDAYS: '2026-11-30, 2027-01-04' }).bankHolidays).toEqual(new Set(['2026-11-30', '2027-01-04']));
    expect(loadConfig({ BANK_HOLIDAYS: 'none' }).bankHolidays).toEqual(new Set());
    expect(loadConfig({}).bankHolidays.has('2026-12-28')).toBe(true);
  });

  it.each(['2026-02-30', '30/11/2026', '2026-11-30,,2026-12-01', 'soon'])('refuses BANK_HOLIDAYS=%s in one plain line', (value) => {
    expect(() => loadConfig({ BANK_HOLIDAYS: value })).toThrow(/BANK_HOLIDAYS must be dates written YYYY-MM-DD/);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' })).toMatchObject({ port: 8080, databaseUrl: undefined });
  });

  it('reads the values it is given', () => {
    const config = loadConfig({
      PORT: '3000',
      DATA_DIR: '/srv/your-say',
      DATABASE_URL: 'postgresql://u@db/your_say',
      TRUST_PROXY: 'true',
      LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({
      port: 3000,
      dataDir: '/srv/your-say',
      databaseUrl: 'postgresql://u@db/your_say',
      trustProxy: true,
      logLevel: 'warn',
    });
  });

  it.each(['abc', '70000', '-1', '80.5'])('throws a one-line ConfigError naming PORT for PORT=%s', (port) => {
    const { message } = configError({ PORT: port });
    expect(message).toMatch(/\bPORT\b/);
    expect(message).not.toMatch(/[\r\n]/);
  });

  it('throws a ConfigError naming DATABASE_URL for DATABASE_URL=mysql://x', () => {
    const { message } = configError({ DATABASE_URL: 'mysql://x' });
    expect(message).toMatch(/\bDATABASE_URL\b/);
    expect(message).toMatch(/postgres/);
    expect(message).not.toMatch(/[\r\n]/);
  });

  it('throws a ConfigError naming TRUST_PROXY for a value other than true or false', () => {
    expect(configError({ TRUST_PROXY: 'yes' }).message).toMatch(/\bTRUST_PROXY\b/);
  });
});

describe('the server process with a bad PORT', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = makeTempDir('your-say-main-');
  });
  afterAll(() => removeDir(dataDir));

  it('exits non-zero with one stderr line that names PORT', async () => {
    const result = await runNode(['src/server/main.ts'], { PORT: 'notaport', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    expect(result.signal).toBeNull();
    expect(result.code).not.toBe(0);
    expect(result.code).not.toBeNull();
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/\bPORT\b/);
    expect(result.stdout).toBe('');
  });
});
