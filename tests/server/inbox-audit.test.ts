import { beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../../src/server/audit/audit-log';
import { addStaff } from '../../src/server/staff/staff-repository';
import type { AuditResponse } from '../../src/shared/inbox/audit-wire';
import { STAFF_ROLES, type StaffRole } from '../../src/shared/staff/roles';
import { GOOD_PASSWORD, INBOX_HEADER, getWithCookie, signedInCookie } from './staff-helpers';
import { advocateRequestItem, saySomethingItem, talkRequestItem } from './request-items';
import { ratingItem, syncItems, useTestApp } from './test-app';
import { dialects } from './test-database';

const emailFor = (role: StaffRole) => `${role}@example.org`;

/** Words only a child wrote: none may ever reach the audit log. */
const CHILD_WORDS = ['ZEBRA-DETAILS-7', 'ZEBRA-NEEDS-7', 'ZEBRA-TALK-7', 'ZEBRA-SAY-7', 'ZEBRA-COMMENT-7', '07700 900999', 'zebra@example.org'];
const NOTE_TEXT = 'ZEBRA-NOTE-7 rang back, will meet Friday';

describe.each(dialects)('the audit log [%s]', (dialect) => {
  const ctx = useTestApp(dialect);
  const cookies = new Map<StaffRole, string>();
  const staffIds = new Map<StaffRole, number>();
  const advocate = advocateRequestItem({
    details: CHILD_WORDS[0],
    needs: CHILD_WORDS[1],
    contact: { methods: ['call'], phone: CHILD_WORDS[5] },
  });
  const talk = talkRequestItem({ text: CHILD_WORDS[2], contact: { methods: ['email'], email: CHILD_WORDS[6] } });
  const say = saySomethingItem({ text: CHILD_WORDS[3] });
  const rating = ratingItem({ comment: CHILD_WORDS[4] });

  beforeAll(async () => {
    const results = await syncItems(ctx.current.app, [advocate, talk, say, rating]);
    if (results.some((r) => r.status !== 'stored')) throw new Error(`Setup sync failed: ${JSON.stringify(results)}`);
    for (const role of STAFF_ROLES) {
      const member = await addStaff(ctx.current.handle.db, { email: emailFor(role), role, password: GOOD_PASSWORD });
      staffIds.set(role, member.id);
      cookies.set(role, await signedInCookie(ctx.current.app, emailFor(role)));
    }
  });

  const allRows = () => ctx.current.handle.db.selectFrom('audit_log').selectAll().orderBy('id', 'asc').execute();
  const lastRows = async (n: number) => (await allRows()).slice(-n);

  it.each([
    ['/api/v1/inbox/advocate-requests', 'advocacy-coordinator', 'advocate-request:view', 'list;contact', () => advocate.id],
    ['/api/v1/inbox/talk-requests', 'advocacy-coordinator', 'talk-request:view', 'list;contact', () => talk.id],
    ['/api/v1/inbox/talk-requests', 'facilitator', 'talk-request:view', 'list;no-contact', () => talk.id],
    ['/api/v1/inbox/talk-requests', 'admin', 'talk-request:view', 'list;no-contact', () => talk.id],
    ['/api/v1/inbox/messages', 'participation-officer', 'message:view', 'list', () => say.id],
    ['/api/v1/inbox/ratings', 'facilitator', 'rating:view', 'list', () => rating.id],
  ] as const)(`[${dialect}] GET %s by a %s writes one entry per item shown: %s %s`, async (url, role, action, detail, itemId) => {
    const before = new Date().toISOString();
    expect((await getWithCookie(ctx.current.app, url, cookies.get(role))).statusCode).toBe(200);
    const [row] = await lastRows(1);
    expect(row).toMatchObject({ staff_id: staffIds.get(role), action, item_id: itemId(), detail });
    expect(row && row.at >= before && row.at <= new Date().toISOString()).toBe(true);
  });

  it(`[${dialect}] a list with several items names each of them`, async () => {
    const extra = saySomethingItem({ text: 'another message' });
    await syncItems(ctx.current.app, [extra]);
    expect((await getWithCookie(ctx.current.app, '/api/v1/inbox/messages', cookies.get('facilitator'))).statusCode).toBe(200);
    const rows = await lastRows(2);
    expect(rows.map((r) => r.item_id).sort()).toEqual([say.id, extra.id].sort());
    expect(rows.every((r) => r.action === 'message:view' && r.staff_id === staffIds.get('facilitator'))).toBe(true);
  });

  it(`[${dialect}] a refused view writes nothing`, async () => {
    const count = (await allRows()).length;
    expect((await getWithCookie(ctx.current.app, '/api/v1/inbox/advocate-requests', cookies.get('admin'))).statusCode).toBe(403);
    expect((await getWithCookie(ctx.current.app, '/api/v1/inbox/messages')).statusCode).toBe(401);
    expect(await allRows()).toHaveLength(count);
  });

  it(`[${dialect}] every status change and note writes who, what, which item and when`, async () => {
    const post = (which: string, id: string, role: StaffRole, payload: object) =>
      ctx.current.app.inject({
        method: 'POST',
        url: `/api/v1/inbox/${which}-requests/${id}/status`,
        headers: { ...INBOX_HEADER, cookie: cookies.get(role) ?? '' },
        payload,
      });
    expect((await post('advocate', advocate.id, 'advocacy-coordinator', { status: 'contacted' })).statusCode).toBe(200);
    expect(await lastRows(1)).toMatchObject([
      { staff_id: staffIds.get('advocacy-coordinator'), action: 'advocate-request:status', item_id: advocate.id, detail: 'new→contacted' },
    ]);
    expect((await post('talk', talk.id, 'facilitator', { status: 'closed', note: NOTE_TEXT })).statusCode).toBe(200);
    const [status, note] = await lastRows(2);
    expect(status).toMatchObject({ staff_id: staffIds.get('facilitator'), action: 'talk-request:status', item_id: talk.id, detail: 'new→closed' });
    expect(note).toMatchObject({ staff_id: staffIds.get('facilitator'), action: 'talk-request:note', item_id: talk.id });
    expect(note?.detail).toMatch(/^note=\d+$/);
    expect(typeof status?.at).toBe('string');
    // A refused move is not a change, so it writes nothing.
    const count = (await allRows()).length;
    expect((await post('talk', talk.id, 'facilitator', { status: 'contacted' })).statusCode).toBe(409);
    expect(await allRows()).toHaveLength(count);
  });

  it(`[${dialect}] never holds what a child said, nor a note's text`, async () => {
    const dump = JSON.stringify(await allRows());
    for (const words of [...CHILD_WORDS, NOTE_TEXT, 'ZEBRA']) expect(dump).not.toContain(words);
  });

  it(`[${dialect}] admin reads it newest first, with who did it; every other role gets 403`, async () => {
    const response = await getWithCookie(ctx.current.app, '/api/v1/inbox/audit', cookies.get('admin'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const { entries, nextBefore } = response.json<AuditResponse>();
    expect(nextBefore).toBeNull();
    const ids = entries.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(entries.find((e) => e.action === 'advocate-request:status')).toMatchObject({
      staffEmail: emailFor('advocacy-coordinator'),
      itemId: advocate.id,
    });
    expect(response.body).not.toContain('ZEBRA');
    // Reading the log is itself in the log.
    expect(await lastRows(1)).toMatchObject([{ action: 'audit:list', staff_id: staffIds.get('admin') }]);
    for (const role of STAFF_ROLES.filter((r) => r !== 'admin')) {
      expect((await getWithCookie(ctx.current.app, '/api/v1/inbox/audit', cookies.get(role))).statusCode).toBe(403);
    }
    expect((await getWithCookie(ctx.current.app, '/api/v1/inbox/audit')).statusCode).toBe(401);
  });

  it(`[${dialect}] pages 200 at a time with ?before=`, async () => {
    for (let i = 0; i < 210; i += 1) await recordAudit(ctx.current.handle.db, { staffId: 1, action: 'test:filler', detail: `n=${i}` });
    const total = (await allRows()).length;
    const get = (query: string) => getWithCookie(ctx.current.app, `/api/v1/inbox/audit${query}`, cookies.get('admin'));
    const first = (await get('')).json<AuditResponse>();
    expect(first.entries).toHaveLength(200);
    expect(first.nextBefore).toBe(first.entries.at(-1)?.id);
    const second = (await get(`?before=${first.nextBefore}`)).json<AuditResponse>();
    expect(second.entries).toHaveLength(total - 200);
    expect(second.entries[0]?.id).toBeLessThan(first.entries.at(-1)?.id ?? 0);
    expect(second.nextBefore).toBeNull();
    for (const bad of ['?before=abc', '?before=-1', '?before=1.5']) expect((await get(bad)).statusCode).toBe(400);
  });

  it(`[${dialect}] cannot be edited or deleted: PUT, PATCH and DELETE answer 404 or 405, and the table only grows`, async () => {
    const before = await allRows();
    const firstId = before[0]?.id ?? 1;
    for (const method of ['PUT', 'PATCH', 'DELETE'] as const) {
      for (const url of ['/api/v1/inbox/audit', `/api/v1/inbox/audit/${firstId}`, '/api/v1/inbox/audit?before=5']) {
        const response = await ctx.current.app.inject({
          method,
          url,
          headers: { ...INBOX_HEADER, cookie: cookies.get('admin') ?? '' },
          payload: { action: 'tampered' },
        });
        expect([404, 405]).toContain(response.statusCode);
      }
    }
    await getWithCookie(ctx.current.app, '/api/v1/inbox/audit', cookies.get('admin'));
    const after = await allRows();
    expect(after.length).toBe(before.length + 1);
    // Every earlier entry is still there, unchanged.
    expect(after.slice(0, before.length)).toEqual(before);
    expect(JSON.stringify(after)).not.toContain('tampered');
  });
});
