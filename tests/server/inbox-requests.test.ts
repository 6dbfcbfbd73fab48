import { beforeAll, describe, expect, it } from 'vitest';
import { addStaff } from '../../src/server/staff/staff-repository';
import type { AdvocateRequestsResponse, MessagesResponse, TalkRequestsResponse } from '../../src/shared/inbox/requests-wire';
import { addWorkingDays } from '../../src/shared/inbox/working-days';
import type { StaffRole } from '../../src/shared/staff/roles';
import { GOOD_PASSWORD, getWithCookie, signedInCookie } from './staff-helpers';
import { advocateRequestItem, minutesApart, saySomethingItem, talkRequestItem } from './request-items';
import { syncItems, useTestApp } from './test-app';
import { dialects } from './test-database';

const emailFor = (role: StaffRole) => `${role}@example.org`;

describe.each(dialects)('what the inbox request routes answer [%s]', (dialect) => {
  const ctx = useTestApp(dialect);
  const cookies = new Map<StaffRole, string>();
  const times = minutesApart('2026-11-20T09:00:00.000Z', 3);
  const advocates = [
    advocateRequestItem({ topics: ['complaint'], urgency: 'today' }, times[0]),
    advocateRequestItem({ details: 'second', contact: { methods: ['email'], email: 'x@example.org' } }, times[2]),
    advocateRequestItem({ details: 'third' }, times[1]),
  ];
  const messages = [saySomethingItem({ text: 'older' }, times[0]), saySomethingItem({ type: 'good-thing', text: 'newer' }, times[1])];
  const talks = [talkRequestItem({ text: 'older talk' }, times[0]), talkRequestItem({ text: 'newer talk' }, times[2])];
  let receivedBefore = '';
  let receivedAfter = '';

  beforeAll(async () => {
    receivedBefore = new Date().toISOString();
    const results = await syncItems(ctx.current.app, [...advocates, ...messages, ...talks]);
    receivedAfter = new Date().toISOString();
    if (results.some((r) => r.status !== 'stored')) throw new Error(`Setup sync failed: ${JSON.stringify(results)}`);
    for (const role of ['advocacy-coordinator', 'facilitator', 'admin'] as const) {
      await addStaff(ctx.current.handle.db, { email: emailFor(role), role, password: GOOD_PASSWORD });
      cookies.set(role, await signedInCookie(ctx.current.app, emailFor(role)));
    }
  });

  async function get<T>(url: string, role: StaffRole): Promise<T> {
    const response = await getWithCookie(ctx.current.app, url, cookies.get(role));
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    return response.json<T>();
  }

  it(`[${dialect}] gives the advocacy coordinator advocate requests newest first, with contact details and dueBy`, async () => {
    const { requests } = await get<AdvocateRequestsResponse>('/api/v1/inbox/advocate-requests', 'advocacy-coordinator');
    const newestFirst = [...advocates].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    expect(requests.map((r) => r.id)).toEqual(newestFirst.map((a) => a.id));
    for (const request of requests) {
      const sent = advocates.find((a) => a.id === request.id);
      expect(request).toMatchObject({
        topics: sent?.payload.topics,
        details: sent?.payload.details ?? null,
        contact: sent?.payload.contact,
        needs: sent?.payload.needs ?? null,
        urgency: sent?.payload.urgency ?? null,
        careStatus: 'in-care',
        ageBand: '12-15',
        createdAt: sent?.createdAt,
        status: 'new',
        statusChangedAt: null,
      });
      expect(request.receivedAt >= receivedBefore && request.receivedAt <= receivedAfter).toBe(true);
      expect(request.dueBy).toBe(addWorkingDays(new Date(request.receivedAt), 1).toISOString());
      expect(Date.parse(request.dueBy)).toBeGreaterThan(Date.parse(request.receivedAt));
    }
    expect(requests[2]?.contact).toEqual({
      methods: ['text', 'call'],
      phone: '07700 900123',
      safeToLeaveMessage: 'no',
      bestTimes: ['afternoon', 'evening'],
      notAtHome: true,
    });
  });

  it(`[${dialect}] gives a facilitator say-something messages newest first`, async () => {
    const body = await get<MessagesResponse>('/api/v1/inbox/messages', 'facilitator');
    expect(body.messages).toEqual([
      expect.objectContaining({ id: messages[1]?.id, type: 'good-thing', text: 'newer', ageBand: 'under-12', careStatus: null }),
      expect.objectContaining({ id: messages[0]?.id, type: 'idea', text: 'older', createdAt: times[0] }),
    ]);
  });

  it.each(['advocacy-coordinator'] as const)(
    `[${dialect}] gives a %s talk requests newest first WITH contact details, so they can act`,
    async (role) => {
      const body = await get<TalkRequestsResponse>('/api/v1/inbox/talk-requests', role);
      expect(body.contactWithheld).toBe(false);
      expect(body.requests.map((r) => r.text)).toEqual(['newer talk', 'older talk']);
      expect(body.requests[0]).toMatchObject({
        id: talks[1]?.id,
        contact: talks[1]?.payload.contact,
        urgency: 'today',
        careStatus: 'care-leaver',
        ageBand: null,
        status: 'new',
      });
    },
  );

  it.each(['admin', 'facilitator'] as const)(`[${dialect}] gives a %s talk requests WITHOUT contact details, left out on the server`, async (role) => {
    const response = await getWithCookie(ctx.current.app, '/api/v1/inbox/talk-requests', cookies.get(role));
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('talk-to-me@example.org');
    const body = response.json<TalkRequestsResponse>();
    expect(body.contactWithheld).toBe(true);
    expect(body.requests.map((r) => [r.text, r.contact, r.status])).toEqual([
      ['newer talk', null, 'new'],
      ['older talk', null, 'new'],
    ]);
  });

  it(`[${dialect}] gives one talk request's contact details to the advocacy coordinator only; 403 for the others`, async () => {
    const url = `/api/v1/inbox/talk-requests/${talks[1]?.id}/contact`;
    const coordinator = await getWithCookie(ctx.current.app, url, cookies.get('advocacy-coordinator'));
    expect(coordinator.statusCode).toBe(200);
    expect(coordinator.json()).toEqual({ contact: talks[1]?.payload.contact });
    for (const role of ['facilitator', 'admin'] as const) {
      const refused = await getWithCookie(ctx.current.app, url, cookies.get(role));
      expect(refused.statusCode).toBe(403);
      expect(refused.body).not.toContain('talk-to-me@example.org');
    }
    const unknown = await getWithCookie(ctx.current.app, '/api/v1/inbox/talk-requests/00000000-0000-4000-8000-000000000000/contact', cookies.get('advocacy-coordinator'));
    expect(unknown.statusCode).toBe(404);
  });
});
