import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { SYNC_MAX_BODY_BYTES } from '../../src/shared/sync/envelope';
import { useTestApp } from '../server/test-app';
import { dialects } from '../server/test-database';
import { type BodyCase, bodyCaseArb } from './arbitraries/bodies';
import { SyncModel, expectedStatus, isJsonType, itemsOf, parseLikeServer, serverText } from './oracle';
import { PATH, RUNS, SEED, assertOptions } from './settings';

/**
 * Property-based test of the public sync route: every generated body goes to POST /api/v1/sync on a
 * real app over a real database. Each dialect gets all FUZZ_RUNS bodies (same seed, same bodies).
 * Replay a failure with FUZZ_SEED=<seed> (and FUZZ_PATH=<path> from fast-check's report).
 */
class Tally {
  readonly counts: Record<string, Record<string, number>> = { label: {}, http: {}, result: {}, otherContentType: {} };
  add(group: string, key: string, by = 1): void {
    const table = (this.counts[group] ??= {});
    table[key] = (table[key] ?? 0) + by;
  }
}

describe.each(dialects)('fuzz POST /api/v1/sync [%s]', (dialect) => {
  const ctx = useTestApp(dialect);

  function send(c: BodyCase): Promise<LightMyRequestResponse> {
    return ctx.current.app.inject({
      method: 'POST',
      url: '/api/v1/sync',
      headers: c.contentType === undefined ? {} : { 'content-type': c.contentType },
      payload: c.body,
    });
  }

  async function checkCase(c: BodyCase, model: SyncModel, tally: Tally): Promise<void> {
    const bytes = Buffer.byteLength(c.body);
    const parsed = bytes > SYNC_MAX_BODY_BYTES ? ({ ok: false } as const) : parseLikeServer(serverText(c.body));
    const want = expectedStatus(c.contentType, bytes, parsed);
    for (let attempt = 0; attempt < c.sends; attempt++) {
      const response = await send(c);
      const status = response.statusCode;
      tally.add('http', String(status));
      tally.add('label', `${c.label} → ${status}`);
      if (c.contentType !== 'application/json') tally.add('otherContentType', `${String(c.contentType)} → ${status}`);
      expect(status, `never a 5xx: ${response.body.slice(0, 300)}`).toBeLessThan(500);
      expect(status === 200 || (status >= 400 && status < 500), `status ${status}`).toBe(true);
      if (want !== undefined) expect(status, `status for ${c.label}: ${response.body.slice(0, 300)}`).toBe(want);
      if (!isJsonType(c.contentType)) expect(status, `a ${String(c.contentType)} body is never accepted`).not.toBe(200);
      const answer = JSON.parse(response.body) as { error?: unknown; results?: unknown };
      if (status !== 200) {
        expect(typeof answer.error, 'a 4xx has an error message').toBe('string');
        expect(String(answer.error).trim(), 'a 4xx has a non-empty error message').not.toBe('');
        continue;
      }
      const items = itemsOf(parsed);
      expect(items, 'a 200 answers a body with an items array').toBeDefined();
      model.check(items ?? [], answer.results);
      for (const result of answer.results as { status: string }[]) tally.add('result', result.status);
    }
  }

  async function checkDatabase(model: SyncModel): Promise<void> {
    const { db } = ctx.current.handle;
    const ids = [...model.stored.keys()];
    for (let start = 0; start < ids.length; start += 500) {
      const chunk = ids.slice(start, start + 500);
      const rows = await db.selectFrom('items').select(['id', 'kind', 'body_hash']).where('id', 'in', chunk).execute();
      const byId = new Map(rows.map((row) => [row.id, row]));
      for (const id of chunk) {
        const row = byId.get(id);
        expect(row, `item ${id} answered stored is in the items table`).toBeDefined();
        expect({ kind: row?.kind, hash: row?.body_hash }).toEqual(model.stored.get(id));
      }
    }
    const count = async (table: 'items' | 'ratings' | 'advocate_requests' | 'messages' | 'talk_requests') => {
      const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    };
    expect(await count('items'), 'no item is stored without a stored answer').toBe(model.stored.size);
    const projected = (await count('ratings')) + (await count('advocate_requests')) + (await count('messages')) + (await count('talk_requests'));
    expect(projected, 'every stored item has exactly one row in its kind table').toBe(model.stored.size);
  }

  it(
    `[${dialect}] answers ${RUNS} generated bodies without a 5xx, as the API promises`,
    async () => {
      const model = new SyncModel();
      const tally = new Tally();
      const started = performance.now();
      console.log(`[fuzz ${dialect}] fast-check seed=${SEED} runs=${RUNS} (all runs per dialect)${PATH ? ` path=${PATH}` : ''}`);
      await fc.assert(
        fc.asyncProperty(bodyCaseArb, (c) => checkCase(c, model, tally)),
        assertOptions(RUNS),
      );
      await checkDatabase(model);
      const health = await ctx.current.app.inject({ method: 'GET', url: '/api/v1/health' });
      expect(health.statusCode, 'the server keeps serving').toBe(200);
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`[fuzz ${dialect}] ${RUNS} bodies in ${seconds} s, seed=${SEED}, stored items=${model.stored.size}`);
      console.log(`[fuzz ${dialect}] counts ${JSON.stringify(tally.counts)}`);
    },
    Math.max(600_000, RUNS * 150),
  );
});
