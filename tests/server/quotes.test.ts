import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExportReport, QuoteCandidatesResponse, QuotesResponse } from '../../src/shared/inbox/export-wire';
import { addStaff } from '../../src/server/staff/staff-repository';
import { type SeedGroup, GROUPS, makeSeed, storeSeed } from './export-seed';
import { GOOD_PASSWORD, INBOX_HEADER, getWithCookie, signedInCookie } from './staff-helpers';
import { syncItems, useTestApp } from './test-app';
import { dialects } from './test-database';

/** What a child wrote, with everything redaction must take out. */
const ORIGINAL = 'Kayden from Oakfield School said ring 07700 900123 or kay@example.com, we live at 12 Oak Road SO14 2AB';
const REDACTED = '[name] from [school] said ring [phone] or [email], we live at [address] [postcode]';
const SECRETS = ['Kayden', 'Oakfield', '07700', 'kay@example.com', 'Oak Road', 'SO14'];

const group = (name: string): SeedGroup => GROUPS.find((g) => g.name === name) as SeedGroup;

describe.each(dialects)('quotes for the export [%s]', (dialect) => {
  const ctx = useTestApp(dialect);
  const seed = makeSeed();
  const cookies = { officer: '', facilitator: '' };
  const ids = { officer: 0, facilitator: 0 };
  /** A message from group A (30 children) and one from group C (8 children), both with the same words. */
  const big = { id: randomUUID(), kind: 'say-something', createdAt: '2025-02-10T10:00:00.000Z', payload: { type: 'problem', text: ORIGINAL, careStatus: 'in-care', ageBand: '12-15' } };
  const small = { id: randomUUID(), kind: 'say-something', createdAt: '2025-03-10T10:00:00.000Z', payload: { type: 'problem', text: ORIGINAL, careStatus: 'in-care', ageBand: 'under-12' } };

  beforeAll(async () => {
    const { app, handle } = ctx.current;
    await storeSeed(app, handle.db, seed);
    await syncItems(app, [big, small]);
    for (const [who, role] of [['officer', 'participation-officer'], ['facilitator', 'facilitator']] as const) {
      ids[who] = (await addStaff(handle.db, { email: `${who}@example.org`, role, password: GOOD_PASSWORD })).id;
      cookies[who] = await signedInCookie(app, `${who}@example.org`);
    }
    for (const [kind, term] of [['name', 'Kayden'], ['school', 'Oakfield']]) {
      const added = await post('officer', '/api/v1/inbox/redaction-terms', { kind, term });
      expect(added.statusCode).toBe(201);
    }
  });

  function post(who: keyof typeof cookies, url: string, payload?: unknown): Promise<LightMyRequestResponse> {
    return ctx.current.app.inject({ method: 'POST', url, headers: { ...INBOX_HEADER, cookie: cookies[who] }, ...(payload === undefined ? {} : { payload: payload as object }) });
  }

  const quotes = async (who: keyof typeof cookies) =>
    (await getWithCookie(ctx.current.app, '/api/v1/inbox/quotes', cookies[who])).json<QuotesResponse>().quotes;

  async function auditOf(action: string) {
    return ctx.current.handle.db.selectFrom('audit_log').select(['staff_id', 'item_id', 'detail']).where('action', '=', action).execute();
  }

  it(`[${dialect}] redacts a comment at once when a quote is asked for, with the staff-kept names and schools`, async () => {
    const response = await post('officer', '/api/v1/inbox/quotes', { itemId: big.id });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ id: expect.any(Number), redactedText: REDACTED, status: 'pending' });
    const stored = await ctx.current.handle.db.selectFrom('quote_requests').selectAll().where('item_id', '=', big.id).execute();
    expect(stored).toEqual([expect.objectContaining({ redacted_text: REDACTED, status: 'pending', requested_by: ids.officer, decided_by: null })]);
    expect(await auditOf('quote:request')).toEqual([{ staff_id: ids.officer, item_id: big.id, detail: null }]);
    expect((await post('officer', '/api/v1/inbox/quotes', { itemId: big.id })).statusCode).toBe(409);
    expect((await post('facilitator', '/api/v1/inbox/quotes', { itemId: big.id })).statusCode).toBe(409);
  });

  it(`[${dialect}] stores one quote when two people ask for the same comment at the same moment`, async () => {
    const racer = { id: randomUUID(), kind: 'say-something', createdAt: '2025-02-11T10:00:00.000Z', payload: { type: 'idea', text: 'More trips please', careStatus: 'in-care', ageBand: '12-15' } };
    await syncItems(ctx.current.app, [racer]);
    const answers = await Promise.all(
      Array.from({ length: 6 }, (_, n) => post(n % 2 === 0 ? 'officer' : 'facilitator', '/api/v1/inbox/quotes', { itemId: racer.id })),
    );
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409, 409, 409, 409, 409]);
    const stored = await ctx.current.handle.db.selectFrom('quote_requests').select('id').where('item_id', '=', racer.id).execute();
    expect(stored).toHaveLength(1);
  });

  it(`[${dialect}] answers 404 for an item that is not a comment, and 400 for a bad body`, async () => {
    const noComment = seed.ratings.find((r) => !r.comment)?.id ?? '';
    for (const itemId of [randomUUID(), noComment, 'x'.repeat(64)]) {
      const response = await post('officer', '/api/v1/inbox/quotes', { itemId });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({ error: expect.any(String) });
    }
    for (const payload of [{}, { itemId: '' }, { itemId: 7 }, { itemId: big.id, extra: 1 }, ['x']]) {
      expect((await post('officer', '/api/v1/inbox/quotes', payload)).statusCode).toBe(400);
    }
  });

  it(`[${dialect}] lists quotes with who asked, and lets only someone else decide`, async () => {
    const mine = (await quotes('officer')).find((q) => q.redactedText === REDACTED);
    expect(mine).toEqual({
      id: expect.any(Number),
      redactedText: REDACTED,
      status: 'pending',
      requestedBy: 'officer@example.org',
      requestedAt: expect.any(String),
      decidedBy: null,
      decidedAt: null,
      mayDecide: false,
    });
    expect((await quotes('facilitator')).find((q) => q.id === mine?.id)?.mayDecide).toBe(true);
    expect((await auditOf('quote:view')).some((e) => e.item_id === big.id && e.staff_id === ids.facilitator)).toBe(true);

    const own = await post('officer', `/api/v1/inbox/quotes/${mine?.id}/approve`);
    expect(own.statusCode).toBe(403);
    expect(own.json()).toEqual({ error: 'The person who asked cannot approve their own quote.' });
    expect((await post('officer', `/api/v1/inbox/quotes/${mine?.id}/reject`)).statusCode).toBe(403);

    const approved = await post('facilitator', `/api/v1/inbox/quotes/${mine?.id}/approve`);
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toEqual({ id: mine?.id, status: 'approved', decidedAt: expect.any(String) });
    expect((await post('facilitator', `/api/v1/inbox/quotes/${mine?.id}/approve`)).statusCode).toBe(409);
    expect((await post('facilitator', `/api/v1/inbox/quotes/${mine?.id}/reject`)).statusCode).toBe(409);
    expect((await quotes('officer')).find((q) => q.id === mine?.id)).toMatchObject({ status: 'approved', decidedBy: 'facilitator@example.org', mayDecide: false });
    expect(await auditOf('quote:approve')).toEqual([{ staff_id: ids.facilitator, item_id: big.id, detail: null }]);
  });

  it(`[${dialect}] rejects on a second person's word, and answers 404 for an unknown quote`, async () => {
    expect((await post('facilitator', '/api/v1/inbox/quotes', { itemId: small.id })).statusCode).toBe(201);
    const id = (await quotes('officer')).find((q) => q.status === 'pending')?.id;
    const rejected = await post('officer', `/api/v1/inbox/quotes/${id}/reject`);
    expect(rejected.json()).toMatchObject({ id, status: 'rejected' });
    expect(await auditOf('quote:reject')).toEqual([{ staff_id: ids.officer, item_id: small.id, detail: null }]);
    for (const bad of ['999999', 'abc', '-1', '1.5']) {
      expect((await post('officer', `/api/v1/inbox/quotes/${bad}/approve`)).statusCode).toBe(404);
    }
    // A rejected quote may be asked for again; approved, it is then from a group of 8 children.
    expect((await post('facilitator', '/api/v1/inbox/quotes', { itemId: small.id })).statusCode).toBe(201);
    const again = (await quotes('officer')).find((q) => q.status === 'pending')?.id;
    expect((await post('officer', `/api/v1/inbox/quotes/${again}/approve`)).statusCode).toBe(200);
  });

  it(`[${dialect}] puts an approved quote in the export only for a group of at least 10 children`, async () => {
    await addStaff(ctx.current.handle.db, { email: 'exporter@example.org', role: 'participation-officer', password: GOOD_PASSWORD });
    const cookie = await signedInCookie(ctx.current.app, 'exporter@example.org');
    const report = (await getWithCookie(ctx.current.app, '/api/v1/inbox/export?from=2025-01&to=2025-03', cookie)).json<ExportReport>();
    expect(report.quotes).toEqual([{ text: REDACTED, group: { careStatus: 'in-care', ageBand: '12-15' } }]);
  });

  it(`[${dialect}] offers only comments from groups of at least 10 children, redacted, each view audited`, async () => {
    const response = await getWithCookie(ctx.current.app, '/api/v1/inbox/quotes/candidates?from=2025-01&to=2025-03', cookies.facilitator);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const { candidates } = response.json<QuoteCandidatesResponse>();
    const groupsShown = new Set(candidates.map((c) => `${c.group.careStatus}/${c.group.ageBand}`));
    expect([...groupsShown].sort()).toEqual(['care-leaver/16-plus', 'in-care/12-15']);
    expect(candidates.some((c) => c.itemId === big.id)).toBe(false);
    expect(candidates.every((c) => /^\d{4}-\d{2}$/.test(c.month))).toBe(true);
    const eligible = [...seed.ratings.filter((r) => r.comment), ...seed.messages].filter((c) => ['A', 'B'].includes(c.group.name));
    expect(candidates.length).toBe(eligible.length);
    const audited = await auditOf('quote-candidate:view');
    expect(audited.map((e) => e.item_id).sort()).toEqual(candidates.map((c) => c.itemId).sort());
    expect(audited.every((e) => e.staff_id === ids.facilitator && e.detail === 'from=2025-01;to=2025-03')).toBe(true);
    expect(group('C').children).toBeLessThan(10);
    expect((await getWithCookie(ctx.current.app, '/api/v1/inbox/quotes/candidates?from=2025-99', cookies.facilitator)).statusCode).toBe(400);
  });

  it(`[${dialect}] never sends the original words back from any quote route`, async () => {
    await syncItems(ctx.current.app, [{ ...big, id: randomUUID(), createdAt: '2025-02-11T10:00:00.000Z' }]);
    const bodies = [
      (await getWithCookie(ctx.current.app, '/api/v1/inbox/quotes/candidates', cookies.officer)).body,
      (await getWithCookie(ctx.current.app, '/api/v1/inbox/quotes', cookies.officer)).body,
    ];
    expect(bodies[0]).toContain(REDACTED);
    for (const body of bodies) for (const secret of SECRETS) expect(body).not.toContain(secret);
    const audit = await ctx.current.handle.db.selectFrom('audit_log').select('detail').execute();
    for (const { detail } of audit) for (const secret of SECRETS) expect(detail ?? '').not.toContain(secret);
  });
});
