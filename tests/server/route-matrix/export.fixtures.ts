import type { StaffRole } from '../../../src/shared/staff/roles';
import { ratingItem, syncItems } from '../test-app';
import type { MatrixContext, RouteFixture } from './fixture';

/** A fresh comment (a rating's "Tell us more") to quote. */
async function comment(ctx: MatrixContext): Promise<string> {
  const item = ratingItem({ comment: 'More trips in the holidays please.' });
  const [result] = await syncItems(ctx.app, [item]);
  if (result?.status !== 'stored') throw new Error(`Setup sync failed: ${JSON.stringify(result)}`);
  return item.id;
}

/**
 * A pending quote asked for by someone other than the caller, so an allowed caller may decide it: the
 * facilitator's for everyone but the facilitator, whose quote the participation officer asked for.
 */
async function pendingQuote(ctx: MatrixContext, caller: StaffRole): Promise<number> {
  const asker = caller === 'facilitator' ? 'participation-officer' : 'facilitator';
  const row = await ctx.db
    .insertInto('quote_requests')
    .values({
      item_id: await comment(ctx),
      redacted_text: 'More trips in the holidays please.',
      status: 'pending',
      requested_by: ctx.staffIdOf(asker),
      requested_at: new Date().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

let terms = 0;

export const fixtures: RouteFixture[] = [
  { method: 'GET', route: '/api/v1/inbox/export', prepare: () => ({ url: '/api/v1/inbox/export?from=2025-01&to=2025-12' }) },
  { method: 'GET', route: '/api/v1/inbox/export.csv', prepare: () => ({ url: '/api/v1/inbox/export.csv' }) },
  { method: 'GET', route: '/api/v1/inbox/quotes/candidates', prepare: () => ({ url: '/api/v1/inbox/quotes/candidates' }) },
  { method: 'POST', route: '/api/v1/inbox/quotes', prepare: async (ctx) => ({ url: '/api/v1/inbox/quotes', payload: { itemId: await comment(ctx) } }) },
  { method: 'GET', route: '/api/v1/inbox/quotes', prepare: () => ({ url: '/api/v1/inbox/quotes' }) },
  {
    method: 'POST',
    route: '/api/v1/inbox/quotes/:id/approve',
    prepare: async (ctx, role) => ({ url: `/api/v1/inbox/quotes/${await pendingQuote(ctx, role)}/approve` }),
  },
  {
    method: 'POST',
    route: '/api/v1/inbox/quotes/:id/reject',
    prepare: async (ctx, role) => ({ url: `/api/v1/inbox/quotes/${await pendingQuote(ctx, role)}/reject` }),
  },
  { method: 'GET', route: '/api/v1/inbox/redaction-terms', prepare: () => ({ url: '/api/v1/inbox/redaction-terms' }) },
  {
    method: 'POST',
    route: '/api/v1/inbox/redaction-terms',
    prepare: () => ({ url: '/api/v1/inbox/redaction-terms', payload: { kind: 'name', term: `Matrix Name ${++terms}` } }),
  },
  {
    method: 'DELETE',
    route: '/api/v1/inbox/redaction-terms/:id',
    prepare: async (ctx) => {
      const row = await ctx.db
        .insertInto('redaction_terms')
        .values({ kind: 'school', term: `Matrix School ${++terms}`, added_by: ctx.staffIdOf('admin'), added_at: new Date().toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { url: `/api/v1/inbox/redaction-terms/${row.id}` };
    },
  },
];
