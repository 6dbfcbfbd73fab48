import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database';
import { requirePermission } from '../staff/auth';
import { countRatingsByStatement, listRecentRatings } from './ratings-repository';

export function registerRatingsRoutes(app: FastifyInstance, db: Db): void {
  app.get('/api/v1/inbox/ratings', { preHandler: requirePermission(db, 'ratings:read') }, async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    const [ratings, counts] = await Promise.all([listRecentRatings(db), countRatingsByStatement(db)]);
    return { ratings, counts };
  });
}
