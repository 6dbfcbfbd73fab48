/** Small helpers shared by the sync benchmark: valid rating items, timing, percentiles, bounded fetch. */
import { randomUUID } from 'node:crypto';
import { ALL_STATEMENT_IDS, ANSWERS } from '../../src/shared/content/statements';
import type { SyncItem } from '../../src/shared/sync/envelope';

/** No single request in the benchmark may take longer than this. */
export const REQUEST_TIMEOUT_MS = 60_000;

/** A valid rating payload; `n` only varies the statement and answer. */
export function ratingPayload(n: number): { statementId: string; answer: string } {
  return {
    statementId: ALL_STATEMENT_IDS[n % ALL_STATEMENT_IDS.length] ?? 'good-care-01',
    answer: ANSWERS[n % ANSWERS.length] ?? 'yes',
  };
}

/** A valid rating item with a fresh id, as a device would make it. */
export function ratingItem(n: number, createdAt = new Date().toISOString()): SyncItem {
  return { id: randomUUID(), kind: 'rating', createdAt, payload: ratingPayload(n) };
}

/** fetch with a hard time limit, so no request in the benchmark can hang it. */
export const boundedFetch: typeof fetch = (input, init) =>
  fetch(input, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });

export async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await work();
  return { ms: performance.now() - start, value };
}

/** Nearest-rank percentile of an ascending list. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

/** Throws when `deadline` (ms since epoch) has passed: every loop checks it. */
export function checkDeadline(deadline: number, what: string): void {
  if (Date.now() > deadline) throw new Error(`Benchmark step took too long: ${what}`);
}
