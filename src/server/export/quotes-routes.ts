import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { QuoteCandidatesResponse, QuotesResponse } from '../../shared/inbox/export-wire';
import { auditItemViews } from '../audit/audit-log';
import type { Db } from '../db/database';
import { requirePermission } from '../staff/auth';
import { BAD_PERIOD, parsePeriod, periodDetail } from './export-period';
import { redactLists } from './export-repository';
import { decideQuote, listQuotes, quoteCandidates, requestQuote } from './quotes-repository';

const requestBody = z.strictObject({ itemId: z.string().min(1).max(64) });
const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

export const OWN_QUOTE = 'The person who asked cannot approve their own quote.';

/**
 * Quotes for the anonymised export. Asking redacts the comment at once (staff-kept names and schools, contact
 * details, places); a second, different person approves or rejects. Only redacted text ever leaves these routes.
 */
export function registerQuotesRoutes(app: FastifyInstance, db: Db): void {
  const mayRequest = { preHandler: requirePermission(db, 'quotes:request') };
  const mayApprove = { preHandler: requirePermission(db, 'quotes:approve') };

  app.get('/api/v1/inbox/quotes/candidates', mayRequest, async (request, reply) => {
    const period = parsePeriod(request.query);
    if (!period) return reply.code(400).send({ error: BAD_PERIOD });
    const candidates = await quoteCandidates(db, period, await redactLists(db));
    await auditItemViews(db, request.staff?.id, 'quote-candidate:view', candidates.map((c) => c.itemId), periodDetail(period));
    reply.header('cache-control', 'no-store');
    const answer: QuoteCandidatesResponse = { period, candidates };
    return answer;
  });

  app.post('/api/v1/inbox/quotes', mayRequest, async (request, reply) => {
    const staff = request.staff;
    if (!staff) return reply.code(401).send({ error: 'Please sign in.' });
    const body = requestBody.safeParse(request.body);
    if (!body.success) return reply.code(400).send({ error: 'Send {"itemId":"…"}: the id of a comment.' });
    const result = await requestQuote(db, { itemId: body.data.itemId, staffId: staff.id, lists: await redactLists(db) });
    reply.header('cache-control', 'no-store');
    if (result.outcome === 'not-found') return reply.code(404).send({ error: 'There is no such comment.' });
    if (result.outcome === 'conflict') {
      return reply.code(409).send({ error: 'This comment has already been asked for, or approved, as a quote.' });
    }
    return reply.code(201).send({ id: result.id, redactedText: result.redactedText, status: 'pending' });
  });

  app.get('/api/v1/inbox/quotes', mayApprove, async (request, reply) => {
    const staff = request.staff;
    if (!staff) return reply.code(401).send({ error: 'Please sign in.' });
    const rows = await listQuotes(db, staff.id);
    // Even redacted, a quote is one child's words: each one shown is audited like any other item.
    await auditItemViews(db, staff.id, 'quote:view', rows.map((row) => row.itemId));
    reply.header('cache-control', 'no-store');
    const answer: QuotesResponse = { quotes: rows.map(({ itemId: _itemId, ...row }) => row) };
    return answer;
  });

  for (const decision of ['approve', 'reject'] as const) {
    app.post(`/api/v1/inbox/quotes/:id/${decision}`, mayApprove, async (request, reply) => {
      const staff = request.staff;
      if (!staff) return reply.code(401).send({ error: 'Please sign in.' });
      const params = idParams.safeParse(request.params);
      if (!params.success) return reply.code(404).send({ error: 'There is no such quote.' });
      const result = await decideQuote(db, {
        id: params.data.id,
        staffId: staff.id,
        decision: decision === 'approve' ? 'approved' : 'rejected',
      });
      reply.header('cache-control', 'no-store');
      if (result.outcome === 'not-found') return reply.code(404).send({ error: 'There is no such quote.' });
      if (result.outcome === 'own-request') return reply.code(403).send({ error: OWN_QUOTE });
      if (result.outcome === 'conflict') return reply.code(409).send({ error: 'This quote has already been decided.' });
      return { id: params.data.id, status: result.status, decidedAt: result.decidedAt };
    });
  }
}
