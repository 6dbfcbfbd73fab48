import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { CommentsResponse, RetagResponse } from '../../shared/inbox/comments-wire';
import { auditItemViews } from '../audit/audit-log';
import type { Db } from '../db/database';
import { requirePermission } from '../staff/auth';
import { tagUntaggedComments } from './comment-tagging';
import { RETAG_BODY_MESSAGE, parseCommentsQuery, retagBody } from './comments-query';
import { COMMENTS_LIMIT, countComments, listComments } from './comments-repository';
import { retagComment } from './comments-retag';

const params = z.object({ id: z.string().min(1).max(64) });

/**
 * Comments ("Tell us more", "Say something") with their themes, and re-tagging by staff. Each comment
 * shown and each re-tag is audited; the answers are never cached.
 */
export function registerCommentsRoutes(app: FastifyInstance, db: Db): void {
  app.get('/api/v1/inbox/comments', { preHandler: requirePermission(db, 'comments:read') }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const query = parseCommentsQuery(request.query);
    if (!query.ok) return reply.code(400).send({ error: query.error });
    // Comments stored before themes existed get their suggestions now, so filters and counts see them.
    await tagUntaggedComments(db);
    const comments = await listComments(db, query.filters);
    const { total, themeCounts } = await countComments(db, query.filters);
    await auditItemViews(db, request.staff?.id, 'comment:view', comments.map((comment) => comment.id), 'list');
    const answer: CommentsResponse = { filters: query.filters, comments, total, limit: COMMENTS_LIMIT, themeCounts };
    return answer;
  });

  app.put('/api/v1/inbox/comments/:id/themes', { preHandler: requirePermission(db, 'themes:update') }, async (request, reply) => {
    reply.header('cache-control', 'no-store');
    const staff = request.staff;
    if (!staff) return reply.code(401).send({ error: 'Please sign in.' });
    const body = retagBody.safeParse(request.body);
    if (!body.success) return reply.code(400).send({ error: RETAG_BODY_MESSAGE });
    const id = params.safeParse(request.params);
    if (!id.success) return reply.code(404).send({ error: 'There is no comment with that id.' });
    const themes = await retagComment(db, { itemId: id.data.id, themes: body.data.themes, staffId: staff.id });
    if (!themes) return reply.code(404).send({ error: 'There is no comment with that id.' });
    const answer: RetagResponse = { id: id.data.id, themes, themesSetBy: 'staff' };
    return answer;
  });
}
