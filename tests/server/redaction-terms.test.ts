import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RedactionTerm, RedactionTermsResponse } from '../../src/shared/inbox/export-wire';
import { addStaff } from '../../src/server/staff/staff-repository';
import { GOOD_PASSWORD, INBOX_HEADER, getWithCookie, signedInCookie } from './staff-helpers';
import { useTestApp } from './test-app';
import { dialects } from './test-database';

const URL = '/api/v1/inbox/redaction-terms';

describe.each(dialects)('names and schools to hide [%s]', (dialect) => {
  const ctx = useTestApp(dialect);
  let cookie = '';
  let staffId = 0;

  beforeAll(async () => {
    staffId = (await addStaff(ctx.current.handle.db, { email: 'lists@example.org', role: 'admin', password: GOOD_PASSWORD })).id;
    cookie = await signedInCookie(ctx.current.app, 'lists@example.org');
  });

  const send = (method: 'POST' | 'DELETE', url: string, payload?: unknown, headers: Record<string, string> = INBOX_HEADER): Promise<LightMyRequestResponse> =>
    ctx.current.app.inject({ method, url, headers: { ...headers, cookie }, ...(payload === undefined ? {} : { payload: payload as object }) });
  const list = async () => (await getWithCookie(ctx.current.app, URL, cookie)).json<RedactionTermsResponse>().terms;
  const audit = () =>
    ctx.current.handle.db.selectFrom('audit_log').select(['staff_id', 'action', 'item_id', 'detail']).where('action', 'like', 'redaction-term:%').orderBy('id').execute();

  it(`[${dialect}] adds names and schools (trimmed), lists them, and audits only the kind`, async () => {
    const name = await send('POST', URL, { kind: 'name', term: '  Jordan   Lee ' });
    expect(name.statusCode).toBe(201);
    expect(name.json()).toEqual({ id: expect.any(Number), kind: 'name', term: 'Jordan Lee' });
    expect((await send('POST', URL, { kind: 'school', term: "St Mary's" })).statusCode).toBe(201);
    const response = await getWithCookie(ctx.current.app, URL, cookie);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.json<RedactionTermsResponse>().terms.map(({ kind, term }) => ({ kind, term }))).toEqual([
      { kind: 'name', term: 'Jordan Lee' },
      { kind: 'school', term: "St Mary's" },
    ]);
    expect(await audit()).toEqual([
      { staff_id: staffId, action: 'redaction-term:add', item_id: null, detail: 'kind=name' },
      { staff_id: staffId, action: 'redaction-term:add', item_id: null, detail: 'kind=school' },
    ]);
  });

  it(`[${dialect}] answers 409 for a term already on its list, in any case; the other list may have it`, async () => {
    const again = await send('POST', URL, { kind: 'name', term: 'jordan lee' });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toEqual({ error: expect.any(String) });
    expect((await send('POST', URL, { kind: 'school', term: 'Jordan Lee' })).statusCode).toBe(201);
    expect((await list()).length).toBe(3);
  });

  it.each([
    ['no kind', { term: 'Sam' }],
    ['an unknown kind', { kind: 'street', term: 'Sam' }],
    ['an empty term', { kind: 'name', term: '   ' }],
    ['a term of only punctuation', { kind: 'name', term: '!!' }],
    ['a term over 100 characters', { kind: 'name', term: 'a'.repeat(101) }],
    ['a term that is not text', { kind: 'name', term: 5 }],
    ['an extra field', { kind: 'name', term: 'Sam', note: 'x' }],
  ])(`[${dialect}] answers 400 for %s and adds nothing`, async (_name, payload) => {
    const before = (await list()).length;
    const response = await send('POST', URL, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: expect.any(String) });
    expect((await list()).length).toBe(before);
  });

  it(`[${dialect}] removes a term (audited with its kind), then answers 404 for it`, async () => {
    const terms = await list();
    const school = terms.find((t) => t.kind === 'school' && t.term === "St Mary's") as RedactionTerm;
    const removed = await send('DELETE', `${URL}/${school.id}`);
    expect(removed.statusCode).toBe(204);
    expect((await list()).map((t) => t.id)).not.toContain(school.id);
    expect((await audit()).at(-1)).toEqual({ staff_id: staffId, action: 'redaction-term:remove', item_id: null, detail: 'kind=school' });
    expect((await send('DELETE', `${URL}/${school.id}`)).statusCode).toBe(404);
    expect((await send('DELETE', `${URL}/abc`)).statusCode).toBe(404);
  });

  it(`[${dialect}] refuses changes without the inbox header, and never writes a term into the audit log`, async () => {
    expect((await send('POST', URL, { kind: 'name', term: 'Priya' }, {})).statusCode).toBe(403);
    const [first] = await list();
    expect((await send('DELETE', `${URL}/${first?.id}`, undefined, {})).statusCode).toBe(403);
    expect((await list()).map((t) => t.term)).not.toContain('Priya');
    const entries = await ctx.current.handle.db.selectFrom('audit_log').select('detail').execute();
    for (const { detail } of entries) expect(detail ?? '').not.toMatch(/Jordan|Mary|Priya/);
  });
});
