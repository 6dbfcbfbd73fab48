import type { FastifyInstance } from 'fastify';
import type { RatingsResponse } from '../../shared/inbox/ratings-wire';
import { auditItemViews } from '../audit/audit-log';
import type { Db } from '../db/database';
import { requirePermission } from '../staff/auth';
import { parseRatingsQuery } from './ratings-query';
import { countRatingsByStatement, listRecentRatings } from './ratings-repository';
import { ratingsTrend } from './ratings-trend';

/**
 * GET ?from=YYYY-MM&to=YYYY-MM&careStatus=…&ageBand=…&statement=…: answers per statement and per month
 * for the filtered set, and the newest ratings. 400 with a plain message for a bad filter.
 */
export function registerRatingsRoutes(app: FastifyInstance, db: Db): void {
  app.get('/api/v1/inbox/ratings', { preHandler: requirePermission(db, 'ratings:read') }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const query = parseRatingsQuery(request.query);
    if (!query.ok) return reply.code(400).send({ error: query.error });
    const { filters } = query;
    const [ratings, counts, trend] = await Promise.all([
      listRecentRatings(db, filters),
      countRatingsByStatement(db, filters),
      ratingsTrend(db, filters),
    ]);
    // The newest ratings (with comments) are individual items: audited like the other lists.
    await auditItemViews(db, request.staff?.id, 'rating:view', ratings.map((r) => r.id), 'list');
    const answer: RatingsResponse = { filters, counts, trend, ratings };
    return answer;
  });
}
