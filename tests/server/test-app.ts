import { randomUUID } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import type { Answer, StatementId } from '../../src/shared/content/statements';
import type { SyncResult } from '../../src/shared/sync/envelope';
import { buildApp } from '../../src/server/app';
import type { Dialect } from '../../src/server/db/migrations';
import { type TestDatabase, openTestDatabase } from './test-database';

export interface TestApp extends TestDatabase {
  app: FastifyInstance;
}

/** One app over one fresh database for the enclosing describe block. */
export function useTestApp(dialect: Dialect): { readonly current: TestApp } {
  let opened: TestApp | undefined;
  beforeAll(async () => {
    const database = await openTestDatabase(dialect);
    try {
      const app = await buildApp({ distDir: '/nonexistent', trustProxy: false, logLevel: 'silent' }, database.handle);
      await app.ready();
      opened = { ...database, app };
    } catch (error) {
      await database.cleanup();
      throw error;
    }
  });
  afterAll(async () => {
    if (!opened) return;
    try {
      await opened.app.close();
    } finally {
      await opened.cleanup();
      opened = undefined;
    }
  });
  return {
    get current(): TestApp {
      if (!opened) throw new Error('The test app only exists inside tests.');
      return opened;
    },
  };
}

export interface RatingItem {
  id: string;
  kind: string;
  createdAt: string;
  payload: { statementId: string; answer: string; comment?: string } & Record<string, unknown>;
}

export function ratingItem(
  options: {
    id?: string;
    statementId?: StatementId;
    answer?: Answer;
    comment?: string;
    createdAt?: string;
  } = {},
): RatingItem {
  return {
    id: options.id ?? randomUUID(),
    kind: 'rating',
    createdAt: options.createdAt ?? new Date().toISOString(),
    payload: {
      statementId: options.statementId ?? 'good-care-01',
      answer: options.answer ?? 'yes',
      ...(options.comment === undefined ? {} : { comment: options.comment }),
    },
  };
}

export function postSync(
  app: FastifyInstance,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  const raw = typeof body === 'string';
  return app.inject({
    method: 'POST',
    url: '/api/v1/sync',
    headers: { 'content-type': 'application/json', ...headers },
    payload: raw ? body : JSON.stringify(body),
  });
}

/** Posts `{items}` and checks the answer is 200 with one result per item. */
export async function syncItems(app: FastifyInstance, items: readonly unknown[]): Promise<SyncResult[]> {
  const response = await postSync(app, { items });
  if (response.statusCode !== 200) {
    throw new Error(`POST /api/v1/sync answered ${response.statusCode}: ${response.body}`);
  }
  const { results } = response.json<{ results: SyncResult[] }>();
  if (results.length !== items.length) {
    throw new Error(`Expected ${items.length} results, got ${results.length}.`);
  }
  return results;
}
