import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  REDACTION_TERM_KINDS,
  REDACTION_TERM_MAX_LENGTH,
  type RedactionTerm,
  type RedactionTermKind,
  type RedactionTermsResponse,
} from '../../shared/inbox/export-wire';
import { recordAudit } from '../audit/audit-log';
import { type Db, isUniqueViolation } from '../db/database';
import { requirePermission } from '../staff/auth';

const termBody = z.strictObject({
  kind: z.enum(REDACTION_TERM_KINDS),
  term: z
    .string()
    .transform((term) => term.trim().replace(/\s+/g, ' '))
    .pipe(
      z
        .string()
        .min(1)
        .max(REDACTION_TERM_MAX_LENGTH)
        .refine((term) => /[\p{L}\p{N}]/u.test(term) && !term.includes('\u0000')),
    ),
});
const idParams = z.object({ id: z.coerce.number().int().positive().max(2_147_483_647) });

const sameTerm = (a: string, b: string) => a.toLocaleLowerCase('en-GB') === b.toLocaleLowerCase('en-GB');

async function listTerms(db: Db): Promise<RedactionTerm[]> {
  const rows = await db.selectFrom('redaction_terms').select(['id', 'kind', 'term']).orderBy('kind').orderBy('term').execute();
  return rows.map((row) => ({ id: Number(row.id), kind: row.kind as RedactionTermKind, term: row.term }));
}

/**
 * The staff-kept names and schools that quote redaction takes out. The terms are personal data (children's and
 * carers' names), so the audit log records only that a name or a school was added or removed, never which.
 */
export function registerRedactionTermsRoutes(app: FastifyInstance, db: Db): void {
  const guard = { preHandler: requirePermission(db, 'redaction-lists:manage') };

  app.get('/api/v1/inbox/redaction-terms', guard, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    const answer: RedactionTermsResponse = { terms: await listTerms(db) };
    return answer;
  });

  app.post('/api/v1/inbox/redaction-terms', guard, async (request, reply) => {
    const staff = request.staff;
    if (!staff) return reply.code(401).send({ error: 'Please sign in.' });
    const body = termBody.safeParse(request.body);
    if (!body.success) {
      return reply.code(400).send({
        error: `Send {"kind":"name"|"school","term":"…"} with a term of 1 to ${REDACTION_TERM_MAX_LENGTH} characters.`,
      });
    }
    const { kind, term } = body.data;
    reply.header('cache-control', 'no-store');
    const added = await db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('redaction_terms').select('term').where('kind', '=', kind).execute();
      // Redaction ignores case, so "sam" is the same entry as "Sam".
      if (existing.some((row) => sameTerm(row.term, term))) return undefined;
      const row = await trx
        .insertInto('redaction_terms')
        .values({ kind, term, added_by: staff.id, added_at: new Date().toISOString() })
        .returning('id')
        .executeTakeFirstOrThrow();
      await recordAudit(trx, { staffId: staff.id, action: 'redaction-term:add', detail: `kind=${kind}` });
      return { id: Number(row.id), kind, term } satisfies RedactionTerm;
    }).catch((error: unknown) => {
      // Two people adding the same term at once: the unique index turns the second away.
      if (isUniqueViolation(error)) return undefined;
      throw error;
    });
    if (!added) return reply.code(409).send({ error: `That ${kind} is already on the list.` });
    return reply.code(201).send(added);
  });

  app.delete('/api/v1/inbox/redaction-terms/:id', guard, async (request, reply) => {
    const staff = request.staff;
    if (!staff) return reply.code(401).send({ error: 'Please sign in.' });
    const params = idParams.safeParse(request.params);
    if (!params.success) return reply.code(404).send({ error: 'There is no such entry.' });
    const removed = await db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('redaction_terms').select('kind').where('id', '=', params.data.id).executeTakeFirst();
      if (!row) return false;
      await trx.deleteFrom('redaction_terms').where('id', '=', params.data.id).execute();
      await recordAudit(trx, { staffId: staff.id, action: 'redaction-term:remove', detail: `kind=${row.kind}` });
      return true;
    });
    reply.header('cache-control', 'no-store');
    if (!removed) return reply.code(404).send({ error: 'There is no such entry.' });
    return reply.code(204).send();
  });
}
