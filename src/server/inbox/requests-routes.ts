import type { FastifyInstance } from 'fastify';
import type { AdvocateRequestsResponse, MessagesResponse, TalkRequestsResponse } from '../../shared/inbox/requests-wire';
import { auditItemViews } from '../audit/audit-log';
import type { Db } from '../db/database';
import { requirePermission } from '../staff/auth';
import { roleMay } from '../staff/permissions';
import { findTalkRequestContact, listAdvocateRequests, listMessages, listTalkRequests } from './requests-repository';

/** What children asked for or said beyond the ratings. Never cached: it is about named needs. */
export function registerRequestsRoutes(app: FastifyInstance, db: Db, clock: { holidays: ReadonlySet<string> }): void {
  app.get(
    '/api/v1/inbox/advocate-requests',
    { preHandler: requirePermission(db, 'advocate-requests:read') },
    async (request, reply): Promise<AdvocateRequestsResponse> => {
      reply.header('cache-control', 'no-store');
      const requests = await listAdvocateRequests(db, clock);
      await auditItemViews(db, request.staff?.id, 'advocate-request:view', requests.map((r) => r.id), 'list;contact');
      return { requests };
    },
  );

  app.get(
    '/api/v1/inbox/messages',
    { preHandler: requirePermission(db, 'messages:read') },
    async (request, reply): Promise<MessagesResponse> => {
      reply.header('cache-control', 'no-store');
      const messages = await listMessages(db);
      await auditItemViews(db, request.staff?.id, 'message:view', messages.map((m) => m.id), 'list');
      return { messages };
    },
  );

  app.get(
    '/api/v1/inbox/talk-requests',
    { preHandler: requirePermission(db, 'talk-requests:read') },
    async (request, reply): Promise<TalkRequestsResponse> => {
      reply.header('cache-control', 'no-store');
      // Decided here, on the server: a role without talk-requests:contact never receives contact details.
      const withContact = request.staff ? roleMay(request.staff.role, 'talk-requests:contact') : false;
      const requests = await listTalkRequests(db, withContact);
      await auditItemViews(db, request.staff?.id, 'talk-request:view', requests.map((r) => r.id), withContact ? 'list;contact' : 'list;no-contact');
      return { requests, contactWithheld: !withContact };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/api/v1/inbox/talk-requests/:id/contact',
    { preHandler: requirePermission(db, 'talk-requests:contact') },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      const contact = await findTalkRequestContact(db, request.params.id);
      if (!contact) return reply.code(404).send({ error: 'There is no talk request with that id.' });
      await auditItemViews(db, request.staff?.id, 'talk-request:contact-view', [request.params.id]);
      return { contact };
    },
  );
}
