import type { FastifyInstance } from 'fastify';
import { auditItemViews } from '../audit/audit-log';
import type { Db } from '../db/database';
import { requirePermission } from '../staff/auth';
import { countRatingsByStatement, listRecentRatings } from './ratings-repository';

export function registerRatingsRoutes(app: FastifyInstance, db: Db): void {
  app.get('/api/v1/inbox/ratings', { preHandler: requirePermission(db, 'ratings:read') }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const [ratings, counts] = await Promise.all([listRecentRatings(db), countRatingsByStatement(db)]);
    // The newest ratings (with comments) are individual items: audited like the other lists.
    await auditItemViews(db, request.staff?.id, 'rating:view', ratings.map((r) => r.id), 'list');
    return { ratings, counts };
  });
}
