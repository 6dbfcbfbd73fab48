import type { Transaction } from 'kysely';
import type { RatingPayload } from '../../shared/kinds/rating';
import type { Database } from '../db/schema';
import type { AcceptedItem } from './ingest';

type Projector = (trx: Transaction<Database>, items: AcceptedItem[]) => Promise<void>;

/** Kind-specific tables the inbox reads, written in the same transaction as the item. */
const projectors: Record<string, Projector> = {
  async rating(trx, items) {
    await trx
      .insertInto('ratings')
      .values(
        items.map((item) => {
          const p = item.payload as RatingPayload;
          return {
            item_id: item.id,
            statement_id: p.statementId,
            answer: p.answer,
            comment: p.comment ?? null,
            care_status: p.careStatus ?? null,
            age_band: p.ageBand ?? null,
            created_at: item.createdAt,
          };
        }),
      )
      .execute();
  },
};

export async function projectItems(trx: Transaction<Database>, items: AcceptedItem[]): Promise<void> {
  const byKind = new Map<string, AcceptedItem[]>();
  for (const item of items) byKind.set(item.kind, [...(byKind.get(item.kind) ?? []), item]);
  for (const [kind, group] of byKind) {
    const project = projectors[kind];
    if (project && group.length) await project(trx, group);
  }
}
