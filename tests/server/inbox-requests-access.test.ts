import { beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS, type Permission } from '../../src/server/staff/permissions';
import { addStaff } from '../../src/server/staff/staff-repository';
import { STAFF_ROLES, type StaffRole } from '../../src/shared/staff/roles';
import { GOOD_PASSWORD, INBOX_HEADER, getWithCookie, signedInCookie } from './staff-helpers';
import { advocateRequestItem, saySomethingItem, talkRequestItem } from './request-items';
import { syncItems, useTestApp } from './test-app';
import { dialects } from './test-database';

/** Every inbox route with the permission it needs. */
const ROUTES: readonly (readonly [string, Permission])[] = [
  ['/api/v1/inbox/ratings', 'ratings:read'],
  ['/api/v1/inbox/advocate-requests', 'advocate-requests:read'],
  ['/api/v1/inbox/messages', 'messages:read'],
  ['/api/v1/inbox/talk-requests', 'talk-requests:read'],
  ['/api/v1/inbox/audit', 'audit:read'],
];

/** Every state-changing inbox route (POST, with the CSRF header) with the permission it needs. */
const POST_ROUTES: readonly (readonly ['advocate' | 'talk', Permission])[] = [
  ['advocate', 'advocate-requests:update'],
  ['talk', 'talk-requests:update'],
];
const statusUrl = (which: 'advocate' | 'talk', id: string) => `/api/v1/inbox/${which}-requests/${id}/status`;

/** The matrix comes from the PERMISSIONS table itself, so a change there is tested here. */
const MATRIX = ROUTES.flatMap(([url, permission]) =>
  STAFF_ROLES.map((role) => {
    const allowed = (PERMISSIONS[permission] as readonly StaffRole[]).includes(role);
    return { url, role, status: allowed ? 200 : 403 };
  }),
);

/** One fresh request per (route, role), so each allowed move is a first move and answers 200. */
const POST_MATRIX = POST_ROUTES.flatMap(([which, permission]) =>
  STAFF_ROLES.map((role) => {
    const allowed = (PERMISSIONS[permission] as readonly StaffRole[]).includes(role);
    const item = which === 'advocate' ? advocateRequestItem() : talkRequestItem();
    return { which, item, role, status: allowed ? 200 : 403 };
  }),
);

const emailFor = (role: StaffRole) => `${role}@example.org`;

describe.each(dialects)('who may read the inbox routes [%s]', (dialect) => {
  const ctx = useTestApp(dialect);
  const cookies = new Map<StaffRole, string>();
  const advocate = advocateRequestItem();
  const talk = talkRequestItem();

  beforeAll(async () => {
    const results = await syncItems(ctx.current.app, [advocate, saySomethingItem(), talk, ...POST_MATRIX.map((m) => m.item)]);
    if (results.some((r) => r.status !== 'stored')) throw new Error(`Setup sync failed: ${JSON.stringify(results)}`);
    // One sign-in per role: sign-in allows 10 tries a minute.
    for (const role of STAFF_ROLES) {
      await addStaff(ctx.current.handle.db, { email: emailFor(role), role, password: GOOD_PASSWORD });
      cookies.set(role, await signedInCookie(ctx.current.app, emailFor(role)));
    }
  });

  it(`[${dialect}] covers every permission that guards a route, and every role`, () => {
    expect(MATRIX).toHaveLength(ROUTES.length * 4);
    expect(POST_MATRIX).toHaveLength(POST_ROUTES.length * 4);
    for (const [, permission] of [...ROUTES, ...POST_ROUTES]) expect(Object.keys(PERMISSIONS)).toContain(permission);
  });

  it.each(POST_MATRIX)(`[${dialect}] POST $which status answers a signed-in $role with $status`, async ({ which, item, role, status }) => {
    const post = (cookie?: string) =>
      ctx.current.app.inject({
        method: 'POST',
        url: statusUrl(which, item.id),
        headers: { ...INBOX_HEADER, ...(cookie ? { cookie } : {}) },
        payload: { status: 'contacted' },
      });
    expect((await post()).statusCode).toBe(401);
    const response = await post(cookies.get(role));
    expect(response.statusCode).toBe(status);
    const table = which === 'advocate' ? 'advocate_requests' : 'talk_requests';
    const row = await ctx.current.handle.db.selectFrom(table).select('status').where('item_id', '=', item.id).executeTakeFirstOrThrow();
    expect(row.status).toBe(status === 200 ? 'contacted' : 'new');
    if (status === 403) expect(response.json()).toEqual({ error: expect.stringMatching(/role/) });
  });

  it.each(ROUTES.map(([url]) => url))(`[${dialect}] %s answers 401 without a session cookie`, async (url) => {
    const response = await getWithCookie(ctx.current.app, url);
    expect(response.statusCode).toBe(401);
    expect(response.json<{ error: string }>().error).toMatch(/sign in/i);
  });

  it.each(ROUTES.map(([url]) => url))(`[${dialect}] %s answers 401 for a made-up session cookie`, async (url) => {
    expect((await getWithCookie(ctx.current.app, url, 'ys_session=made-up')).statusCode).toBe(401);
  });

  it.each(MATRIX)(`[${dialect}] $url answers a signed-in $role with $status`, async ({ url, role, status }) => {
    const response = await getWithCookie(ctx.current.app, url, cookies.get(role));
    expect(response.statusCode).toBe(status);
    if (status === 403) {
      expect(response.json()).toEqual({ error: expect.stringMatching(/role/) });
      // A refusal gives nothing away: no contact details, no text a child wrote.
      expect(response.body).not.toContain(advocate.payload.contact.phone);
      expect(response.body).not.toContain(talk.payload.contact.email);
    } else {
      expect(response.headers['cache-control']).toBe('no-store');
    }
  });

  it.each(['admin', 'facilitator', 'participation-officer'] as const)(
    `[${dialect}] refuses advocate requests (with contact details) to a %s with 403`,
    async (role) => {
      const response = await getWithCookie(ctx.current.app, '/api/v1/inbox/advocate-requests', cookies.get(role));
      expect(response.statusCode).toBe(403);
      expect(response.body).not.toContain('07700 900123');
      expect(response.body).not.toContain(advocate.payload.details);
    },
  );

  it(`[${dialect}] only the advocacy coordinator may read advocate requests`, () => {
    expect(PERMISSIONS['advocate-requests:read']).toEqual(['advocacy-coordinator']);
  });
});
