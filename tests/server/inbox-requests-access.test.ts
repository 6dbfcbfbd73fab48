/**
 * Contact details stay with the roles that need them (PRODUCT.md). The generic route × role matrix is
 * route-matrix.test.ts; this file checks that a refusal gives nothing away.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../src/server/staff/permissions';
import { addStaff } from '../../src/server/staff/staff-repository';
import { STAFF_ROLES, type StaffRole } from '../../src/shared/staff/roles';
import { GOOD_PASSWORD, getWithCookie, signedInCookie } from './staff-helpers';
import { advocateRequestItem, saySomethingItem, talkRequestItem } from './request-items';
import { syncItems, useTestApp } from './test-app';
import { dialects } from './test-database';

const emailFor = (role: StaffRole) => `${role}@example.org`;
const READ_ROUTES = ['/api/v1/inbox/ratings', '/api/v1/inbox/advocate-requests', '/api/v1/inbox/messages', '/api/v1/inbox/talk-requests', '/api/v1/inbox/audit'];

describe.each(dialects)('who sees contact details [%s]', (dialect) => {
  const ctx = useTestApp(dialect);
  const cookies = new Map<StaffRole, string>();
  const advocate = advocateRequestItem();
  const talk = talkRequestItem();

  beforeAll(async () => {
    const results = await syncItems(ctx.current.app, [advocate, saySomethingItem(), talk]);
    if (results.some((r) => r.status !== 'stored')) throw new Error(`Setup sync failed: ${JSON.stringify(results)}`);
    for (const role of STAFF_ROLES) {
      await addStaff(ctx.current.handle.db, { email: emailFor(role), role, password: GOOD_PASSWORD });
      cookies.set(role, await signedInCookie(ctx.current.app, emailFor(role)));
    }
  });

  it(`[${dialect}] a refusal gives nothing away: no contact details, no text a child wrote`, async () => {
    let refusals = 0;
    for (const url of READ_ROUTES) {
      for (const role of STAFF_ROLES) {
        const response = await getWithCookie(ctx.current.app, url, cookies.get(role));
        if (response.statusCode !== 403) continue;
        refusals += 1;
        expect(response.json()).toEqual({ error: expect.stringMatching(/role/) });
        expect(response.body).not.toContain(advocate.payload.contact.phone);
        expect(response.body).not.toContain(talk.payload.contact.email);
        expect(response.body).not.toContain(advocate.payload.details);
      }
    }
    expect(refusals).toBeGreaterThan(5);
  });

  it.each(['admin', 'facilitator', 'participation-officer'] as const)(
    `[${dialect}] refuses advocate requests (with contact details) to a %s with 403`,
    async (role) => {
      const response = await getWithCookie(ctx.current.app, '/api/v1/inbox/advocate-requests', cookies.get(role));
      expect(response.statusCode).toBe(403);
      expect(response.body).not.toContain('07700 900123');
      expect(response.body).not.toContain(advocate.payload.details);
    },
  );

  it(`[${dialect}] only the advocacy coordinator may read advocate requests`, () => {
    expect(PERMISSIONS['advocate-requests:read']).toEqual(['advocacy-coordinator']);
  });
});
