import type { StatementCounts } from '../../src/shared/inbox/ratings-wire';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_STATEMENT_IDS, ANSWERS, LEAVING_CARE_IDS } from '../../src/shared/content/statements';
import type { StaffRole } from '../../src/shared/staff/roles';
import { permissionsOf } from '../../src/server/staff/permissions';
import { addStaff } from '../../src/server/staff/staff-repository';
import { GOOD_PASSWORD, getWithCookie, signedInCookie } from './staff-helpers';
import { type RatingItem, ratingItem, syncItems, useTestApp } from './test-app';
import { dialects } from './test-database';

interface InboxRating {
  id: string;
  statementId: string;
  answer: string;
  comment: string | null;
  createdAt: string;
  receivedAt: string;
}

const ROLES: readonly StaffRole[] = ['admin', 'facilitator', 'participation-officer', 'advocacy-coordinator'];
const emailFor = (role: StaffRole) => `${role}@example.org`;

/** 30 ratings over all statements (leaving-care ones too) and answers, a minute apart, some with comments. */
function buildRatings(): RatingItem[] {
  const start = Date.parse('2025-03-01T09:00:00.000Z');
  return Array.from({ length: 30 }, (_, i) =>
    ratingItem({
      statementId: ALL_STATEMENT_IDS[(i * 5) % ALL_STATEMENT_IDS.length],
      answer: ANSWERS[(i * 3 + Math.floor(i / 7)) % ANSWERS.length],
      createdAt: new Date(start + i * 60_000).toISOString(),
      ...(i % 4 === 0 ? { comment: `comment ${i}` } : {}),
    }),
  );
}

/** Counted here independently of the server, from what was sent. */
function expectedCounts(items: readonly RatingItem[]): StatementCounts[] {
  return ALL_STATEMENT_IDS.map((statementId) => {
    const mine = items.filter((item) => item.payload.statementId === statementId);
    const count = (answer: string) => mine.filter((item) => item.payload.answer === answer).length;
    return {
      statementId,
      yes: count('yes'),
      sometimes: count('sometimes'),
      notReally: count('not-really'),
      skip: count('skip'),
      total: mine.length,
    };
  });
}

describe.each(dialects)('GET /api/v1/inbox/ratings [%s]', (dialect) => {
  const ctx = useTestApp(dialect);
  const sent = buildRatings();

  beforeAll(async () => {
    for (const role of ROLES) {
      await addStaff(ctx.current.handle.db, { email: emailFor(role), role, password: GOOD_PASSWORD });
    }
    // Sent out of order, then again in full: duplicates and rejected items must not be counted.
    const shuffled = [...sent.slice(20), ...sent.slice(0, 10), ...sent.slice(10, 20)];
    const first = await syncItems(ctx.current.app, shuffled);
    if (first.some((r) => r.status !== 'stored')) throw new Error(`Setup sync failed: ${JSON.stringify(first)}`);
    const rejected = { ...ratingItem(), payload: { statementId: 'good-care-01', answer: 'never' } };
    const again = await syncItems(ctx.current.app, [...sent, rejected]);
    if (again.some((r, i) => r.status !== (i < sent.length ? 'duplicate' : 'rejected'))) {
      throw new Error(`Setup re-sync failed: ${JSON.stringify(again)}`);
    }
  });

  it(`[${dialect}] answers 401 without a session cookie`, async () => {
    const response = await getWithCookie(ctx.current.app, '/api/v1/inbox/ratings');
    expect(response.statusCode).toBe(401);
    expect(response.json<{ error: string }>().error).toMatch(/sign in/i);
  });

  it(`[${dialect}] answers 401 for a made-up session cookie`, async () => {
    const response = await getWithCookie(ctx.current.app, '/api/v1/inbox/ratings', 'ys_session=not-a-real-session-id');
    expect(response.statusCode).toBe(401);
  });

  it(`[${dialect}] gives an admin the ratings newest first and counts per statement`, async () => {
    const cookie = await signedInCookie(ctx.current.app, emailFor('admin'));
    const response = await getWithCookie(ctx.current.app, '/api/v1/inbox/ratings', cookie);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const { ratings, counts } = response.json<{ ratings: InboxRating[]; counts: StatementCounts[] }>();

    const newestFirst = [...sent].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    expect(ratings.map((r) => r.id)).toEqual(newestFirst.map((item) => item.id));
    for (const rating of ratings) {
      const item = sent.find((s) => s.id === rating.id) as RatingItem;
      expect(rating).toMatchObject({
        statementId: item.payload.statementId,
        answer: item.payload.answer,
        comment: item.payload.comment ?? null,
        createdAt: item.createdAt,
      });
      expect(Date.parse(rating.receivedAt)).not.toBeNaN();
    }

    expect(counts).toHaveLength(14 + LEAVING_CARE_IDS.length);
    expect(counts).toEqual(expectedCounts(sent));
    // Leaving-care statements are counted as well as the 14 good-care ones.
    const leavingCare = counts.filter((row) => row.statementId.startsWith('leaving-care-'));
    expect(leavingCare.map((row) => row.statementId)).toEqual([...LEAVING_CARE_IDS]);
    expect(leavingCare.reduce((sum, row) => sum + row.total, 0)).toBeGreaterThan(0);
    expect(counts.reduce((sum, row) => sum + row.total, 0)).toBe(sent.length);
    // The spread is real: more than one kind of answer is counted.
    expect(new Set(counts.flatMap((row) => [row.yes, row.sometimes, row.notReally, row.skip])).size).toBeGreaterThan(1);
  });

  it.each([
    ['facilitator', 200],
    ['participation-officer', 200],
    ['advocacy-coordinator', 403],
  ] as const)(`[${dialect}] answers a signed-in %s with %i`, async (role, status) => {
    const cookie = await signedInCookie(ctx.current.app, emailFor(role));
    const response = await getWithCookie(ctx.current.app, '/api/v1/inbox/ratings', cookie);
    expect(response.statusCode).toBe(status);
    if (status === 403) {
      expect(response.json()).toEqual({ error: expect.stringMatching(/role/) });
    } else {
      expect(response.json<{ counts: StatementCounts[] }>().counts).toEqual(expectedCounts(sent));
    }
    // Signed in either way: the session itself is valid.
    expect((await getWithCookie(ctx.current.app, '/api/v1/staff/me', cookie)).json()).toEqual({
      email: emailFor(role),
      role,
      permissions: permissionsOf(role),
    });
  });
});
