/**
 * The route × role matrix, generated from the code itself: every route guarded by `requirePermission`
 * (as the app registered it) is called by a signed-in member of every role, and must answer 2xx when the
 * PERMISSIONS table allows that role and 403 otherwise; and 401 with no session. Each feature keeps how
 * to call its routes in route-matrix/<feature>.fixtures.ts; a guarded route without one fails here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type GuardedRoute, buildApp } from '../../src/server/app';
import { PERMISSIONS, roleMay } from '../../src/server/staff/permissions';
import { addStaff } from '../../src/server/staff/staff-repository';
import { STAFF_ROLES, type StaffRole } from '../../src/shared/staff/roles';
import type { MatrixContext, RouteFixture } from './route-matrix/fixture';
import { GOOD_PASSWORD, INBOX_HEADER, signedInCookie } from './staff-helpers';
import { useTestApp } from './test-app';
import { dialects, openTestDatabase } from './test-database';

const modules = import.meta.glob<{ fixtures: RouteFixture[] }>('./route-matrix/*.fixtures.ts', { eager: true });
const FIXTURES = Object.values(modules).flatMap((module) => module.fixtures);
const keyOf = (route: { method: string; route?: string; url?: string }) => `${route.method} ${route.route ?? route.url}`;

/**
 * The same route, written as an attacker might: the router may decode or tidy these into the real
 * route, so the CSRF check must judge what the router matched, not the raw URL.
 */
const ODD_PATHS: [string, (url: string) => string][] = [
  ['%69nbox', (url) => url.replace('/inbox', '/%69nbox')],
  ['%2F', (url) => url.replace('/api/v1/', '/api/v1%2F')],
  ['//', (url) => url.replace('/api/v1/', '/api/v1//')],
  ['trailing slash', (url) => (url.includes('?') ? url.replace('?', '/?') : `${url}/`)],
  ['upper case', (url) => url.replace('/api/v1/inbox', '/API/V1/INBOX')],
  [';x=y', (url) => (url.includes('?') ? url.replace('?', ';x=y?') : `${url};x=y`)],
];

const allowed = (route: GuardedRoute, role: StaffRole) => route.permission === 'signed-in' || roleMay(role, route.permission);

describe.each(dialects)('route × role matrix [%s]', (dialect) => {
  const ctx = useTestApp(dialect);
  const cookies = new Map<StaffRole, string>();
  const staffIds = new Map<StaffRole, number>();
  let matrix: MatrixContext;

  beforeAll(async () => {
    for (const role of STAFF_ROLES) {
      const email = `matrix-${role}@example.org`;
      staffIds.set(role, (await addStaff(ctx.current.handle.db, { email, role, password: GOOD_PASSWORD })).id);
      cookies.set(role, await signedInCookie(ctx.current.app, email));
    }
    matrix = {
      app: ctx.current.app,
      db: ctx.current.handle.db,
      dialect,
      staffIdOf: (role) => staffIds.get(role) ?? Number.NaN,
    };
  });

  const guarded = () => ctx.current.app.guardedRoutes;

  it(`[${dialect}] has a fixture for every guarded route, and no fixture for a route that is not guarded`, () => {
    const routes = guarded().map(keyOf).sort();
    expect(routes.length).toBeGreaterThan(0);
    expect(FIXTURES.map(keyOf).sort()).toEqual(routes);
  });

  it(`[${dialect}] guards at least one route with every permission in the table`, () => {
    const used = new Set(guarded().map((route) => route.permission));
    expect(Object.keys(PERMISSIONS).filter((permission) => !used.has(permission as GuardedRoute['permission']))).toEqual([]);
  });

  it(`[${dialect}] answers every role on every guarded route as the table says`, async () => {
    const outcomes: string[] = [];
    const expected: string[] = [];
    for (const route of guarded()) {
      const fixture = FIXTURES.find((f) => keyOf(f) === keyOf(route));
      if (!fixture) continue;
      for (const role of STAFF_ROLES) {
        const prepared = await fixture.prepare(matrix, role);
        const response = await ctx.current.app.inject({
          method: route.method as 'GET',
          url: prepared.url,
          headers: { ...INBOX_HEADER, cookie: cookies.get(role) ?? '' },
          ...(prepared.payload === undefined ? {} : { payload: prepared.payload as object }),
        });
        const want = allowed(route, role) ? '2xx' : '403';
        const got = response.statusCode >= 200 && response.statusCode < 300 ? '2xx' : String(response.statusCode);
        expected.push(`${keyOf(route)} as ${role} → ${want}`);
        outcomes.push(`${keyOf(route)} as ${role} → ${got}${got === want ? '' : ` (${response.body.slice(0, 200)})`}`);
        if (got === '403') expect(response.json()).toEqual({ error: expect.stringMatching(/role/) });
      }
    }
    console.log(`route × role matrix [${dialect}]: ${guarded().length} routes × ${STAFF_ROLES.length} roles = ${outcomes.length} pairs`);
    expect(outcomes).toEqual(expected);
  });

  it(`[${dialect}] answers 401 on every guarded route without a session, and for a made-up one`, async () => {
    for (const route of guarded()) {
      const fixture = FIXTURES.find((f) => keyOf(f) === keyOf(route));
      if (!fixture) continue;
      const prepared = await fixture.prepare(matrix, 'admin');
      for (const cookie of [undefined, 'ys_session=made-up']) {
        const response = await ctx.current.app.inject({
          method: route.method as 'GET',
          url: prepared.url,
          headers: { ...INBOX_HEADER, ...(cookie ? { cookie } : {}) },
          ...(prepared.payload === undefined ? {} : { payload: prepared.payload as object }),
        });
        expect(response.statusCode, `${keyOf(route)} with ${cookie ?? 'no cookie'}`).toBe(401);
      }
    }
  });

  it(`[${dialect}] refuses every state-changing guarded route without the CSRF header, or from another site`, async () => {
    const changing = guarded().filter((route) => route.method !== 'GET');
    expect(changing.length).toBeGreaterThan(10);
    for (const route of changing) {
      const fixture = FIXTURES.find((f) => keyOf(f) === keyOf(route));
      if (!fixture) continue;
      const role = STAFF_ROLES.find((r) => allowed(route, r)) ?? 'admin';
      for (const headers of [{}, { ...INBOX_HEADER, origin: 'https://evil.example' }]) {
        const prepared = await fixture.prepare(matrix, role);
        const response = await ctx.current.app.inject({
          method: route.method as 'POST',
          url: prepared.url,
          headers: { ...headers, cookie: cookies.get(role) ?? '' },
          ...(prepared.payload === undefined ? {} : { payload: prepared.payload as object }),
        });
        expect(response.statusCode, `${keyOf(route)} as ${role} with ${JSON.stringify(headers)}`).toBe(403);
      }
    }
  });

  it(`[${dialect}] refuses them written oddly too (encoded, doubled or trailing slash, upper case, ;params)`, async () => {
    const changing = guarded().filter((route) => route.method !== 'GET');
    let tried = 0;
    for (const route of changing) {
      const fixture = FIXTURES.find((f) => keyOf(f) === keyOf(route));
      if (!fixture) continue;
      const role = STAFF_ROLES.find((r) => allowed(route, r)) ?? 'admin';
      for (const [name, rewrite] of ODD_PATHS) {
        for (const headers of [{}, { ...INBOX_HEADER, origin: 'https://evil.example' }]) {
          const prepared = await fixture.prepare(matrix, role);
          const response = await ctx.current.app.inject({
            method: route.method as 'POST',
            url: rewrite(prepared.url),
            headers: { ...headers, cookie: cookies.get(role) ?? '' },
            ...(prepared.payload === undefined ? {} : { payload: prepared.payload as object }),
          });
          tried += 1;
          expect([403, 404], `${keyOf(route)} as ${role}, ${name}, ${JSON.stringify(headers)}: ${response.statusCode}`).toContain(
            response.statusCode,
          );
        }
      }
    }
    console.log(`odd paths [${dialect}]: ${tried} refused requests (${changing.length} routes × ${ODD_PATHS.length} spellings × 2)`);
  });
});

