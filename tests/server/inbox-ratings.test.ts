import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_STATEMENT_IDS, type Answer, LEAVING_CARE_IDS, type StatementId } from '../../src/shared/content/statements';
import type { MonthCounts, RatingsResponse, StatementCounts } from '../../src/shared/inbox/ratings-wire';
import type { AgeBand, CareStatus } from '../../src/shared/kinds/profile';
import type { StaffRole } from '../../src/shared/staff/roles';
import { permissionsOf } from '../../src/server/staff/permissions';
import { addStaff } from '../../src/server/staff/staff-repository';
import { GOOD_PASSWORD, getWithCookie, signedInCookie } from './staff-helpers';
import { type RatingItem, ratingItem, syncItems, useTestApp } from './test-app';
import { dialects } from './test-database';

const ROLES: readonly StaffRole[] = ['admin', 'facilitator', 'participation-officer', 'advocacy-coordinator'];
const emailFor = (role: StaffRole) => `${role}@example.org`;

type Seed = [createdAt: string, statementId: StatementId, answer: Answer, careStatus?: CareStatus, ageBand?: AgeBand];

/**
 * December 2024 to June 2025; nobody answered in March or May (by the device's own month: the
 * `+01:00` answer is 31 May in UTC but June where it was given).
 */
const SEEDS: readonly Seed[] = [
  ['2024-12-31T23:59:59.000Z', 'good-care-01', 'sometimes', 'in-care', '16-plus'],
  ['2025-01-05T10:00:00.000Z', 'good-care-01', 'yes', 'in-care', 'under-12'],
  ['2025-01-20T10:00:00.000Z', 'good-care-01', 'sometimes', 'in-care', '12-15'],
  ['2025-01-31T23:59:59.000Z', 'good-care-02', 'not-really', 'care-leaver', '16-plus'],
  ['2025-02-01T00:00:00.000Z', 'good-care-01', 'yes', 'care-leaver', '16-plus'],
  ['2025-02-14T10:00:00.000Z', 'good-care-01', 'skip'],
  ['2025-02-28T10:00:00.000Z', 'leaving-care-01', 'yes', 'care-leaver'],
  ['2025-04-02T10:00:00.000Z', 'good-care-01', 'not-really', 'in-care', '12-15'],
  ['2025-04-03T10:00:00.000Z', 'good-care-02', 'yes', 'rather-not-say', 'rather-not-say'],
  ['2025-04-30T10:00:00.000Z', 'good-care-01', 'yes', 'in-care', 'under-12'],
  ['2025-06-01T00:30:00.000+01:00', 'good-care-02', 'sometimes', undefined, '12-15'],
  ['2025-06-11T10:00:00.000Z', 'good-care-01', 'yes', 'in-care', '12-15'],
];

const sent: RatingItem[] = SEEDS.map(([createdAt, statementId, answer, careStatus, ageBand], i) => {
  const item = ratingItem({ statementId, answer, createdAt, ...(i % 3 === 0 ? { comment: `comment ${i}` } : {}) });
  return { ...item, payload: { ...item.payload, ...(careStatus ? { careStatus } : {}), ...(ageBand ? { ageBand } : {}) } };
});

const zeros = { yes: 0, sometimes: 0, notReally: 0, skip: 0, total: 0 };
const row = (statementId: string, counts: Partial<StatementCounts>): StatementCounts => {
  const all = { ...zeros, ...counts };
  return { statementId, ...all, total: all.yes + all.sometimes + all.notReally + all.skip };
};
const month = (m: string, counts: Partial<MonthCounts> = {}): MonthCounts => {
  const all = { ...zeros, ...counts };
  return { month: m, ...all, total: all.yes + all.sometimes + all.notReally + all.skip };
};
/** Every statement, with the given ones counted (the rest all zero). */
const countsWith = (...rows: StatementCounts[]) => ALL_STATEMENT_IDS.map((id) => rows.find((r) => r.statementId === id) ?? row(id, {}));
const idsOf = (...indexes: number[]) => indexes.map((i) => sent[i]?.id).sort();

