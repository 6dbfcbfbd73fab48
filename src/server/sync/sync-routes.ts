import type { FastifyInstance } from 'fastify';
import { SYNC_MAX_BODY_BYTES, SYNC_MAX_ITEMS, syncRequest } from '../../shared/sync/envelope';
import type { Db } from '../db/database';
import { ingestBatch } from './ingest';

export const TOO_LARGE_MESSAGE = `Too much at once: send at most ${SYNC_MAX_ITEMS} items and ${SYNC_MAX_BODY_BYTES / 1_000_000} MB in one request.`;

export function registerSyncRoutes(app: FastifyInstance, db: Db): void {
  app.post('/api/v1/sync', { bodyLimit: SYNC_MAX_BODY_BYTES }, async (request, reply) => {
    const parsed = syncRequest.safeParse(request.body);
    if (!parsed.success) {
      return reply.code(400).send({ error: 'The body must be a JSON object like {"items":[…]}.' });
    }
    if (parsed.data.items.length > SYNC_MAX_ITEMS) {
      return reply.code(413).send({ error: TOO_LARGE_MESSAGE });
    }
    const results = await ingestBatch(db, parsed.data.items, new Date().toISOString());
    return reply.code(200).send({ results });
  });
}