describe.each(dialects)('a NUL character on staff routes [%s]', (dialect) => {
  const ctx = useTestApp(dialect);
  let cookie = '';
  beforeAll(async () => {
    await addStaff(ctx.current.handle.db, { email: 'nul-admin@example.org', role: 'admin', password: GOOD_PASSWORD });
    cookie = await signedInCookie(ctx.current.app, 'nul-admin@example.org');
  });

  it(`[${dialect}] in an id, a query or a field is a plain 400 on every guarded route, never a 5xx`, async () => {
    let tried = 0;
    for (const route of ctx.current.app.guardedRoutes) {
      const withId = route.url.includes(':');
      const urls = [
        ...(withId ? [route.url.replace(/:[a-zA-Z]+/g, 'x%00y')] : []),
        `${route.url.replace(/:[a-zA-Z]+/g, '1')}?q=a%00b`,
      ];
      for (const url of urls) {
        const response = await ctx.current.app.inject({
          method: route.method as 'POST',
          url,
          headers: { ...INBOX_HEADER, cookie },
          ...(route.method === 'GET' ? {} : { payload: { text: 'a\u0000b', email: 'a\u0000@example.org' } }),
        });
        tried += 1;
        expect(response.statusCode, `${route.method} ${url}: ${response.body.slice(0, 120)}`).toBe(400);
      }
    }
    const signIn = await ctx.current.app.inject({
      method: 'POST',
      url: '/api/v1/staff/sign-in',
      headers: INBOX_HEADER,
      payload: { email: 'nul-admin@example.org\u0000', password: GOOD_PASSWORD },
    });
    expect(signIn.statusCode).toBe(400);
    console.log(`NUL [${dialect}]: ${tried} requests on ${ctx.current.app.guardedRoutes.length} guarded routes, each a 400`);
  });
});

describe('an inbox route without a guard', () => {
  it('stops the app from starting', async () => {
    const database = await openTestDatabase('sqlite');
    const app = await buildApp({ distDir: '/nonexistent', trustProxy: false, logLevel: 'silent' }, database.handle);
    expect(() => app.get('/api/v1/inbox/unguarded', async () => ({ leak: true }))).toThrow(/no permission guard/);
    await app.close();
    await database.cleanup();
  });
});
