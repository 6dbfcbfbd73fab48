import type { FastifyInstance } from 'fastify';
import type { YouSaidWeDidResponse } from '../../shared/inbox/you-said-we-did-wire';
import type { Db } from '../db/database';

/** Published responses only, newest first. Unpublished drafts never leave the server. */
export async function listPublishedResponses(db: Db, limit = 100): Promise<YouSaidWeDidResponse['responses']> {
  return db
    .selectFrom('you_said_we_did')
    .select(['id', 'title', 'body', 'month'])
    .where('published_at', 'is not', null)
    .orderBy('month', 'desc')
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/**
 * PUBLIC: "You said, we did", read by the young person's app without signing in and cached there
 * for offline reading. It holds nothing about any child. `no-cache` lets the app keep a copy but
 * check for a newer one each time it is online.
 */
export function registerYouSaidWeDidRoutes(app: FastifyInstance, db: Db): void {
  app.get('/api/v1/you-said-we-did', async (_request, reply): Promise<YouSaidWeDidResponse> => {
    reply.header('cache-control', 'no-cache');
    return { responses: await listPublishedResponses(db) };
  });
}
