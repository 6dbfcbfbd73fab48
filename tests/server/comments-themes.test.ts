import { beforeAll, describe, expect, it } from 'vitest';
import { addStaff } from '../../src/server/staff/staff-repository';
import type { CommentRow, CommentsResponse, RetagResponse } from '../../src/shared/inbox/comments-wire';
import { STAFF_ROLES, type StaffRole } from '../../src/shared/staff/roles';
import { THEME_IDS } from '../../src/shared/themes/codebook';
import { saySomethingItem, talkRequestItem } from './request-items';
import { GOOD_PASSWORD, INBOX_HEADER, getWithCookie, signedInCookie } from './staff-helpers';
import { ratingItem, syncItems, useTestApp } from './test-app';
import { dialects } from './test-database';

const emailFor = (role: StaffRole) => `comments-${role}@example.org`;

describe.each(dialects)('comment themes [%s]', (dialect) => {
  const ctx = useTestApp(dialect);
  const cookies = new Map<StaffRole, string>();
  const staffIds = new Map<StaffRole, number>();

  const fosterRating = ratingItem({
    statementId: 'good-care-09',
    comment: 'My FOSTER placement keeps Changing',
    createdAt: '2026-01-15T10:00:00+00:00',
  });
  const leavingRating = ratingItem({ statementId: 'leaving-care-03', comment: 'Pizza', createdAt: '2026-02-03T09:00:00+00:00' });
  const quietRating = ratingItem({ statementId: 'good-care-02', createdAt: '2026-02-04T09:00:00+00:00' });
  const blankRating = ratingItem({ statementId: 'good-care-02', comment: '   ', createdAt: '2026-02-04T09:00:00+00:00' });
  const pizzaMessage = saySomethingItem({ type: 'idea', text: 'ZEBRA pizza on Fridays', careStatus: 'in-care' }, '2026-03-01T08:00:00+01:00');
  const schoolMessage = saySomethingItem({ type: 'problem', text: 'My teacher at school shouts' }, '2026-03-20T12:00:00+00:00');
  const talk = talkRequestItem({ text: 'I want to talk about my foster home' });
  const all = [fosterRating, leavingRating, quietRating, blankRating, pizzaMessage, schoolMessage, talk];

  const db = () => ctx.current.handle.db;
  const themeRows = (itemId: string) =>
    db().selectFrom('comment_themes').select(['theme', 'source']).where('item_id', '=', itemId).orderBy('theme').execute();
  const list = async (role: StaffRole, query = '') => {
    const response = await getWithCookie(ctx.current.app, `/api/v1/inbox/comments${query}`, cookies.get(role));
    return { response, body: response.json<CommentsResponse>() };
  };
  const retag = (role: StaffRole, id: string, payload: unknown, headers: Record<string, string> = INBOX_HEADER) =>
    ctx.current.app.inject({
      method: 'PUT',
      url: `/api/v1/inbox/comments/${id}/themes`,
      headers: { ...headers, cookie: cookies.get(role) ?? '' },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const byId = (rows: CommentRow[], id: string) => rows.find((row) => row.id === id);

  beforeAll(async () => {
    const results = await syncItems(ctx.current.app, all);
    if (results.some((r) => r.status !== 'stored')) throw new Error(`Setup sync failed: ${JSON.stringify(results)}`);
    for (const role of STAFF_ROLES) {
      staffIds.set(role, (await addStaff(db(), { email: emailFor(role), role, password: GOOD_PASSWORD })).id);
      cookies.set(role, await signedInCookie(ctx.current.app, emailFor(role)));
    }
  });

  it(`[${dialect}] tags comments on ingest from keywords and the rating's statement, "other" when nothing matched`, async () => {
    expect(await themeRows(fosterRating.id)).toEqual(
      ['priority:home', 'priority:safe-relationships', 'statement:good-care-09'].map((theme) => ({ theme, source: 'auto' })),
    );
    expect(await themeRows(leavingRating.id)).toEqual([{ theme: 'priority:prepared-and-supported', source: 'auto' }]);
    expect(await themeRows(pizzaMessage.id)).toEqual([{ theme: 'other', source: 'auto' }]);
    expect(await themeRows(schoolMessage.id)).toEqual(
      ['priority:do-it-together', 'priority:opportunities'].map((theme) => ({ theme, source: 'auto' })),
    );
    // Not comments: a rating without words, and a talk request.
    for (const item of [quietRating, blankRating, talk]) expect(await themeRows(item.id)).toEqual([]);
  });

  it(`[${dialect}] lists comments newest first with their themes and counts, auditing each one shown`, async () => {
    const { response, body } = await list('facilitator');
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    // All came in one sync, so the newest written comes first.
    expect(body.comments.map((c) => c.id)).toEqual([schoolMessage, pizzaMessage, leavingRating, fosterRating].map((item) => item.id));
    expect(body.total).toBe(4);
    const stored = await db().selectFrom('items').select('received_at').where('id', '=', fosterRating.id).executeTakeFirstOrThrow();
    expect(byId(body.comments, fosterRating.id)).toEqual({
      id: fosterRating.id,
      kind: 'rating',
      text: 'My FOSTER placement keeps Changing',
      statementId: 'good-care-09',
      sayType: null,
      careStatus: null,
      ageBand: null,
      month: '2026-01',
      receivedOn: stored.received_at.slice(0, 10),
      themes: ['priority:safe-relationships', 'priority:home', 'statement:good-care-09'],
      themesSetBy: 'auto',
    });
    expect(byId(body.comments, pizzaMessage.id)).toMatchObject({ kind: 'message', sayType: 'idea', statementId: null, month: '2026-03', careStatus: 'in-care' });
    expect(response.body).not.toContain(talk.payload.text);
    expect(body.themeCounts.map((c) => c.theme)).toEqual(THEME_IDS);
    const count = (theme: string) => body.themeCounts.find((c) => c.theme === theme)?.count;
    expect([count('priority:home'), count('other'), count('priority:opportunities'), count('statement:good-care-01')]).toEqual([1, 1, 1, 0]);

    const audit = await db().selectFrom('audit_log').selectAll().where('action', '=', 'comment:view').execute();
    expect(audit.map((row) => row.item_id).sort()).toEqual(body.comments.map((c) => c.id).sort());
    expect(audit.every((row) => row.staff_id === staffIds.get('facilitator') && row.detail === 'list')).toBe(true);
  });

  it(`[${dialect}] filters by theme, kind and months, and counts only the filtered set`, async () => {
    const home = (await list('admin', '?theme=priority:home')).body;
    expect(home.comments.map((c) => c.id)).toEqual([fosterRating.id]);
    expect(home.total).toBe(1);
    expect(home.filters).toEqual({ theme: 'priority:home', kind: null, from: null, to: null });
    expect(home.themeCounts.filter((c) => c.count > 0).map((c) => c.theme)).toEqual([
      'priority:safe-relationships',
      'priority:home',
      'statement:good-care-09',
    ]);

    const messages = (await list('admin', '?kind=message')).body;
    expect(new Set(messages.comments.map((c) => c.id))).toEqual(new Set([pizzaMessage.id, schoolMessage.id]));
    expect(messages.themeCounts.find((c) => c.theme === 'statement:good-care-09')?.count).toBe(0);

    const february = (await list('admin', '?from=2026-02&to=2026-02')).body;
    expect(february.comments.map((c) => c.id)).toEqual([leavingRating.id]);
    const fromMarch = (await list('admin', '?from=2026-03&kind=&theme=')).body;
    expect(fromMarch.total).toBe(2);
    const toJanuary = (await list('admin', '?to=2026-01')).body;
    expect(toJanuary.comments.map((c) => c.id)).toEqual([fosterRating.id]);
  });

  it.each([
    ['?theme=priority:nope', /theme/],
    ['?kind=talk', /kind/],
    ['?from=2026-13', /from/],
    ['?from=2026-03&to=2026-01', /after/],
    ['?colour=red', /Unknown filter colour/],
    ['?kind=rating&kind=message', /once/],
  ])(`[${dialect}] answers 400 with a plain message for the filter %s`, async (query, message) => {
    const { response } = await list('facilitator', query);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: string }>().error).toMatch(message);
  });

  it(`[${dialect}] tags comments that have no themes when the list is read, once, even when two reads race`, async () => {
    await db().deleteFrom('comment_themes').where('item_id', 'in', [fosterRating.id, pizzaMessage.id]).execute();
    expect(await themeRows(fosterRating.id)).toEqual([]);
    const [first, second] = await Promise.all([list('facilitator'), list('participation-officer')]);
    expect([first.response.statusCode, second.response.statusCode]).toEqual([200, 200]);
    expect(await themeRows(fosterRating.id)).toEqual(
      ['priority:home', 'priority:safe-relationships', 'statement:good-care-09'].map((theme) => ({ theme, source: 'auto' })),
    );
    expect(await themeRows(pizzaMessage.id)).toEqual([{ theme: 'other', source: 'auto' }]);
    for (const item of [quietRating, blankRating, talk]) expect(await themeRows(item.id)).toEqual([]);
  });

  it(`[${dialect}] re-tag by a facilitator replaces the themes and writes the audit entry without the comment's text`, async () => {
    const response = await retag('facilitator', pizzaMessage.id, { themes: ['other', 'priority:healthy-life'] });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json<RetagResponse>()).toEqual({ id: pizzaMessage.id, themes: ['priority:healthy-life', 'other'], themesSetBy: 'staff' });
    expect(await themeRows(pizzaMessage.id)).toEqual([
      { theme: 'other', source: 'staff' },
      { theme: 'priority:healthy-life', source: 'staff' },
    ]);
    const entry = await db().selectFrom('audit_log').selectAll().orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      staff_id: staffIds.get('facilitator'),
      action: 'comment:retag',
      item_id: pizzaMessage.id,
      detail: 'priority:healthy-life,other',
    });
    const dump = JSON.stringify(await db().selectFrom('audit_log').selectAll().execute());
    expect(dump).not.toContain('ZEBRA');
    expect(dump).not.toContain('pizza');

    const shown = byId((await list('participation-officer', '?theme=priority:healthy-life')).body.comments, pizzaMessage.id);
    expect(shown).toMatchObject({ themes: ['priority:healthy-life', 'other'], themesSetBy: 'staff' });
  });

  it(`[${dialect}] a participation officer may re-tag a rating's comment; a suggestion that raced the re-tag never shows`, async () => {
    expect((await retag('participation-officer', fosterRating.id, { themes: ['priority:home'] })).statusCode).toBe(200);
    // As if a lazy tagging had read the comment as untagged just before the re-tag committed.
    await db().insertInto('comment_themes').values({ item_id: fosterRating.id, theme: 'statement:good-care-12', source: 'auto', set_at: 'x' }).execute();
    const { body } = await list('facilitator');
    expect(byId(body.comments, fosterRating.id)).toMatchObject({ themes: ['priority:home'], themesSetBy: 'staff' });
    expect(body.themeCounts.find((c) => c.theme === 'statement:good-care-12')?.count).toBe(0);
    expect((await list('facilitator', '?theme=statement:good-care-12')).body.total).toBe(0);
    // The next re-tag clears it.
    expect((await retag('facilitator', fosterRating.id, { themes: ['statement:good-care-09'] })).statusCode).toBe(200);
    expect(await themeRows(fosterRating.id)).toEqual([{ theme: 'statement:good-care-09', source: 'staff' }]);
  });

  it(`[${dialect}] refuses re-tagging to roles without themes:update, and without the CSRF header, changing nothing`, async () => {
    const before = await themeRows(schoolMessage.id);
    for (const role of ['admin', 'advocacy-coordinator'] as const) {
      const response = await retag(role, schoolMessage.id, { themes: ['other'] });
      expect(response.statusCode).toBe(403);
      expect(response.json<{ error: string }>().error).toMatch(/role/);
    }
    expect((await retag('facilitator', schoolMessage.id, { themes: ['other'] }, {})).statusCode).toBe(403);
    expect(await themeRows(schoolMessage.id)).toEqual(before);
  });

  it.each([
    ['no body', undefined],
    ['no themes', {}],
    ['an empty list', { themes: [] }],
    ['an unknown theme', { themes: ['priority:nope'] }],
    ['a repeated theme', { themes: ['other', 'other'] }],
    ['more than 10 themes', { themes: THEME_IDS.slice(0, 11) }],
    ['a string, not a list', { themes: 'other' }],
    ['an extra field', { themes: ['other'], note: 'x' }],
    ['a list, not an object', ['other']],
  ])(`[${dialect}] answers 400 for a body with %s, changing nothing`, async (_name, payload) => {
    const before = await themeRows(schoolMessage.id);
    const response = await retag('facilitator', schoolMessage.id, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: string }>().error).toMatch(/themes/);
    expect(await themeRows(schoolMessage.id)).toEqual(before);
  });

  it(`[${dialect}] answers 404 for an id that is not a comment`, async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', talk.id, quietRating.id, blankRating.id, 'x'.repeat(65)]) {
      const response = await retag('facilitator', id, { themes: ['other'] });
      expect(response.statusCode, id).toBe(404);
      expect(response.json<{ error: string }>().error).toMatch(/no comment/);
    }
    expect(await themeRows(talk.id)).toEqual([]);
  });

  it(`[${dialect}] lists by when the server received a comment before when it was written`, async () => {
    const late = saySomethingItem({ text: 'Written long ago, sent today' }, '2025-12-01T00:00:00Z');
    await syncItems(ctx.current.app, [late]);
    const { body } = await list('participation-officer');
    expect(body.comments[0]).toMatchObject({ id: late.id, month: '2025-12' });
    expect(body.total).toBe(5);
  });
});
