import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { REQUEST_STATUSES } from '../../shared/inbox/requests-wire';
import { NOTE_MAX_LENGTH, type StatusChangeResponse } from '../../shared/inbox/status-change';
import type { Db } from '../db/database';
import { requirePermission } from '../staff/auth';
import type { Permission } from '../staff/permissions';
import { type RequestKind, changeRequestStatus } from './status-repository';

const statusBody = z.strictObject({
  status: z.enum(REQUEST_STATUSES),
  note: z
    .string()
    .trim()
    .max(NOTE_MAX_LENGTH)
    .refine((note) => !note.includes('\u0000'))
    .optional(),
});
const params = z.object({ id: z.string().min(1).max(36) });

const ROUTES: readonly { url: string; kind: RequestKind; permission: Permission }[] = [
  { url: '/api/v1/inbox/advocate-requests/:id/status', kind: 'advocate-request', permission: 'advocate-requests:update' },
  { url: '/api/v1/inbox/talk-requests/:id/status', kind: 'talk-request', permission: 'talk-requests:update' },
];

/**
 * POST {status, note?}: moves a request forward (new → contacted → closed). 400 for a bad body,
 * 404 for an unknown id, 409 for a move backwards or to the status it already has.
 * The CSRF guard (x-your-say header) runs before any of this.
 */
export function registerStatusRoutes(app: FastifyInstance, db: Db): void {
  for (const { url, kind, permission } of ROUTES) {
    app.post(url, { preHandler: requirePermission(db, permission) }, async (request, reply) => {
      const staff = request.staff;
      if (!staff) return reply.code(401).send({ error: 'Please sign in.' });
      const body = statusBody.safeParse(request.body);
      if (!body.success) {
        return reply
          .code(400)
          .send({ error: `Send {"status":"contacted"|"closed","note":"…"} with a note of at most ${NOTE_MAX_LENGTH} characters.` });
      }
      const id = params.safeParse(request.params);
      if (!id.success) return reply.code(404).send({ error: 'There is no such request.' });
      const result = await changeRequestStatus(db, {
        kind,
        itemId: id.data.id,
        staffId: staff.id,
        status: body.data.status,
        note: body.data.note || undefined,
      });
      reply.header('cache-control', 'no-store');
      if (result.outcome === 'not-found') return reply.code(404).send({ error: 'There is no such request.' });
      if (result.outcome === 'conflict') {
        return reply
          .code(409)
          .send({ error: `This request is ${result.current}: a status only moves forward, and closed is final.` });
      }
      const answer: StatusChangeResponse = { id: id.data.id, status: result.status, statusChangedAt: result.statusChangedAt };
      return answer;
    });
  }
}
