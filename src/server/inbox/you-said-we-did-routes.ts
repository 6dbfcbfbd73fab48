import type { FastifyInstance } from 'fastify';
import type { Selectable } from 'kysely';
import type { YouSaidWeDid, YouSaidWeDidAdminRow, YouSaidWeDidResponse } from '../../shared/inbox/you-said-we-did-wire';
import { type ThemeId, isThemeId } from '../../shared/themes/codebook';
import type { Db } from '../db/database';
import type { YouSaidWeDidTable } from '../db/schema';

/** Themes as stored (a JSON array); anything unreadable or no longer in the codebook is left out, never an error. */
export function parseThemes(json: string): ThemeId[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((id): id is ThemeId => typeof id === 'string' && isThemeId(id)) : [];
  } catch {
    return [];
  }
}

export function toAdminRow(row: Selectable<YouSaidWeDidTable>): YouSaidWeDidAdminRow {
  return {
    id: row.id,
    title: row.title,
    body: row.body,
    month: row.month,
    themes: parseThemes(row.themes),
    published: row.published_at !== null,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Published responses only, newest first. Unpublished drafts never leave the server. */
export async function listPublishedResponses(db: Db, limit = 100): Promise<YouSaidWeDid[]> {
  const rows = await db
    .selectFrom('you_said_we_did')
    .select(['id', 'title', 'body', 'month', 'themes'])
    .where('published_at', 'is not', null)
    .orderBy('month', 'desc')
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ ...row, themes: parseThemes(row.themes) }));
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
