import { beforeAll, describe, expect, it } from 'vitest';
import { addStaff } from '../../src/server/staff/staff-repository';
import {
  type YouSaidWeDidAdminList,
  type YouSaidWeDidChanged,
  type YouSaidWeDidResponse,
  monthOf,
} from '../../src/shared/inbox/you-said-we-did-wire';
import { GOOD_PASSWORD, INBOX_HEADER, signedInCookie } from './staff-helpers';
import { useTestApp } from './test-app';
import { dialects } from './test-database';

const BASE = '/api/v1/inbox/you-said-we-did';
const TITLE = 'ZEBRA-TITLE-9 Faster wifi';
const BODY = 'ZEBRA-BODY-9 You said the wifi was slow. We fixed it in every home.';

/** The month after this one, which no response may be dated. */
function nextMonth(): string {
  const [year, month] = monthOf(new Date()).split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}

describe.each(dialects)('"You said, we did" publishing [%s]', (dialect) => {
  const ctx = useTestApp(dialect);
  let cookie = '';
  let staffId = 0;

  beforeAll(async () => {
    staffId = (await addStaff(ctx.current.handle.db, { email: 'officer@example.org', role: 'participation-officer', password: GOOD_PASSWORD })).id;
    cookie = await signedInCookie(ctx.current.app, 'officer@example.org');
  });

  const send = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) =>
    ctx.current.app.inject({
      method,
      url,
      headers: { ...INBOX_HEADER, cookie },
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  const draft = (overrides: Record<string, unknown> = {}) => ({
    title: TITLE,
    body: BODY,
    month: '2026-01',
    themes: ['priority:home', 'statement:good-care-05'],
    ...overrides,
  });
  const create = async (overrides: Record<string, unknown> = {}) => {
    const response = await send('POST', BASE, draft(overrides));
    expect(response.statusCode, response.body).toBe(201);
    return response.json<YouSaidWeDidChanged>().response;
  };
  const publicList = async () => {
    const response = await ctx.current.app.inject({ method: 'GET', url: '/api/v1/you-said-we-did' });
    expect(response.statusCode).toBe(200);
    return response.json<YouSaidWeDidResponse>().responses;
  };
  const auditFor = (itemId: string) =>
    ctx.current.handle.db.selectFrom('audit_log').selectAll().where('item_id', '=', itemId).orderBy('id', 'asc').execute();
  const storedCount = async () =>
    Number((await ctx.current.handle.db.selectFrom('you_said_we_did').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  it(`[${dialect}] creates a draft that the young person's app does not see`, async () => {
    const response = await send('POST', BASE, draft({ title: `  ${TITLE}  ` }));
    expect(response.statusCode).toBe(201);
    expect(response.headers['cache-control']).toBe('no-store');
    const created = response.json<YouSaidWeDidChanged>().response;
    expect(created).toMatchObject({ title: TITLE, body: BODY, month: '2026-01', themes: ['priority:home', 'statement:good-care-05'], published: false, publishedAt: null });
    expect(created.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await publicList()).map((r) => r.id)).not.toContain(created.id);
    const [entry] = await auditFor(created.id);
    expect(entry).toMatchObject({ staff_id: staffId, action: 'you-said-we-did:create', detail: 'themes=2' });
  });

  it(`[${dialect}] publishes to the public list with themes, edits live, and unpublishes`, async () => {
    const created = await create();
    const published = await send('POST', `${BASE}/${created.id}/publish`);
    expect(published.statusCode).toBe(200);
    expect(published.json<YouSaidWeDidChanged>().response).toMatchObject({ id: created.id, published: true });
    expect((await publicList()).find((r) => r.id === created.id)).toEqual({
      id: created.id,
      title: TITLE,
      body: BODY,
      month: '2026-01',
      themes: ['priority:home', 'statement:good-care-05'],
    });

    const edited = await send('PUT', `${BASE}/${created.id}`, draft({ title: 'Wifi is fixed', body: 'It works now.', month: '2026-02', themes: ['other'] }));
    expect(edited.statusCode).toBe(200);
    expect(edited.json<YouSaidWeDidChanged>().response).toMatchObject({ title: 'Wifi is fixed', published: true });
    expect((await publicList()).find((r) => r.id === created.id)).toMatchObject({ title: 'Wifi is fixed', body: 'It works now.', month: '2026-02', themes: ['other'] });

    expect((await send('POST', `${BASE}/${created.id}/unpublish`)).json<YouSaidWeDidChanged>().response.published).toBe(false);
    expect((await publicList()).map((r) => r.id)).not.toContain(created.id);
    expect((await auditFor(created.id)).map((row) => row.action)).toEqual([
      'you-said-we-did:create',
      'you-said-we-did:publish',
      'you-said-we-did:update',
      'you-said-we-did:unpublish',
    ]);
  });

  it(`[${dialect}] publishing twice changes nothing and writes one entry`, async () => {
    const created = await create();
    const first = (await send('POST', `${BASE}/${created.id}/publish`)).json<YouSaidWeDidChanged>().response;
    const second = await send('POST', `${BASE}/${created.id}/publish`);
    expect(second.statusCode).toBe(200);
    expect(second.json<YouSaidWeDidChanged>().response.publishedAt).toBe(first.publishedAt);
    expect((await auditFor(created.id)).filter((row) => row.action === 'you-said-we-did:publish')).toHaveLength(1);
    expect((await send('POST', `${BASE}/${(await create()).id}/unpublish`)).statusCode).toBe(200);
  });

  it(`[${dialect}] lists drafts and published responses, newest first, for staff only`, async () => {
    const older = await create({ title: 'Older' });
    const newer = await create({ title: 'Newer' });
    await send('POST', `${BASE}/${older.id}/publish`);
    const response = await send('GET', BASE);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const { responses } = response.json<YouSaidWeDidAdminList>();
    expect(responses.slice(0, 2).map((r) => [r.title, r.published])).toEqual([
      ['Newer', false],
      ['Older', true],
    ]);
    expect(responses[0]).toMatchObject({ id: newer.id, themes: ['priority:home', 'statement:good-care-05'], createdAt: expect.any(String) });
    expect((await ctx.current.app.inject({ method: 'GET', url: BASE })).statusCode).toBe(401);
  });

  it.each([
    ['a title over 80 characters', { title: 'a'.repeat(81) }, /80 characters/],
    ['a text over 600 characters', { body: 'a'.repeat(601) }, /600 characters/],
    ['an empty title', { title: '   ' }, /Give the title/],
    ['month 13', { month: '2026-13' }, /real month/],
    ['a month without a leading zero', { month: '2026-1' }, /real month/],
    ['a month after this one', { month: nextMonth() }, /after this month/],
    ['a theme not in the codebook', { themes: ['priority:home', 'made-up'] }, /codebook/],
    ['the same theme twice', { themes: ['other', 'other'] }, /only once/],
    ['six themes', { themes: ['other', 'priority:home', 'priority:identity', 'statement:good-care-01', 'statement:good-care-02', 'statement:good-care-03'] }, /at most 5/],
    ['a NUL in the title', { title: 'Fast\u0000er' }, /NUL/],
    ['a NUL in the text', { body: 'We\u0000 fixed it.' }, /NUL/],
    ['no themes field', { themes: undefined }, /themes/],
    ['a field that is not known', { publishedAt: '2026-01-01' }, /nothing else/],
    ['a title that is not text', { title: 42 }, /title as text/],
  ])(`[${dialect}] refuses %s with 400 and stores nothing`, async (_name, overrides, message) => {
    const before = await storedCount();
    const created = await send('POST', BASE, draft(overrides));
    expect(created.statusCode).toBe(400);
    expect(created.json()).toEqual({ error: expect.stringMatching(message) });
    const target = await create();
    const edited = await send('PUT', `${BASE}/${target.id}`, draft(overrides));
    expect(edited.statusCode).toBe(400);
    expect(edited.json()).toEqual({ error: expect.stringMatching(message) });
    expect(await storedCount()).toBe(before + 1);
    expect((await publicList()).map((r) => r.id)).not.toContain(target.id);
  });

  it(`[${dialect}] refuses a body that is not an object, and accepts limits exactly`, async () => {
    for (const payload of ['"text"', '[]', 'null']) {
      const response = await ctx.current.app.inject({ method: 'POST', url: BASE, headers: { ...INBOX_HEADER, cookie, 'content-type': 'application/json' }, payload });
      expect(response.statusCode, payload).toBe(400);
      expect(response.json<{ error: string }>().error).toMatch(/nothing else/);
    }
    const longest = await create({ title: 'a'.repeat(80), body: 'b'.repeat(600), month: monthOf(new Date()), themes: [] });
    expect(longest).toMatchObject({ title: 'a'.repeat(80), themes: [] });
  });

  it.each([
    ['PUT', (id: string) => `${BASE}/${id}`],
    ['POST', (id: string) => `${BASE}/${id}/publish`],
    ['POST', (id: string) => `${BASE}/${id}/unpublish`],
  ] as const)(`[${dialect}] %s %s answers 404 for an unknown id`, async (method, url) => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'x'.repeat(37)]) {
      const response = await send(method, url(id), method === 'PUT' ? draft() : undefined);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({ error: 'There is no such response.' });
    }
  });

  it(`[${dialect}] refuses changes without the inbox header`, async () => {
    const before = await storedCount();
    const response = await ctx.current.app.inject({ method: 'POST', url: BASE, headers: { cookie }, payload: draft() });
    expect(response.statusCode).toBe(403);
    expect(await storedCount()).toBe(before);
  });

  it(`[${dialect}] never puts the words of a response in the audit log`, async () => {
    const rows = await ctx.current.handle.db.selectFrom('audit_log').selectAll().where('action', 'like', 'you-said-we-did:%').execute();
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      expect(row.item_id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.detail === null || /^themes=\d$/.test(row.detail), String(row.detail)).toBe(true);
      expect(JSON.stringify(row)).not.toMatch(/ZEBRA|wifi|Older|Newer/i);
    }
  });
});
