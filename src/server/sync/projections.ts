import type { Transaction } from 'kysely';
import type { AdvocateRequestPayload } from '../../shared/kinds/advocate-request';
import type { RatingPayload } from '../../shared/kinds/rating';
import type { Kind } from '../../shared/kinds/registry';
import type { SaySomethingPayload, TalkRequestPayload } from '../../shared/kinds/say-something';
import type { Database } from '../db/schema';
import { hasWords, tagComments } from '../themes/comment-tagging';
import type { AcceptedItem } from './ingest';

type Projector = (trx: Transaction<Database>, items: AcceptedItem[]) => Promise<void>;

/** What every kind table keeps about the child: never a name, exact age or date of birth. */
function profile(item: AcceptedItem, p: { careStatus?: string; ageBand?: string }) {
  return { care_status: p.careStatus ?? null, age_band: p.ageBand ?? null, created_at: item.createdAt };
}

/**
 * Kind-specific tables the inbox reads, written in the same transaction as the item (with the
 * suggested themes of a comment: a rating's "Tell us more", a "Say something" message). Payloads were
 * checked against their kind's schema before they get here. Every kind has one (the Record type
 * makes a new kind without a table a type error).
 */
const projectors: Record<Kind, Projector> = {
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
            ...profile(item, p),
          };
        }),
      )
      .execute();
    const comments = items.flatMap((item) => {
      const p = item.payload as RatingPayload;
      return hasWords(p.comment) ? [{ itemId: item.id, text: p.comment, statementId: p.statementId }] : [];
    });
    await tagComments(trx, comments);
  },

  async 'advocate-request'(trx, items) {
    await trx
      .insertInto('advocate_requests')
      .values(
        items.map((item) => {
          const p = item.payload as AdvocateRequestPayload;
          return {
            item_id: item.id,
            topics: JSON.stringify(p.topics),
            details: p.details ?? null,
            contact: JSON.stringify(p.contact),
            needs: p.needs ?? null,
            urgency: p.urgency ?? null,
            ...profile(item, p),
          };
        }),
      )
      .execute();
  },

  async 'say-something'(trx, items) {
    await trx
      .insertInto('messages')
      .values(
        items.map((item) => {
          const p = item.payload as SaySomethingPayload;
          return { item_id: item.id, type: p.type, text: p.text, ...profile(item, p) };
        }),
      )
      .execute();
    await tagComments(
      trx,
      items.map((item) => ({ itemId: item.id, text: (item.payload as SaySomethingPayload).text })),
    );
  },

  async 'talk-request'(trx, items) {
    await trx
      .insertInto('talk_requests')
      .values(
        items.map((item) => {
          const p = item.payload as TalkRequestPayload;
          return {
            item_id: item.id,
            text: p.text ?? null,
            contact: JSON.stringify(p.contact),
            urgency: p.urgency ?? null,
            ...profile(item, p),
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
    const project = Object.hasOwn(projectors, kind) ? projectors[kind as Kind] : undefined;
    if (project && group.length) await project(trx, group);
  }
}
