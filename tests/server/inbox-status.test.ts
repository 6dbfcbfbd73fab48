import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { listNotes } from '../../src/server/inbox/status-repository';
import { addStaff } from '../../src/server/staff/staff-repository';
import type { AdvocateRequestsResponse, TalkRequestsResponse } from '../../src/shared/inbox/requests-wire';
import type { StaffRole } from '../../src/shared/staff/roles';
import { GOOD_PASSWORD, INBOX_HEADER, getWithCookie, signedInCookie } from './staff-helpers';
import { advocateRequestItem, talkRequestItem } from './request-items';
import { syncItems, useTestApp } from './test-app';
import { dialects } from './test-database';

type Which = 'advocate' | 'talk';
const emailFor = (role: StaffRole) => `${role}@example.org`;
/** Who moves each kind on in these tests (the access test covers every role). */
const MOVER: Record<Which, StaffRole> = { advocate: 'advocacy-coordinator', talk: 'facilitator' };

describe.each(dialects)('moving advocate and talk requests on [%s]', (dialect) => {
  const ctx = useTestApp(dialect);
  const cookies = new Map<StaffRole, string>();
  const items = { advocate: [advocateRequestItem(), advocateRequestItem(), advocateRequestItem()], talk: [talkRequestItem(), talkRequestItem(), talkRequestItem()] };

  beforeAll(async () => {
    const results = await syncItems(ctx.current.app, [...items.advocate, ...items.talk]);
    if (results.some((r) => r.status !== 'stored')) throw new Error(`Setup sync failed: ${JSON.stringify(results)}`);
    for (const role of ['advocacy-coordinator', 'facilitator'] as const) {
      await addStaff(ctx.current.handle.db, { email: emailFor(role), role, password: GOOD_PASSWORD });
      cookies.set(role, await signedInCookie(ctx.current.app, emailFor(role)));
    }
  });

  function post(which: Which, id: string, payload: unknown, headers: Record<string, string> = INBOX_HEADER) {
    return ctx.current.app.inject({
      method: 'POST',
      url: `/api/v1/inbox/${which}-requests/${id}/status`,
      headers: { 'content-type': 'application/json', ...headers, cookie: cookies.get(MOVER[which]) ?? '' },
      payload: JSON.stringify(payload),
    });
  }

  async function stored(which: Which, id: string) {
    const table = which === 'advocate' ? 'advocate_requests' : 'talk_requests';
    return ctx.current.handle.db
      .selectFrom(table)
      .select(['status', 'status_changed_at'])
      .where('item_id', '=', id)
      .executeTakeFirstOrThrow();
  }

  describe.each(['advocate', 'talk'] as const)('%s requests', (which) => {
    it(`[${dialect}] moves new → contacted → closed, and never back or twice`, async () => {
      const id = items[which][0]?.id ?? '';
      expect(await stored(which, id)).toEqual({ status: 'new', status_changed_at: null });

      const before = new Date().toISOString();
      const first = await post(which, id, { status: 'contacted' });
      expect(first.statusCode).toBe(200);
      expect(first.json()).toEqual({ id, status: 'contacted', statusChangedAt: expect.any(String) });
      const afterFirst = await stored(which, id);
      expect(afterFirst.status).toBe('contacted');
      expect(afterFirst.status_changed_at! >= before).toBe(true);

      for (const back of ['new', 'contacted']) {
        const refused = await post(which, id, { status: back });
        expect(refused.statusCode).toBe(409);
        expect(refused.json()).toEqual({ error: expect.stringMatching(/forward/) });
      }
      expect(await stored(which, id)).toEqual(afterFirst);

      expect((await post(which, id, { status: 'closed' })).statusCode).toBe(200);
      for (const back of ['new', 'contacted', 'closed']) expect((await post(which, id, { status: back })).statusCode).toBe(409);
      expect((await stored(which, id)).status).toBe('closed');
    });

    it(`[${dialect}] shows the new status and when it changed in the list`, async () => {
      const id = items[which][0]?.id ?? '';
      const url = `/api/v1/inbox/${which}-requests`;
      const body = (await getWithCookie(ctx.current.app, url, cookies.get(MOVER[which]))).json<AdvocateRequestsResponse | TalkRequestsResponse>();
      const row = body.requests.find((r) => r.id === id);
      expect(row).toMatchObject({ status: 'closed', statusChangedAt: (await stored(which, id)).status_changed_at });
    });

    it(`[${dialect}] stores a note with the move (trimmed, up to 1000 characters); a blank note is none`, async () => {
      const id = items[which][1]?.id ?? '';
      expect((await post(which, id, { status: 'contacted', note: '   ' })).statusCode).toBe(200);
      expect(await listNotes(ctx.current.handle.db, id)).toEqual([]);
      const note = `${'n'.repeat(998)}.!`;
      expect((await post(which, id, { status: 'closed', note: `  ${note}\n` })).statusCode).toBe(200);
      const staff = await ctx.current.handle.db.selectFrom('staff').select('id').where('email', '=', emailFor(MOVER[which])).executeTakeFirstOrThrow();
      expect(await listNotes(ctx.current.handle.db, id)).toEqual([{ id: expect.anything(), staffId: staff.id, at: expect.any(String), note }]);
    });

    it(`[${dialect}] may skip straight from new to closed`, async () => {
      const id = items[which][2]?.id ?? '';
      expect((await post(which, id, { status: 'closed' })).statusCode).toBe(200);
    });

    it(`[${dialect}] answers 404 for an unknown id and changes nothing`, async () => {
      const response = await post(which, randomUUID(), { status: 'contacted' });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toEqual({ error: expect.any(String) });
      expect((await post(which, 'x'.repeat(80), { status: 'contacted' })).statusCode).toBe(404);
    });

    it.each([
      ['no status', {}],
      ['an unknown status', { status: 'open' }],
      ['a note over 1000 characters', { status: 'contacted', note: 'x'.repeat(1001) }],
      ['a note that is not text', { status: 'contacted', note: 42 }],
      ['an unknown field', { status: 'contacted', extra: true }],
      ['not an object', ['contacted']],
    ])(`[${dialect}] answers 400 for %s and changes nothing`, async (_name, payload) => {
      const id = items[which][0]?.id ?? '';
      const before = await stored(which, id);
      const fresh = which === 'advocate' ? advocateRequestItem() : talkRequestItem();
      await syncItems(ctx.current.app, [fresh]);
      for (const target of [id, fresh.id]) {
        const response = await post(which, target, payload);
        expect(response.statusCode).toBe(400);
        expect(response.json()).toEqual({ error: expect.any(String) });
      }
      expect(await stored(which, id)).toEqual(before);
      expect(await stored(which, fresh.id)).toEqual({ status: 'new', status_changed_at: null });
    });

    it(`[${dialect}] refuses with 403 without the x-your-say header, or from another site`, async () => {
      const fresh = which === 'advocate' ? advocateRequestItem() : talkRequestItem();
      await syncItems(ctx.current.app, [fresh]);
      const without = await post(which, fresh.id, { status: 'contacted' }, {});
      expect(without.statusCode).toBe(403);
      expect(without.json()).toEqual({ error: expect.stringMatching(/x-your-say/) });
      const crossSite = await post(which, fresh.id, { status: 'contacted' }, { ...INBOX_HEADER, origin: 'https://evil.example' });
      expect(crossSite.statusCode).toBe(403);
      expect(await stored(which, fresh.id)).toEqual({ status: 'new', status_changed_at: null });
    });
  });
});
