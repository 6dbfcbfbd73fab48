import { advocateRequestItem, saySomethingItem, talkRequestItem } from '../request-items';
import { ratingItem, syncItems } from '../test-app';
import type { MatrixContext, RouteFixture } from './fixture';

async function stored(ctx: MatrixContext, item: { id: string }): Promise<string> {
  const [result] = await syncItems(ctx.app, [item]);
  if (result?.status !== 'stored') throw new Error(`Setup sync failed: ${JSON.stringify(result)}`);
  return item.id;
}

/** Reads return data to look at: each prepare adds one item of the kind the route lists. */
export const fixtures: RouteFixture[] = [
  { method: 'GET', route: '/api/v1/inbox/ratings', prepare: async (ctx) => ({ url: (await stored(ctx, ratingItem({ comment: 'ok' })), '/api/v1/inbox/ratings') }) },
  {
    method: 'GET',
    route: '/api/v1/inbox/advocate-requests',
    prepare: async (ctx) => ({ url: (await stored(ctx, advocateRequestItem()), '/api/v1/inbox/advocate-requests') }),
  },
  { method: 'GET', route: '/api/v1/inbox/messages', prepare: async (ctx) => ({ url: (await stored(ctx, saySomethingItem()), '/api/v1/inbox/messages') }) },
  {
    method: 'GET',
    route: '/api/v1/inbox/talk-requests',
    prepare: async (ctx) => ({ url: (await stored(ctx, talkRequestItem()), '/api/v1/inbox/talk-requests') }),
  },
  { method: 'GET', route: '/api/v1/inbox/audit', prepare: () => ({ url: '/api/v1/inbox/audit' }) },
  {
    method: 'POST',
    route: '/api/v1/inbox/advocate-requests/:id/status',
    prepare: async (ctx) => ({ url: `/api/v1/inbox/advocate-requests/${await stored(ctx, advocateRequestItem())}/status`, payload: { status: 'contacted' } }),
  },
  {
    method: 'POST',
    route: '/api/v1/inbox/talk-requests/:id/status',
    prepare: async (ctx) => ({ url: `/api/v1/inbox/talk-requests/${await stored(ctx, talkRequestItem())}/status`, payload: { status: 'contacted' } }),
  },
  {
    method: 'GET',
    route: '/api/v1/inbox/talk-requests/:id/contact',
    prepare: async (ctx) => ({ url: `/api/v1/inbox/talk-requests/${await stored(ctx, talkRequestItem())}/contact` }),
  },
  { method: 'GET', route: '/api/v1/staff/me', prepare: () => ({ url: '/api/v1/staff/me' }) },
];
