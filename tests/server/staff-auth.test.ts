import { permissionsOf } from '../../src/server/staff/permissions';
import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { StaffInputError, addStaff } from '../../src/server/staff/staff-repository';
import {
  GOOD_PASSWORD,
  INBOX_HEADER,
  SESSION_COOKIE,
  getWithCookie,
  sessionCookieFrom,
  setCookieHeaders,
  signIn,
} from './staff-helpers';
import { useTestApp } from './test-app';
import { dialects } from './test-database';

// Admin runs accounts: no advocate requests (contact details), talk requests without contact details.
const ADMIN_PERMISSIONS = permissionsOf('admin');

async function inputError(work: Promise<unknown>): Promise<StaffInputError> {
  const error = await work.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StaffInputError);
  return error as StaffInputError;
}

describe.each(dialects)('staff accounts and sign-in [%s]', (dialect) => {
  const ctx = useTestApp(dialect);
  const adminEmail = 'admin@example.org';

  beforeAll(async () => {
    await addStaff(ctx.current.handle.db, { email: adminEmail, role: 'admin', password: GOOD_PASSWORD });
  });

  async function sessionCount(): Promise<number> {
    const rows = await ctx.current.handle.db.selectFrom('staff_sessions').select('id_hash').execute();
    return rows.length;
  }

  it(`[${dialect}] addStaff stores a hashed password, never the password itself`, async () => {
    const input = { email: ' Helper@Example.org ', role: 'facilitator', password: GOOD_PASSWORD };
    const member = await addStaff(ctx.current.handle.db, input);
    expect(member).toMatchObject({ email: 'helper@example.org', role: 'facilitator', disabled: false });
    expect(member.id).toEqual(expect.any(Number));
    const row = await ctx.current.handle.db.selectFrom('staff').selectAll().where('id', '=', member.id).executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain(GOOD_PASSWORD);
  });

  it(`[${dialect}] addStaff refuses an unknown role with a message`, async () => {
    const error = await inputError(addStaff(ctx.current.handle.db, { email: 'b@example.org', role: 'boss', password: GOOD_PASSWORD }));
    expect(error.message).toMatch(/"boss" is not a role/);
  });

  it(`[${dialect}] addStaff refuses a password shorter than 8 characters with a message`, async () => {
    const error = await inputError(addStaff(ctx.current.handle.db, { email: 's@example.org', role: 'admin', password: '1234567' }));
    expect(error.message).toMatch(/at least 8 characters/);
  });

  it(`[${dialect}] addStaff refuses a bad email and an email already in use`, async () => {
    const bad = await inputError(addStaff(ctx.current.handle.db, { email: 'not-an-email', role: 'admin', password: GOOD_PASSWORD }));
    expect(bad.message).toMatch(/not an email address/);
    const taken = await inputError(addStaff(ctx.current.handle.db, { email: 'ADMIN@example.org', role: 'facilitator', password: GOOD_PASSWORD }));
    expect(taken.message).toMatch(/already a staff member/);
  });

  it(`[${dialect}] refuses a staff POST without the x-your-say header with 403`, async () => {
    const before = await sessionCount();
    const response = await signIn(ctx.current.app, adminEmail, GOOD_PASSWORD, {});
    expect(response.statusCode).toBe(403);
    expect(response.json<{ error: string }>().error).toMatch(/x-your-say/);
    expect(setCookieHeaders(response)).toEqual([]);
    expect(await sessionCount()).toBe(before);
  });

  it.each(['null', 'https://evil.example', 'not a url'])(
    `[${dialect}] refuses a staff POST from Origin %s with 403, never a 500`,
    async (origin) => {
      const response = await signIn(ctx.current.app, adminEmail, GOOD_PASSWORD, { ...INBOX_HEADER, origin });
      expect(response.statusCode).toBe(403);
      expect(setCookieHeaders(response)).toEqual([]);
    },
  );

  it(`[${dialect}] answers 401, not 500, for a sign-in email holding a NUL character`, async () => {
    const response = await signIn(ctx.current.app, 'admin\u0000@example.org', GOOD_PASSWORD);
    expect([400, 401]).toContain(response.statusCode);
  });

  it(`[${dialect}] signs in with the right password and sets an HttpOnly, SameSite=Strict cookie`, async () => {
    const response = await signIn(ctx.current.app, adminEmail, GOOD_PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ email: adminEmail, role: 'admin', permissions: ADMIN_PERMISSIONS, failedTries: 0 });

    const [header, ...others] = setCookieHeaders(response);
    expect(others).toEqual([]);
    expect(header).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{20,};`));
    expect(header).toMatch(/;\s*HttpOnly(;|$)/i);
    expect(header).toMatch(/;\s*SameSite=Strict(;|$)/i);
    expect(header).toMatch(/;\s*Path=\/(;|$)/i);

    // Only a hash of the session id is stored.
    const id = sessionCookieFrom(response).slice(SESSION_COOKIE.length + 1);
    const rows = await ctx.current.handle.db.selectFrom('staff_sessions').select('id_hash').execute();
    const hashes = rows.map((row) => row.id_hash);
    expect(hashes).toContain(createHash('sha256').update(id).digest('hex'));
    expect(hashes).not.toContain(id);
  });

  it(`[${dialect}] answers 401 without a cookie for a wrong password or an unknown email`, async () => {
    const before = await sessionCount();
    for (const [email, password] of [
      [adminEmail, 'wrong password'],
      ['nobody@example.org', GOOD_PASSWORD],
    ] as const) {
      const response = await signIn(ctx.current.app, email, password);
      expect(response.statusCode, email).toBe(401);
      expect(response.json<{ error: string }>().error).toMatch(/not right/);
      expect(setCookieHeaders(response), email).toEqual([]);
    }
    expect(await sessionCount()).toBe(before);
  });

  it(`[${dialect}] sign-out ends the session so the same cookie gets 401`, async () => {
    const cookie = sessionCookieFrom(await signIn(ctx.current.app, adminEmail, GOOD_PASSWORD));
    const me = await getWithCookie(ctx.current.app, '/api/v1/staff/me', cookie);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual({ email: adminEmail, role: 'admin', permissions: ADMIN_PERMISSIONS });
    expect((await getWithCookie(ctx.current.app, '/api/v1/inbox/ratings', cookie)).statusCode).toBe(200);

    const before = await sessionCount();
    const out = await ctx.current.app.inject({
      method: 'POST',
      url: '/api/v1/staff/sign-out',
      headers: { ...INBOX_HEADER, cookie },
    });
    expect(out.statusCode).toBe(204);
    expect(out.headers['clear-site-data']).toBe('"cache"'); // not "storage": the app's unsent answers share the origin
    expect(setCookieHeaders(out).join('\n')).toMatch(new RegExp(`^${SESSION_COOKIE}=;`, 'm'));
    expect(await sessionCount()).toBe(before - 1);

    expect((await getWithCookie(ctx.current.app, '/api/v1/staff/me', cookie)).statusCode).toBe(401);
    expect((await getWithCookie(ctx.current.app, '/api/v1/inbox/ratings', cookie)).statusCode).toBe(401);
  });
});
