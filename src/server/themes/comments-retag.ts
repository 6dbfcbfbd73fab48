import { THEME_IDS, type ThemeId } from '../../shared/themes/codebook';
import { recordAudit } from '../audit/audit-log';
import type { Db } from '../db/database';
import { ratingHasComment } from './comment-tagging';

/**
 * Replaces a comment's themes with a person's choice, with its audit entry, in one transaction.
 * The no-op update first takes the comment's row lock on PostgreSQL, so two re-tags of one comment
 * run one after the other; it also tells whether the id is a comment at all.
 */
export async function retagComment(db: Db, change: { itemId: string; themes: readonly ThemeId[]; staffId: number }): Promise<ThemeId[] | null> {
  const themes = THEME_IDS.filter((id) => change.themes.includes(id));
  return db.transaction().execute(async (trx) => {
    const rating = await trx
      .updateTable('ratings as r')
      .set((eb) => ({ item_id: eb.ref('r.item_id') }))
      .where('r.item_id', '=', change.itemId)
      .where(ratingHasComment)
      .executeTakeFirst();
    const message =
      Number(rating.numUpdatedRows) === 1
        ? undefined
        : await trx
            .updateTable('messages')
            .set((eb) => ({ item_id: eb.ref('item_id') }))
            .where('item_id', '=', change.itemId)
            .executeTakeFirst();
    if (Number(rating.numUpdatedRows) !== 1 && Number(message?.numUpdatedRows ?? 0) !== 1) return null;

    const setAt = new Date().toISOString();
    await trx.deleteFrom('comment_themes').where('item_id', '=', change.itemId).execute();
    await trx
      .insertInto('comment_themes')
      .values(themes.map((theme) => ({ item_id: change.itemId, theme, source: 'staff', set_at: setAt })))
      .execute();
    // Theme ids only: they name the codebook, never what the child wrote.
    await recordAudit(trx, { staffId: change.staffId, action: 'comment:retag', itemId: change.itemId, detail: themes.join(',') });
    return themes;
  });
}
