import { saySomethingItem } from '../request-items';
import { ratingItem, syncItems } from '../test-app';
import type { MatrixContext, RouteFixture } from './fixture';

async function stored(ctx: MatrixContext, item: { id: string }): Promise<string> {
  const [result] = await syncItems(ctx.app, [item]);
  if (result?.status !== 'stored') throw new Error(`Setup sync failed: ${JSON.stringify(result)}`);
  return item.id;
}

/** Comments with their themes, and re-tagging one: each prepare stores a fresh comment to look at or change. */
export const fixtures: RouteFixture[] = [
  {
    method: 'GET',
    route: '/api/v1/inbox/comments',
    prepare: async (ctx) => ({ url: (await stored(ctx, ratingItem({ comment: 'My foster carer listens' })), '/api/v1/inbox/comments') }),
  },
  {
    method: 'PUT',
    route: '/api/v1/inbox/comments/:id/themes',
    prepare: async (ctx) => ({
      url: `/api/v1/inbox/comments/${await stored(ctx, saySomethingItem({ text: 'More trips please' }))}/themes`,
      payload: { themes: ['priority:opportunities', 'other'] },
    }),
  },
];