describe.each(dialects)('GET /api/v1/inbox/ratings [%s]', (dialect) => {
  const ctx = useTestApp(dialect);
  let cookie = '';
  const get = async (query = '') => {
    const response = await getWithCookie(ctx.current.app, `/api/v1/inbox/ratings${query}`, cookie);
    return { response, body: response.json<RatingsResponse>() };
  };

  beforeAll(async () => {
    for (const role of ROLES) {
      await addStaff(ctx.current.handle.db, { email: emailFor(role), role, password: GOOD_PASSWORD });
    }
    cookie = await signedInCookie(ctx.current.app, emailFor('facilitator'));
    // Sent out of order, then again in full: duplicates and rejected items must not be counted.
    const first = await syncItems(ctx.current.app, [...sent.slice(6), ...sent.slice(0, 6)]);
    if (first.some((r) => r.status !== 'stored')) throw new Error(`Setup sync failed: ${JSON.stringify(first)}`);
    const rejected = { ...ratingItem(), payload: { statementId: 'good-care-01', answer: 'never' } };
    const again = await syncItems(ctx.current.app, [...sent, rejected]);
    if (again.some((r, i) => r.status !== (i < sent.length ? 'duplicate' : 'rejected'))) {
      throw new Error(`Setup re-sync failed: ${JSON.stringify(again)}`);
    }
  });

  it(`[${dialect}] answers 401 without a session, or with a made-up one`, async () => {
    const none = await getWithCookie(ctx.current.app, '/api/v1/inbox/ratings');
    expect(none.statusCode).toBe(401);
    expect(none.json<{ error: string }>().error).toMatch(/sign in/i);
    expect((await getWithCookie(ctx.current.app, '/api/v1/inbox/ratings', 'ys_session=made-up')).statusCode).toBe(401);
  });

  it(`[${dialect}] without filters: every answer counted, a trend over every month with gaps as zeros, newest first`, async () => {
    const { response, body } = await get();
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(body.filters).toEqual({ from: null, to: null, careStatus: null, ageBand: null, statement: null });
    expect(body.counts).toHaveLength(14 + LEAVING_CARE_IDS.length);
    expect(body.counts).toEqual(
      countsWith(
        row('good-care-01', { yes: 4, sometimes: 2, notReally: 1, skip: 1 }),
        row('good-care-02', { yes: 1, sometimes: 1, notReally: 1 }),
        row('leaving-care-01', { yes: 1 }),
      ),
    );
    expect(body.trend).toEqual({
      statementId: null,
      from: '2024-12',
      to: '2025-06',
      months: [
        month('2024-12', { sometimes: 1 }),
        month('2025-01', { yes: 1, sometimes: 1, notReally: 1 }),
        month('2025-02', { yes: 2, skip: 1 }),
        month('2025-03'),
        month('2025-04', { yes: 2, notReally: 1 }),
        month('2025-05'),
        month('2025-06', { yes: 1, sometimes: 1 }),
      ],
    });
    const newestFirst = [...sent].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
    expect(body.ratings.map((r) => r.id)).toEqual(newestFirst.map((item) => item.id));
    const first = sent[11] as RatingItem;
    expect(body.ratings[0]).toMatchObject({ statementId: 'good-care-01', answer: 'yes', careStatus: 'in-care', ageBand: '12-15', createdAt: first.createdAt });
    expect(body.ratings.find((r) => r.id === sent[0]?.id)?.comment).toBe('comment 0');
  });

  it.each([
    ['?from=2025-01&to=2025-02', idsOf(1, 2, 3, 4, 5, 6), [['good-care-01', { yes: 2, sometimes: 1, skip: 1 }], ['good-care-02', { notReally: 1 }], ['leaving-care-01', { yes: 1 }]]],
    ['?from=2025-04', idsOf(7, 8, 9, 10, 11), [['good-care-01', { yes: 2, notReally: 1 }], ['good-care-02', { yes: 1, sometimes: 1 }]]],
    ['?to=2025-01', idsOf(0, 1, 2, 3), [['good-care-01', { yes: 1, sometimes: 2 }], ['good-care-02', { notReally: 1 }]]],
    ['?careStatus=in-care', idsOf(0, 1, 2, 7, 9, 11), [['good-care-01', { yes: 3, sometimes: 2, notReally: 1 }]]],
    ['?careStatus=not-given', idsOf(5, 10), [['good-care-01', { skip: 1 }], ['good-care-02', { sometimes: 1 }]]],
    ['?ageBand=12-15', idsOf(2, 7, 10, 11), [['good-care-01', { yes: 1, sometimes: 1, notReally: 1 }], ['good-care-02', { sometimes: 1 }]]],
    ['?ageBand=not-given', idsOf(5, 6), [['good-care-01', { skip: 1 }], ['leaving-care-01', { yes: 1 }]]],
    ['?ageBand=rather-not-say', idsOf(8), [['good-care-02', { yes: 1 }]]],
    ['?from=2025-01&to=2025-04&careStatus=in-care&ageBand=12-15', idsOf(2, 7), [['good-care-01', { sometimes: 1, notReally: 1 }]]],
    ['?from=2030-01&to=2030-02', [], []],
  ] as const)(`[${dialect}] %s counts and lists exactly the matching answers`, async (query, ids, expected) => {
    const { response, body } = await get(query);
    expect(response.statusCode).toBe(200);
    expect(body.counts).toEqual(countsWith(...expected.map(([id, counts]) => row(id, counts))));
    expect(body.ratings.map((r) => r.id).sort()).toEqual(ids);
    const trendTotal = body.trend.months.reduce((sum, m) => sum + m.total, 0);
    expect(trendTotal).toBe(ids.length);
  });

  it(`[${dialect}] the trend spans exactly the chosen months, with zeros, and follows one statement when asked`, async () => {
    const empty = await get('?from=2030-01&to=2030-03');
    expect(empty.body.trend).toEqual({ statementId: null, from: '2030-01', to: '2030-03', months: [month('2030-01'), month('2030-02'), month('2030-03')] });

    const one = await get('?statement=good-care-02');
    expect(one.body.filters.statement).toBe('good-care-02');
    // The statement narrows the trend only: its months run from its own first answer to its last.
    expect(one.body.trend).toEqual({
      statementId: 'good-care-02',
      from: '2025-01',
      to: '2025-06',
      months: [month('2025-01', { notReally: 1 }), month('2025-02'), month('2025-03'), month('2025-04', { yes: 1 }), month('2025-05'), month('2025-06', { sometimes: 1 })],
    });
    expect(one.body.counts).toEqual((await get()).body.counts);

    const combined = await get('?from=2024-11&to=2025-02&careStatus=in-care&statement=good-care-01&ageBand=');
    expect(combined.body.filters).toEqual({ from: '2024-11', to: '2025-02', careStatus: 'in-care', ageBand: null, statement: 'good-care-01' });
    expect(combined.body.trend.months).toEqual([month('2024-11'), month('2024-12', { sometimes: 1 }), month('2025-01', { yes: 1, sometimes: 1 }), month('2025-02')]);
  });

  it.each([
    ['?from=2025-05&to=2025-01', /from must not be after to/],
    ['?from=2026-13', /YYYY-MM/],
    ['?to=2026-1', /YYYY-MM/],
    ['?from=2026-03-01', /YYYY-MM/],
    ['?careStatus=fostered', /careStatus must be one of/],
    ['?ageBand=old', /ageBand must be one of/],
    ['?statement=good-care-99', /statement must be a statement id/],
    ['?from=2025-01&from=2025-02', /once/],
    ['?careStatus=in-care&careStatus=care-leaver', /once/],
    ['?colour=red', /Unknown filter colour/],
    ['?from=2000-01&to=2025-01', /at most 240 months/],
  ])(`[${dialect}] answers 400 with a plain message for %s`, async (query, message) => {
    const { response, body } = await get(query);
    expect(response.statusCode).toBe(400);
    expect(body).toEqual({ error: expect.stringMatching(message) });
  });

  it(`[${dialect}] names items only in the newest-ratings list, and audits each one shown`, async () => {
    const { body } = await get('?careStatus=not-given');
    const countsAndTrend = JSON.stringify([body.filters, body.counts, body.trend]);
    for (const item of sent) expect(countsAndTrend).not.toContain(item.id);
    expect(Object.keys(body.counts[0] ?? {}).sort()).toEqual(['notReally', 'skip', 'sometimes', 'statementId', 'total', 'yes']);
    expect(Object.keys(body.trend.months[0] ?? {}).sort()).toEqual(['month', 'notReally', 'skip', 'sometimes', 'total', 'yes']);

    const audit = await ctx.current.handle.db.selectFrom('audit_log').selectAll().orderBy('id', 'desc').limit(2).execute();
    expect(audit.map((entry) => entry.item_id).sort()).toEqual(idsOf(5, 10));
    expect(audit.every((entry) => entry.action === 'rating:view' && entry.detail === 'list')).toBe(true);
  });

  it.each([
    ['admin', 200],
    ['participation-officer', 200],
    ['advocacy-coordinator', 403],
  ] as const)(`[${dialect}] answers a signed-in %s with %i`, async (role, status) => {
    const own = await signedInCookie(ctx.current.app, emailFor(role));
    const response = await getWithCookie(ctx.current.app, '/api/v1/inbox/ratings?ageBand=16-plus', own);
    expect(response.statusCode).toBe(status);
    if (status === 403) expect(response.json()).toEqual({ error: expect.stringMatching(/role/) });
    else expect(response.json<RatingsResponse>().counts).toEqual(countsWith(row('good-care-01', { yes: 1, sometimes: 1 }), row('good-care-02', { notReally: 1 })));
    expect((await getWithCookie(ctx.current.app, '/api/v1/staff/me', own)).json()).toEqual({ email: emailFor(role), role, permissions: permissionsOf(role) });
  });
});
