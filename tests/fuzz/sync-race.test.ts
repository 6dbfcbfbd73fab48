import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SyncResult } from '../../src/shared/sync/envelope';
import { postSync, useTestApp } from '../server/test-app';
import { dialects } from '../server/test-database';
import { validItemArb } from './arbitraries/items';
import { bodyHash } from './oracle';
import { PATH, RUNS, SEED, assertOptions } from './settings';

/**
 * Requests that share ids, sent at the same time (a retry racing the first try, two tabs): each id
 * is stored once, whatever the order of the ids in each batch. Runs FUZZ_RUNS / 20 groups of
 * 2 to 4 concurrent bodies per dialect.
 */
const GROUPS = Math.max(10, Math.round(RUNS / 20));

const groupArb = fc.record({
  ids: fc.uniqueArray(fc.noBias(fc.uuid({ version: 4 })), { minLength: 5, maxLength: 300 }),
  templates: fc.array(validItemArb, { minLength: 1, maxLength: 3 }),
  batches: fc.array(fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 400 }), { minLength: 2, maxLength: 4 }),
});

type Group = typeof groupArb extends fc.Arbitrary<infer G> ? G : never;
interface Sent {
  id: string;
  kind: string;
  createdAt: string;
  payload: unknown;
}

function buildBatches(group: Group): Sent[][] {
  return group.batches.map((picks) =>
    picks.map(([i, t]) => {
      const template = group.templates[t % group.templates.length] as Sent;
      return { ...template, id: group.ids[i % group.ids.length] as string };
    }),
  );
}

describe.each(dialects)('fuzz concurrent POST /api/v1/sync [%s]', (dialect) => {
  const ctx = useTestApp(dialect);

  async function storedHashes(ids: string[]): Promise<Map<string, string>> {
    const rows = await ctx.current.handle.db.selectFrom('items').select(['id', 'body_hash']).where('id', 'in', ids).execute();
    return new Map(rows.map((row) => [row.id, row.body_hash]));
  }

  async function checkGroup(group: Group, allIds: Set<string>, tally: Record<string, number>): Promise<void> {
    const batches = buildBatches(group);
    // Ids an earlier run (or a shrink step) already stored must not be stored again.
    const before = await storedHashes(group.ids);
    const responses = await Promise.all(batches.map((items) => postSync(ctx.current.app, { items })));
    const outcomes = new Map<string, { hash: string; status: string }[]>();
    responses.forEach((response, b) => {
      tally[response.statusCode] = (tally[response.statusCode] ?? 0) + 1;
      expect(response.statusCode, `never a 5xx: ${response.body.slice(0, 300)}`).toBe(200);
      const { results } = response.json<{ results: SyncResult[] }>();
      const items = batches[b] as Sent[];
      expect(results.map((result) => result.id)).toEqual(items.map((item) => item.id));
      items.forEach((item, i) => {
        const list = outcomes.get(item.id) ?? [];
        list.push({ hash: bodyHash(item), status: (results[i] as SyncResult).status });
        outcomes.set(item.id, list);
      });
    });
    const stored = await storedHashes([...outcomes.keys()]);
    for (const [id, list] of outcomes) {
      allIds.add(id);
      const storedOnes = list.filter((outcome) => outcome.status === 'stored');
      expect(storedOnes, `id ${id} is answered stored ${before.has(id) ? 'never' : 'exactly once'}`).toHaveLength(before.has(id) ? 0 : 1);
      expect(stored.get(id), `id ${id} holds the body answered stored`).toBe(before.get(id) ?? storedOnes[0]?.hash);
      for (const outcome of list.filter((o) => o.status !== 'stored')) {
        expect(outcome.status, `id ${id}`).toBe(outcome.hash === stored.get(id) ? 'duplicate' : 'rejected');
      }
    }
  }

  it(
    `[${dialect}] stores each id once when ${GROUPS} groups of requests sharing ids arrive together`,
    async () => {
      const allIds = new Set<string>();
      const tally: Record<string, number> = {};
      const started = performance.now();
      console.log(`[fuzz race ${dialect}] fast-check seed=${SEED} groups=${GROUPS}${PATH ? ` path=${PATH}` : ''}`);
      await fc.assert(fc.asyncProperty(groupArb, (group) => checkGroup(group, allIds, tally)), assertOptions(GROUPS));
      const row = await ctx.current.handle.db.selectFrom('items').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      expect(Number(row.n), 'the items table holds each id sent, once').toBe(allIds.size);
      const health = await ctx.current.app.inject({ method: 'GET', url: '/api/v1/health' });
      expect(health.statusCode, 'the server keeps serving').toBe(200);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`[fuzz race ${dialect}] ${GROUPS} groups in ${seconds} s, seed=${SEED}, ids=${allIds.size}, http ${JSON.stringify(tally)}`);
    },
    Math.max(600_000, RUNS * 150),
  );
});
