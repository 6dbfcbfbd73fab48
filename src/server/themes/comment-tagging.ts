import type { ExpressionBuilder, Kysely } from 'kysely';
import { suggestThemes } from '../../shared/themes/suggest';
import type { Database } from '../db/schema';
import { THEME_KEYWORDS } from './theme-keywords';

/** A database or a transaction: comments are tagged in the transaction that stores them. */
type DbLike = Kysely<Database>;

export interface CommentToTag {
  itemId: string;
  text: string;
  /** A rating's statement, which suggests themes of its own. */
  statementId?: string | null;
}

/** Rows per insert: well inside SQLite's and PostgreSQL's bound-parameter limits (4 per row). */
const CHUNK = 500;

/** A rating's "Tell us more" counts as a comment only when it has some words in it. */
export function hasWords(text: string | null | undefined): text is string {
  return typeof text === 'string' && text.trim().length > 0;
}

/**
 * Stores the keyword lists' suggested themes (source 'auto'). A theme already there is left as it
 * is, so running this twice, or in two requests at once, stores each theme once.
 */
export async function tagComments(db: DbLike, comments: readonly CommentToTag[]): Promise<void> {
  const setAt = new Date().toISOString();
  const rows = comments.flatMap((comment) =>
    suggestThemes(comment.text, THEME_KEYWORDS, { statementId: comment.statementId }).map((theme) => ({
      item_id: comment.itemId,
      theme,
      source: 'auto',
      set_at: setAt,
    })),
  );
  for (let start = 0; start < rows.length; start += CHUNK) {
    await db
      .insertInto('comment_themes')
      .values(rows.slice(start, start + CHUNK))
      .onConflict((oc) => oc.columns(['item_id', 'theme']).doNothing())
      .execute();
  }
}

/** A rating (aliased `r`) whose "Tell us more" has some words in it: only that is a comment. */
export function ratingHasComment(eb: ExpressionBuilder<{ r: Database['ratings'] }, 'r'>) {
  return eb.and([eb('r.comment', 'is not', null), eb(eb.fn('trim', ['r.comment']), '<>', '')]);
}

/**
 * Comments stored before themes existed have none: they get the suggested ones when the comments are
 * next read. Each batch is one transaction (one write to disk for SQLite, not one per row).
 */
export async function tagUntaggedComments(db: Kysely<Database>, batch = CHUNK): Promise<number> {
  let tagged = 0;
  for (;;) {
    const ratings = await db
      .selectFrom('ratings as r')
      .select(['r.item_id as itemId', 'r.comment as text', 'r.statement_id as statementId'])
      .where(ratingHasComment)
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('comment_themes as ct').select('ct.item_id').whereRef('ct.item_id', '=', 'r.item_id'))),
      )
      .orderBy('r.item_id')
      .limit(batch)
      .execute();
    const messages = await db
      .selectFrom('messages as m')
      .select(['m.item_id as itemId', 'm.text'])
      .where(({ not, exists, selectFrom }) =>
        not(exists(selectFrom('comment_themes as ct').select('ct.item_id').whereRef('ct.item_id', '=', 'm.item_id'))),
      )
      .orderBy('m.item_id')
      .limit(batch)
      .execute();
    const comments: CommentToTag[] = [...ratings.map((row) => ({ ...row, text: row.text ?? '' })), ...messages];
    if (comments.length === 0) return tagged;
    await db.transaction().execute((trx) => tagComments(trx, comments));
    tagged += comments.length;
    if (ratings.length < batch && messages.length < batch) return tagged;
  }
}
