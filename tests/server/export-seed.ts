/**
 * A seeded data set for the export and quote tests: many ratings across groups of every size (some large, one
 * of 6–9 children, some under 6, one outside the period), comments and messages, and the true counts the tests
 * check the published tables against (worked out here, independently of the server's code).
 */
import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { CountTable } from '../../src/shared/anonymise/table';
import { ANSWERS, type Answer, type StatementId } from '../../src/shared/content/statements';
import type { AgeBand, CareStatus } from '../../src/shared/kinds/profile';
import { THEME_IDS, type ThemeId } from '../../src/shared/themes/codebook';
import type { Db } from '../../src/server/db/database';
import { syncItems } from './test-app';

export interface SeedGroup {
  readonly name: string;
  readonly careStatus?: CareStatus;
  readonly ageBand?: AgeBand;
  readonly children: number;
  readonly month: string;
}

/** The export tests ask for 2025-01 to 2025-03; group F answered before that. */
export const PERIOD = { from: '2025-01', to: '2025-03' } as const;

export const GROUPS: readonly SeedGroup[] = [
  { name: 'A', careStatus: 'in-care', ageBand: '12-15', children: 30, month: '2025-02' },
  { name: 'B', careStatus: 'care-leaver', ageBand: '16-plus', children: 14, month: '2025-01' },
  { name: 'C', careStatus: 'in-care', ageBand: 'under-12', children: 8, month: '2025-03' },
  { name: 'D', children: 3, month: '2025-02' },
  { name: 'E', careStatus: 'rather-not-say', ageBand: '16-plus', children: 5, month: '2025-03' },
  { name: 'F', careStatus: 'care-leaver', ageBand: '12-15', children: 20, month: '2024-12' },
];

export const STATEMENTS: readonly StatementId[] = ['good-care-01', 'good-care-02', 'good-care-05'];

export interface SeedRating {
  readonly id: string;
  readonly group: SeedGroup;
  readonly statementId: StatementId;
  readonly answer: Answer;
  readonly comment?: string;
}

export interface SeedMessage {
  readonly id: string;
  readonly group: SeedGroup;
  readonly text: string;
}

export interface Seed {
  readonly ratings: readonly SeedRating[];
  readonly messages: readonly SeedMessage[];
  /** The theme of each comment (rating comments and messages), as inserted into comment_themes. */
  readonly themes: ReadonlyMap<string, ThemeId>;
}

/** A small deterministic generator, so the data set is the same on every run. */
function generator(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48271) % 2147483647;
    return state / 2147483647;
  };
}

const when = (group: SeedGroup, index: number) =>
  `${group.month}-${String((index % 27) + 1).padStart(2, '0')}T${String(index % 24).padStart(2, '0')}:15:00.000Z`;

export function makeSeed(): Seed {
  const random = generator(20250101);
  const ratings: SeedRating[] = [];
  const messages: SeedMessage[] = [];
  const themes = new Map<string, ThemeId>();
  for (const group of GROUPS) {
    for (let child = 0; child < group.children; child++) {
      for (const statementId of STATEMENTS) {
        const answer = ANSWERS[Math.floor(random() * random() * ANSWERS.length)] ?? 'yes';
        const comment = child % 3 === 0 ? `Group ${group.name} child ${child} on ${statementId}: more trips please` : undefined;
        const id = randomUUID();
        ratings.push({ id, group, statementId, answer, ...(comment ? { comment } : {}) });
        if (comment) themes.set(id, THEME_IDS[Math.floor(random() * 4)] ?? 'other');
      }
      if (child % 4 === 1) {
        const id = randomUUID();
        messages.push({ id, group, text: `Group ${group.name} message ${child}: I would like more say in my plan.` });
        themes.set(id, THEME_IDS[Math.floor(random() * 4)] ?? 'other');
      }
    }
  }
  return { ratings, messages, themes };
}

const profile = (group: SeedGroup) => ({
  ...(group.careStatus ? { careStatus: group.careStatus } : {}),
  ...(group.ageBand ? { ageBand: group.ageBand } : {}),
});

/** Sends the data set through POST /api/v1/sync and sets each comment's theme (whatever ingest suggested). */
export async function storeSeed(app: FastifyInstance, db: Db, seed: Seed): Promise<void> {
  const items = [
    ...seed.ratings.map((r, i) => ({
      id: r.id,
      kind: 'rating',
      createdAt: when(r.group, i),
      payload: { statementId: r.statementId, answer: r.answer, ...(r.comment ? { comment: r.comment } : {}), ...profile(r.group) },
    })),
    ...seed.messages.map((m, i) => ({
      id: m.id,
      kind: 'say-something',
      createdAt: when(m.group, i),
      payload: { type: 'idea', text: m.text, ...profile(m.group) },
    })),
  ];
  for (let start = 0; start < items.length; start += 200) {
    const results = await syncItems(app, items.slice(start, start + 200));
    if (results.some((r) => r.status !== 'stored')) throw new Error(`Seed sync failed: ${JSON.stringify(results)}`);
  }
  const ids = [...seed.themes.keys()];
  await db.deleteFrom('comment_themes').where('item_id', 'in', ids).execute();
  await db
    .insertInto('comment_themes')
    .values(ids.map((id) => ({ item_id: id, theme: seed.themes.get(id) ?? 'other', source: 'staff', set_at: '2025-04-01T00:00:00.000Z' })))
    .execute();
}

export const inPeriod = (group: SeedGroup) => group.month >= PERIOD.from && group.month <= PERIOD.to;

/** The groups as the export lists them: every one that sent something in the period, in the export's order. */
export function groupKeyOf(group: SeedGroup): string {
  return `${group.careStatus ?? 'not-given'}/${group.ageBand ?? 'not-given'}`;
}

/** The true answers to one statement, rows in the order of `rowKeys` (the export's group keys). */
export function trueStatementTable(seed: Seed, statementId: StatementId, rowKeys: readonly string[]): CountTable {
  const counts = rowKeys.map(() => ANSWERS.map(() => 0));
  for (const rating of seed.ratings) {
    if (rating.statementId !== statementId || !inPeriod(rating.group)) continue;
    const row = counts[rowKeys.indexOf(groupKeyOf(rating.group))];
    if (row) row[ANSWERS.indexOf(rating.answer)] = (row[ANSWERS.indexOf(rating.answer)] ?? 0) + 1;
  }
  return { rowLabels: rowKeys, columnLabels: [...ANSWERS], counts };
}

/** The true comments per theme. */
export function trueThemeTable(seed: Seed, rowKeys: readonly string[]): CountTable {
  const counts = rowKeys.map(() => THEME_IDS.map(() => 0));
  const comments = [
    ...seed.ratings.filter((r) => r.comment).map((r) => ({ id: r.id, group: r.group })),
    ...seed.messages.map((m) => ({ id: m.id, group: m.group })),
  ];
  for (const comment of comments) {
    if (!inPeriod(comment.group)) continue;
    const row = counts[rowKeys.indexOf(groupKeyOf(comment.group))];
    const column = THEME_IDS.indexOf(seed.themes.get(comment.id) ?? 'other');
    if (row) row[column] = (row[column] ?? 0) + 1;
  }
  return { rowLabels: rowKeys, columnLabels: [...THEME_IDS], counts };
}
