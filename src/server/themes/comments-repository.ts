import type { ExpressionBuilder } from 'kysely';
import type { AppliedCommentsFilters, CommentRow, ThemeCount, ThemesSource } from '../../shared/inbox/comments-wire';
import type { SayType } from '../../shared/inbox/requests-wire';
import type { StatementId } from '../../shared/content/statements';
import { THEME_IDS, type ThemeId, isThemeId } from '../../shared/themes/codebook';
import type { Db } from '../db/database';
import type { Database } from '../db/schema';
import { ratingHasComment } from './comment-tagging';
import { monthBounds } from './comments-query';

/** The list is capped until the inbox pages through it; counts and the total cover every match. */
export const COMMENTS_LIMIT = 200;

type ThemesEb = ExpressionBuilder<Database & { ct: Database['comment_themes'] }, 'ct'>;

/**
 * A theme row that counts. Once a person has set a comment's themes, only theirs do: a suggestion
 * stored by a lazy tagging that raced the re-tag never shows.
 */
export function countsAsTheme(eb: ThemesEb) {
  return eb.or([
    eb('ct.source', '=', 'staff'),
    eb.not(
      eb.exists(
        eb
          .selectFrom('comment_themes as s')
          .select('s.item_id')
          .whereRef('s.item_id', '=', 'ct.item_id')
          .where('s.source', '=', 'staff'),
      ),
    ),
  ]);
}

function withTheme(db: Db, theme: ThemeId) {
  return db.selectFrom('comment_themes as ct').select('ct.item_id').where('ct.theme', '=', theme).where(countsAsTheme);
}

function ratingComments(db: Db, filters: AppliedCommentsFilters) {
  const { atLeast, below } = monthBounds(filters.from, filters.to);
  return db
    .selectFrom('ratings as r')
    .innerJoin('items as i', 'i.id', 'r.item_id')
    .where(ratingHasComment)
    .$if(atLeast !== undefined, (qb) => qb.where('r.created_at', '>=', atLeast as string))
    .$if(below !== undefined, (qb) => qb.where('r.created_at', '<', below as string))
    .$if(filters.theme !== null, (qb) => qb.where('r.item_id', 'in', withTheme(db, filters.theme as ThemeId)));
}

function messageComments(db: Db, filters: AppliedCommentsFilters) {
  const { atLeast, below } = monthBounds(filters.from, filters.to);
  return db
    .selectFrom('messages as m')
    .innerJoin('items as i', 'i.id', 'm.item_id')
    .$if(atLeast !== undefined, (qb) => qb.where('m.created_at', '>=', atLeast as string))
    .$if(below !== undefined, (qb) => qb.where('m.created_at', '<', below as string))
    .$if(filters.theme !== null, (qb) => qb.where('m.item_id', 'in', withTheme(db, filters.theme as ThemeId)));
}

const wants = (filters: AppliedCommentsFilters, kind: 'rating' | 'message') => filters.kind === null || filters.kind === kind;

interface ListedComment extends Omit<CommentRow, 'month' | 'receivedOn' | 'themes' | 'themesSetBy'> {
  createdAt: string;
  receivedAt: string;
}

const newestFirst = (a: ListedComment, b: ListedComment) =>
  b.receivedAt.localeCompare(a.receivedAt) || b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);

async function newestComments(db: Db, filters: AppliedCommentsFilters, limit: number): Promise<ListedComment[]> {
  const profile = ['care_status as careStatus', 'age_band as ageBand', 'created_at as createdAt'] as const;
  const ratings = wants(filters, 'rating')
    ? await ratingComments(db, filters)
        .select(['r.item_id as id', 'r.comment as text', 'r.statement_id as statementId', 'i.received_at as receivedAt'])
        .select(profile.map((column) => `r.${column}` as const))
        .orderBy('i.received_at', 'desc')
        .orderBy('r.created_at', 'desc')
        .orderBy('r.item_id', 'desc')
        .limit(limit)
        .execute()
    : [];
  const messages = wants(filters, 'message')
    ? await messageComments(db, filters)
        .select(['m.item_id as id', 'm.text', 'm.type', 'i.received_at as receivedAt'])
        .select(profile.map((column) => `m.${column}` as const))
        .orderBy('i.received_at', 'desc')
        .orderBy('m.created_at', 'desc')
        .orderBy('m.item_id', 'desc')
        .limit(limit)
        .execute()
    : [];
  return [
    ...ratings.map(({ statementId, text, ...row }) => ({
      ...row,
      kind: 'rating' as const,
      text: text ?? '',
      statementId: statementId as StatementId,
      sayType: null,
    })),
    ...messages.map(({ type, ...row }) => ({ ...row, kind: 'message' as const, statementId: null, sayType: type as SayType })),
  ]
    .sort(newestFirst)
    .slice(0, limit);
}

