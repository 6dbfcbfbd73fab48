/**
 * Sign-in guesses are limited per account, in the database: at most 10 failed tries in 15 minutes,
 * from any number of addresses, shared by every app instance on the database and kept across a
 * restart. The owner is told at their next good sign-in how many tries failed.
 */
import type { FastifyInstance } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { ACCOUNT_MAX_FAILURES } from '../../src/server/staff/sign-in-throttle';
import { addStaff } from '../../src/server/staff/staff-repository';
import { GOOD_PASSWORD, INBOX_HEADER } from './staff-helpers';
import { useTestApp } from './test-app';
import { dialects } from './test-database';

let address = 0;
/** Each try from a new address, so the per-address limit never decides: only the account limit does. */
function tryPassword(app: FastifyInstance, email: string, password: string) {
  address += 1;
  return app.inject({
    method: 'POST',
    url: '/api/v1/staff/sign-in',
    headers: INBOX_HEADER,
    remoteAddress: `10.9.${Math.floor(address / 250)}.${address % 250}`,
    payload: { email, password },
  });
}

describe.each(dialects)('sign-in throttle per account [%s]', (dialect) => {
  const ctx = useTestApp(dialect);
  let second: FastifyInstance;

  beforeAll(async () => {
    for (const name of ['target', 'owner', 'restart']) {
      await addStaff(ctx.current.handle.db, { email: `${name}@example.org`, role: 'facilitator', password: GOOD_PASSWORD });
    }
    // A second app on the same database, as a second instance behind a load balancer would be.
    second = await buildApp({ distDir: '/nonexistent', trustProxy: false, logLevel: 'silent' }, ctx.current.handle);
    return () => second.close();
  });

  it(`[${dialect}] allows ${ACCOUNT_MAX_FAILURES} wrong tries shared by two instances, then 429 even with the right password`, async () => {
    const statuses: number[] = [];
    for (let i = 0; i < ACCOUNT_MAX_FAILURES; i += 1) {
      const app = i % 2 === 0 ? ctx.current.app : second;
      statuses.push((await tryPassword(app, 'Target@Example.org', `wrong guess ${i}`)).statusCode);
    }
    expect(statuses).toEqual(Array(ACCOUNT_MAX_FAILURES).fill(401));
    for (const app of [ctx.current.app, second]) {
      const blocked = await tryPassword(app, 'target@example.org', GOOD_PASSWORD);
      expect(blocked.statusCode).toBe(429);
      expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(14 * 60);
      expect(blocked.json()).toEqual({ error: 'Too many wrong tries for this account. Try again in 15 minutes.' });
    }
    // Another account is not affected.
    expect((await tryPassword(second, 'owner@example.org', GOOD_PASSWORD)).statusCode).toBe(200);
  });

  it(`[${dialect}] keeps counting across a restart`, async () => {
    for (let i = 0; i < ACCOUNT_MAX_FAILURES; i += 1) await tryPassword(ctx.current.app, 'restart@example.org', 'wrong');
    const restarted = await buildApp({ distDir: '/nonexistent', trustProxy: false, logLevel: 'silent' }, ctx.current.handle);
    expect((await tryPassword(restarted, 'restart@example.org', GOOD_PASSWORD)).statusCode).toBe(429);
    await restarted.close();
  });

  it(`[${dialect}] tells the owner at their next good sign-in how many tries failed, once`, async () => {
    for (let i = 0; i < 3; i += 1) await tryPassword(ctx.current.app, 'owner@example.org', 'not it');
    const first = await tryPassword(ctx.current.app, 'owner@example.org', GOOD_PASSWORD);
    expect(first.json()).toMatchObject({ email: 'owner@example.org', failedTries: 3 });
    const again = await tryPassword(second, 'owner@example.org', GOOD_PASSWORD);
    expect(again.json()).toMatchObject({ failedTries: 0 });
  });

  it(`[${dialect}] limits unknown emails the same way, so the answer tells nothing`, async () => {
    for (let i = 0; i < ACCOUNT_MAX_FAILURES; i += 1) await tryPassword(ctx.current.app, 'nobody@example.org', 'x');
    expect((await tryPassword(ctx.current.app, 'nobody@example.org', 'x')).statusCode).toBe(429);
  });
});
