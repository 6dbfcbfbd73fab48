import { randomUUID } from 'node:crypto';
import { addStaff } from '../../../src/server/staff/staff-repository';
import { GOOD_PASSWORD } from '../staff-helpers';
import type { MatrixContext, RouteFixture } from './fixture';

/** A new account for each call, so disabling or resetting never touches the matrix's own signed-in members. */
async function freshMember(ctx: MatrixContext): Promise<number> {
  const member = await addStaff(ctx.db, { email: `target-${randomUUID()}@example.org`, role: 'facilitator', password: GOOD_PASSWORD });
  return member.id;
}

export const fixtures: RouteFixture[] = [
  { method: 'GET', route: '/api/v1/inbox/staff', prepare: () => ({ url: '/api/v1/inbox/staff' }) },
  {
    method: 'POST',
    route: '/api/v1/inbox/staff',
    prepare: () => ({
      url: '/api/v1/inbox/staff',
      payload: { email: `added-${randomUUID()}@example.org`, role: 'facilitator', password: GOOD_PASSWORD },
    }),
  },
  {
    method: 'POST',
    route: '/api/v1/inbox/staff/:id/password',
    prepare: async (ctx) => ({ url: `/api/v1/inbox/staff/${await freshMember(ctx)}/password`, payload: { password: 'a brand new passphrase' } }),
  },
  { method: 'POST', route: '/api/v1/inbox/staff/:id/disable', prepare: async (ctx) => ({ url: `/api/v1/inbox/staff/${await freshMember(ctx)}/disable` }) },
  { method: 'POST', route: '/api/v1/inbox/staff/:id/enable', prepare: async (ctx) => ({ url: `/api/v1/inbox/staff/${await freshMember(ctx)}/enable` }) },
];