/** Each item's themes in codebook order, and who set them (a person's choice wins over a suggestion). */
async function themesOf(db: Db, itemIds: readonly string[]): Promise<Map<string, { themes: ThemeId[]; setBy: ThemesSource }>> {
  const rows: { item_id: string; theme: string; source: string }[] = [];
  for (let start = 0; start < itemIds.length; start += 500) {
    const chunk = itemIds.slice(start, start + 500);
    rows.push(...(await db.selectFrom('comment_themes').select(['item_id', 'theme', 'source']).where('item_id', 'in', chunk).execute()));
  }
  const staffSet = new Set(rows.filter((row) => row.source === 'staff').map((row) => row.item_id));
  const byItem = new Map<string, { themes: ThemeId[]; setBy: ThemesSource }>();
  for (const row of rows) {
    const setBy: ThemesSource = staffSet.has(row.item_id) ? 'staff' : 'auto';
    if (row.source !== setBy || !isThemeId(row.theme)) continue;
    const entry = byItem.get(row.item_id) ?? { themes: [], setBy };
    entry.themes.push(row.theme);
    byItem.set(row.item_id, entry);
  }
  for (const entry of byItem.values()) entry.themes = THEME_IDS.filter((id) => entry.themes.includes(id));
  return byItem;
}

export async function listComments(db: Db, filters: AppliedCommentsFilters, limit = COMMENTS_LIMIT): Promise<CommentRow[]> {
  const comments = await newestComments(db, filters, limit);
  const themes = await themesOf(
    db,
    comments.map((comment) => comment.id),
  );
  return comments.map(({ createdAt, receivedAt, ...comment }) => ({
    ...comment,
    month: createdAt.slice(0, 7),
    receivedOn: receivedAt.slice(0, 10),
    themes: themes.get(comment.id)?.themes ?? [],
    themesSetBy: themes.get(comment.id)?.setBy ?? 'auto',
  }));
}

/** How many comments match the filters, and how many of them have each theme (every theme listed). */
export async function countComments(db: Db, filters: AppliedCommentsFilters): Promise<{ total: number; themeCounts: ThemeCount[] }> {
  const ratingIds = ratingComments(db, filters).select('r.item_id');
  const messageIds = messageComments(db, filters).select('m.item_id');
  const counted = await db
    .selectFrom('comment_themes as ct')
    .select(['ct.theme', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where(countsAsTheme)
    .where((eb) =>
      eb.or([
        ...(wants(filters, 'rating') ? [eb('ct.item_id', 'in', ratingIds)] : []),
        ...(wants(filters, 'message') ? [eb('ct.item_id', 'in', messageIds)] : []),
      ]),
    )
    .groupBy('ct.theme')
    .execute();
  const byTheme = new Map(counted.map((row) => [row.theme, Number(row.n)]));
  const ratingsTotal = wants(filters, 'rating')
    ? await ratingComments(db, filters).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst()
    : undefined;
  const messagesTotal = wants(filters, 'message')
    ? await messageComments(db, filters).select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst()
    : undefined;
  const total = Number(ratingsTotal?.n ?? 0) + Number(messagesTotal?.n ?? 0);
  return { total, themeCounts: THEME_IDS.map((theme) => ({ theme, count: byTheme.get(theme) ?? 0 })) };
}
