import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { AUDIT_PAGE_SIZE, type AuditResponse } from '../../shared/inbox/audit-wire';
import type { Db } from '../db/database';
import { requirePermission } from '../staff/auth';
import { listAudit, recordAudit } from './audit-log';

const auditQuery = z.object({ before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER).optional() });

/**
 * GET only: the log is append-only, so there is deliberately no route to edit or delete it
 * (PUT, PATCH and DELETE answer 404). Reading it is itself audited.
 */
export function registerAuditRoutes(app: FastifyInstance, db: Db): void {
  app.get('/api/v1/inbox/audit', { preHandler: requirePermission(db, 'audit:read') }, async (request, reply) => {
    const query = auditQuery.safeParse(request.query);
    if (!query.success) return reply.code(400).send({ error: 'before must be a positive whole number (an entry id).' });
    reply.header('cache-control', 'no-store');
    const entries = await listAudit(db, { limit: AUDIT_PAGE_SIZE, ...(query.data.before ? { before: query.data.before } : {}) });
    if (request.staff) await recordAudit(db, { staffId: request.staff.id, action: 'audit:list', detail: `count=${entries.length}` });
    const last = entries.at(-1);
    const answer: AuditResponse = { entries, nextBefore: entries.length === AUDIT_PAGE_SIZE && last ? last.id : null };
    return answer;
  });
}
