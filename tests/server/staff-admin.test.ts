import { beforeAll, describe, expect, it } from 'vitest';
import { addStaff } from '../../src/server/staff/staff-repository';
import type { StaffAccount, StaffListResponse } from '../../src/shared/inbox/staff-admin-wire';
import { GOOD_PASSWORD, INBOX_HEADER, getWithCookie, sessionCookieFrom } from './staff-helpers';
import { useTestApp } from './test-app';
import { dialects } from './test-database';

const NEW_PASSWORD = 'a different long passphrase';
const COMMON = ['password1', 'qwertyuiop', 'iloveyou', '123456789', 'PassWord1'];

describe.each(dialects)('admin manages staff in the inbox [%s]', (dialect) => {
  const ctx = useTestApp(dialect);
  const adminEmail = 'boss-admin@example.org';
  let adminId = 0;
  let adminCookie = '';
  let made = 0;
  let signIns = 0;

  // Sign-in allows 10 tries a minute from one address; these tests sign in more often than that.
  const signIn = (email: string, password: string) => {
    signIns += 1;
    return ctx.current.app.inject({
      method: 'POST',
      url: '/api/v1/staff/sign-in',
      headers: INBOX_HEADER,
      payload: { email, password },
      remoteAddress: `10.0.${Math.floor(signIns / 250)}.${signIns % 250}`,
    });
  };
  const signedInCookie = async (email: string) => {
    const response = await signIn(email, GOOD_PASSWORD);
    if (response.statusCode !== 200) throw new Error(`Sign-in for ${email} answered ${response.statusCode}: ${response.body}`);
    return sessionCookieFrom(response);
  };

  beforeAll(async () => {
    adminId = (await addStaff(ctx.current.handle.db, { email: adminEmail, role: 'admin', password: GOOD_PASSWORD })).id;
    adminCookie = await signedInCookie(adminEmail);
  });

  const post = (url: string, payload?: object, cookie = adminCookie) =>
    ctx.current.app.inject({ method: 'POST', url, headers: { ...INBOX_HEADER, cookie }, ...(payload ? { payload } : {}) });

  /** A fresh facilitator, signed in, so each test works on its own account. */
  async function member(): Promise<{ id: number; email: string; cookie: string }> {
    made += 1;
    const email = `member-${made}@example.org`;
    const { id } = await addStaff(ctx.current.handle.db, { email, role: 'facilitator', password: GOOD_PASSWORD });
    return { id, email, cookie: await signedInCookie(email) };
  }

  const auditRows = () => ctx.current.handle.db.selectFrom('audit_log').selectAll().orderBy('id', 'asc').execute();
  const lastAudit = async () => (await auditRows()).at(-1);
  const isSignedIn = async (cookie: string) => (await getWithCookie(ctx.current.app, '/api/v1/staff/me', cookie)).statusCode === 200;

  it(`[${dialect}] lists every account without password hashes, no-store, and audits the look`, async () => {
    const { id } = await member();
    const response = await getWithCookie(ctx.current.app, '/api/v1/inbox/staff', adminCookie);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const { staff } = response.json<StaffListResponse>();
    expect(staff.find((s) => s.id === id)).toEqual({ id, email: expect.any(String), role: 'facilitator', disabled: false, createdAt: expect.any(String) });
    expect(staff.map((s) => s.email)).toContain(adminEmail);
    expect(response.body).not.toMatch(/argon2|password/i);
    expect(await lastAudit()).toMatchObject({ staff_id: adminId, action: 'staff:list', detail: `count=${staff.length}`, item_id: null });
  });

  it(`[${dialect}] adds a member (201) who can then sign in, and audits it by id only`, async () => {
    const response = await post('/api/v1/inbox/staff', { email: ' New.Person@Example.org ', role: 'advocacy-coordinator', password: GOOD_PASSWORD });
    expect(response.statusCode).toBe(201);
    const added = response.json<StaffAccount>();
    expect(added).toEqual({ id: expect.any(Number), email: 'new.person@example.org', role: 'advocacy-coordinator', disabled: false, createdAt: expect.any(String) });
    expect((await signIn('new.person@example.org', GOOD_PASSWORD)).statusCode).toBe(200);
    expect(await lastAudit()).toMatchObject({ staff_id: adminId, action: 'staff:add', detail: `staff=${added.id}` });
  });

  it(`[${dialect}] refuses an email already in use with 409, adding no one`, async () => {
    const count = (await ctx.current.handle.db.selectFrom('staff').select('id').execute()).length;
    const response = await post('/api/v1/inbox/staff', { email: adminEmail.toUpperCase(), role: 'facilitator', password: GOOD_PASSWORD });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({ error: expect.stringMatching(/already a staff member/) });
    expect((await ctx.current.handle.db.selectFrom('staff').select('id').execute()).length).toBe(count);
  });

  const refusedAdds: [object, RegExp][] = [
    [{ email: 'not-an-email', role: 'admin', password: GOOD_PASSWORD }, /not an email address/],
    [{ email: 'ok@example.org', role: 'boss', password: GOOD_PASSWORD }, /"boss" is not a role/],
    [{ email: 'ok@example.org', role: 'admin', password: 'short' }, /at least 8 characters/],
    ...COMMON.map((password): [object, RegExp] => [{ email: 'ok@example.org', role: 'admin', password }, /too common/]),
    [{ email: 'ok@example.org', role: 'admin' }, /email, a role and a password/],
    [{ email: 'ok@example.org', role: 'admin', password: GOOD_PASSWORD, extra: 1 }, /email, a role and a password/],
    [{ email: 42, role: 'admin', password: GOOD_PASSWORD }, /email, a role and a password/],
  ];
  it.each(refusedAdds)(`[${dialect}] refuses to add %j with 400 and a plain message`, async (payload, message) => {
    const response = await post('/api/v1/inbox/staff', payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: expect.stringMatching(message) });
    expect(await ctx.current.handle.db.selectFrom('staff').select('id').where('email', '=', 'ok@example.org').executeTakeFirst()).toBeUndefined();
  });

  it(`[${dialect}] disabling ends the member's live session at once, and they cannot sign in again`, async () => {
    const target = await member();
    const second = await signedInCookie(target.email);
    expect(await isSignedIn(target.cookie)).toBe(true);
    const response = await post(`/api/v1/inbox/staff/${target.id}/disable`);
    expect(response.statusCode).toBe(200);
    expect(response.json<StaffAccount>()).toMatchObject({ id: target.id, disabled: true });
    const sessions = await ctx.current.handle.db.selectFrom('staff_sessions').select('id_hash').where('staff_id', '=', target.id).execute();
    expect(sessions).toEqual([]);
    expect((await getWithCookie(ctx.current.app, '/api/v1/staff/me', target.cookie)).statusCode).toBe(401);
    expect(await isSignedIn(second)).toBe(false);
    expect((await signIn(target.email, GOOD_PASSWORD)).statusCode).toBe(401);
    expect(await lastAudit()).toMatchObject({ staff_id: adminId, action: 'staff:disable', detail: `staff=${target.id}` });

    const enabled = await post(`/api/v1/inbox/staff/${target.id}/enable`);
    expect(enabled.statusCode).toBe(200);
    expect(enabled.json<StaffAccount>()).toMatchObject({ id: target.id, disabled: false });
    expect(await lastAudit()).toMatchObject({ staff_id: adminId, action: 'staff:enable', detail: `staff=${target.id}` });
    expect((await signIn(target.email, GOOD_PASSWORD)).statusCode).toBe(200);
  });

  it(`[${dialect}] resetting a password ends the member's sessions; the new password works and the old does not`, async () => {
    const target = await member();
    const response = await post(`/api/v1/inbox/staff/${target.id}/password`, { password: NEW_PASSWORD });
    expect(response.statusCode).toBe(200);
    expect(response.json<StaffAccount>()).toMatchObject({ id: target.id, email: target.email, disabled: false });
    expect(response.body).not.toContain(NEW_PASSWORD);
    expect(await isSignedIn(target.cookie)).toBe(false);
    expect((await signIn(target.email, GOOD_PASSWORD)).statusCode).toBe(401);
    expect((await signIn(target.email, NEW_PASSWORD)).statusCode).toBe(200);
    expect(await lastAudit()).toMatchObject({ staff_id: adminId, action: 'staff:password-reset', detail: `staff=${target.id}` });
  });

  it(`[${dialect}] refuses a short or common new password with 400, keeping the old one and the sessions`, async () => {
    const target = await member();
    for (const password of ['1234567', ...COMMON]) {
      const response = await post(`/api/v1/inbox/staff/${target.id}/password`, { password });
      expect(response.statusCode, password).toBe(400);
      expect(response.json<{ error: string }>().error).toMatch(/at least 8 characters|too common/);
    }
    expect((await post(`/api/v1/inbox/staff/${target.id}/password`, {})).statusCode).toBe(400);
    expect(await isSignedIn(target.cookie)).toBe(true);
    expect((await signIn(target.email, GOOD_PASSWORD)).statusCode).toBe(200);
  });

  it(`[${dialect}] an admin resetting their own password stays signed in here but is signed out elsewhere`, async () => {
    const email = 'self-reset@example.org';
    const { id } = await addStaff(ctx.current.handle.db, { email, role: 'admin', password: GOOD_PASSWORD });
    const here = await signedInCookie(email);
    const elsewhere = await signedInCookie(email);
    expect((await post(`/api/v1/inbox/staff/${id}/password`, { password: NEW_PASSWORD }, here)).statusCode).toBe(200);
    expect(await isSignedIn(here)).toBe(true);
    expect(await isSignedIn(elsewhere)).toBe(false);
  });

  it(`[${dialect}] an admin cannot disable themselves (409), and stays signed in`, async () => {
    const response = await post(`/api/v1/inbox/staff/${adminId}/disable`);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toEqual({ error: expect.stringMatching(/your own account/) });
    expect(await isSignedIn(adminCookie)).toBe(true);
    const row = await ctx.current.handle.db.selectFrom('staff').select('disabled').where('id', '=', adminId).executeTakeFirstOrThrow();
    expect(Number(row.disabled)).toBe(0);
  });

  it(`[${dialect}] answers 404 for an unknown id and 400 for one that is not a number, changing nothing`, async () => {
    const count = (await auditRows()).length;
    for (const action of ['disable', 'enable', 'password']) {
      const payload = action === 'password' ? { password: NEW_PASSWORD } : undefined;
      for (const id of ['999999', '0', '99999999999999']) {
        expect((await post(`/api/v1/inbox/staff/${id}/${action}`, payload)).statusCode, `${action} ${id}`).toBe(404);
      }
      for (const id of ['abc', '1.5', '-1', '1e3']) {
        const response = await post(`/api/v1/inbox/staff/${id}/${action}`, payload);
        expect(response.statusCode, `${action} ${id}`).toBe(400);
        expect(response.json()).toEqual({ error: expect.any(String) });
      }
    }
    expect(await auditRows()).toHaveLength(count);
  });

  it(`[${dialect}] is admin only: other roles get 403, no session 401, and no x-your-say header 403`, async () => {
    const target = await member();
    expect((await getWithCookie(ctx.current.app, '/api/v1/inbox/staff', target.cookie)).statusCode).toBe(403);
    expect((await post(`/api/v1/inbox/staff/${adminId}/disable`, undefined, target.cookie)).statusCode).toBe(403);
    expect((await getWithCookie(ctx.current.app, '/api/v1/inbox/staff')).statusCode).toBe(401);
    const noHeader = await ctx.current.app.inject({ method: 'POST', url: `/api/v1/inbox/staff/${target.id}/disable`, headers: { cookie: adminCookie } });
    expect(noHeader.statusCode).toBe(403);
    expect(await isSignedIn(target.cookie)).toBe(true);
  });

  it(`[${dialect}] the audit log never holds a password or an email`, async () => {
    const dump = JSON.stringify(await auditRows());
    expect(dump).toMatch(/staff:add/);
    for (const secret of [GOOD_PASSWORD, NEW_PASSWORD, ...COMMON, '@example.org', 'new.person']) expect(dump).not.toContain(secret);
    for (const row of await auditRows()) if (row.action.startsWith('staff:')) expect(row.detail).toMatch(/^(staff|count)=\d+$/);
  });
});
