import { randomUUID } from 'node:crypto';
import type { MatrixContext, RouteFixture } from './fixture';

const BASE = '/api/v1/inbox/you-said-we-did';
const draft = { title: 'Faster wifi', body: 'We fixed the wifi.', month: '2026-01', themes: ['priority:home'] };

/** A fresh response row for each call, so publish and unpublish always have something to change. */
async function response(ctx: MatrixContext, published: boolean): Promise<string> {
  const id = randomUUID();
  const at = new Date().toISOString();
  await ctx.db
    .insertInto('you_said_we_did')
    .values({ id, title: draft.title, body: draft.body, month: draft.month, published_at: published ? at : null, created_at: at })
    .execute();
  return id;
}

export const fixtures: RouteFixture[] = [
  { method: 'GET', route: BASE, prepare: async (ctx) => ({ url: (await response(ctx, true), BASE) }) },
  { method: 'POST', route: BASE, prepare: () => ({ url: BASE, payload: draft }) },
  { method: 'PUT', route: `${BASE}/:id`, prepare: async (ctx) => ({ url: `${BASE}/${await response(ctx, false)}`, payload: draft }) },
  { method: 'POST', route: `${BASE}/:id/publish`, prepare: async (ctx) => ({ url: `${BASE}/${await response(ctx, false)}/publish` }) },
  { method: 'POST', route: `${BASE}/:id/unpublish`, prepare: async (ctx) => ({ url: `${BASE}/${await response(ctx, true)}/unpublish` }) },
];
