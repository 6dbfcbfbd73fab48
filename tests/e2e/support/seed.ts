import { randomUUID } from 'node:crypto';
import { ANSWERS, STATEMENT_IDS } from '../../../src/shared/content/statements';
import { AGE_BANDS, CARE_STATUSES } from '../../../src/shared/kinds/profile';
import { seededRandom } from './sync';

const COMMENTS = ['My social worker listens to me.', 'I want to see my brother more.', 'School is hard.', 'I like my foster home.'];

/** Ratings with comments and Say something messages across groups and months, as phones would send them. */
export function seededItems(count: number, seed: number): unknown[] {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  return Array.from({ length: count }, (_, n) => {
    const createdAt = new Date(Date.UTC(2026, 8 + (n % 3), 1 + (n % 27), 12)).toISOString();
    const profile = { careStatus: pick(CARE_STATUSES), ageBand: pick(AGE_BANDS) };
    if (n % 5 === 4) {
      return { id: randomUUID(), kind: 'say-something', createdAt, payload: { type: 'idea', text: pick(COMMENTS), ...profile } };
    }
    const comment = n % 2 === 0 ? { comment: pick(COMMENTS) } : {};
    return { id: randomUUID(), kind: 'rating', createdAt, payload: { statementId: pick(STATEMENT_IDS), answer: pick(ANSWERS), ...comment, ...profile } };
  });
}
