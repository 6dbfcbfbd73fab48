import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { ALL_STATEMENT_IDS } from '../../../src/shared/content/statements';
import { SAY_TYPES } from '../../../src/shared/kinds/say-something';
import { AGE_BANDS, CARE_STATUSES } from '../../../src/shared/kinds/profile';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const ANSWERS = ['yes', 'sometimes', 'not-really', 'skip'] as const;

export interface Entry {
  kind: 'rating' | 'say-something';
  payload: Record<string, unknown>;
}

/** A small seeded random source (mulberry32), so a failing run can be repeated with its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

/** A valid item as the app would save it: a rating or a say-something, some with a profile and odd text. */
export function makeEntry(random: () => number, n: number): Entry {
  const profile = random() < 0.5 ? { careStatus: pick(random, CARE_STATUSES), ageBand: pick(random, AGE_BANDS) } : {};
  const text = `item ${n}: "quotes", ünïcödé ✓ 🙂 ${'x'.repeat(Math.floor(random() * 300))}`;
  if (random() < 0.6) {
    const comment = random() < 0.5 ? { comment: text } : {};
    return { kind: 'rating', payload: { statementId: pick(random, ALL_STATEMENT_IDS), answer: pick(random, ANSWERS), ...comment, ...profile } };
  }
  return { kind: 'say-something', payload: { type: pick(random, SAY_TYPES), text, ...profile } };
}

/** The outbox chunk's URL in this build (from Vite's manifest): the URL the app's own loader imports. */
export function outboxServiceUrl(page: Page): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'dist/.vite/manifest.json'), 'utf8')) as Record<string, { file: string }>;
  const key = Object.keys(manifest).find((name) => name.endsWith('features/outbox/outbox-service.ts'));
  if (!key) throw new Error('The build has no outbox chunk: run "npm run build".');
  return new URL(`/${manifest[key]?.file ?? ''}`, page.url()).href;
}

/**
 * Saves items with the app's own `saveItems`: the same URL, so the same module instance the page
 * uses. The app loads the outbox only when something is saved or waiting, and starts sending as it
 * does; startSync does the same here (it runs once per page, so it is harmless if the app did it).
 * Answers the saved items' ids.
 */
export async function saveInPage(page: Page, entries: readonly Entry[]): Promise<string[]> {
  const url = outboxServiceUrl(page);
  // A string, not a function: Vitest would rewrite a dynamic import() written in this file.
  return page.evaluate(
    `import(${JSON.stringify(url)}).then((service) => { service.startSync(); return service.saveItems(${JSON.stringify(entries)}); })`,
  ) as Promise<string[]>;
}

export interface DeviceState {
  waiting: number;
  /** Receipts: what the phone keeps once the server confirmed an item (never the payload). */
  sent: { id: string; kind: string; label: string; sentAt: string }[];
}

/** Reads IndexedDB `your-say` directly (not through the app's code): what waits and what was marked sent. */
export function deviceState(page: Page): Promise<DeviceState> {
  return page.evaluate(
    () =>
      new Promise<DeviceState>((resolve, reject) => {
        const open = indexedDB.open('your-say');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(['outbox', 'sent'], 'readonly');
          const count = tx.objectStore('outbox').count();
          const sent = tx.objectStore('sent').getAll();
          tx.oncomplete = () => {
            db.close();
            resolve({ waiting: count.result, sent: sent.result as DeviceState['sent'] });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
}

/** Polls until the device's outbox is empty; throws with the last count after `timeout`. */
export async function waitForEmptyOutbox(page: Page, timeout: number): Promise<DeviceState> {
  const deadline = Date.now() + timeout;
  let state = await deviceState(page);
  while (state.waiting > 0) {
    if (Date.now() > deadline) throw new Error(`${state.waiting} items still waiting after ${timeout} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
    state = await deviceState(page);
  }
  return state;
}

export interface ServerItem {
  id: string;
  kind: string;
  payload: unknown;
}

/** Every item in the server's SQLite file, read-only, plus how many rows each kind table holds. */
export function serverItems(dataDir: string): { items: ServerItem[]; projected: number } {
  const file = new Database(path.join(dataDir, 'your-say.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const rows = file.prepare('SELECT id, kind, payload FROM items').all() as { id: string; kind: string; payload: string }[];
    const projected = ['ratings', 'messages', 'advocate_requests', 'talk_requests']
      .map((table) => (file.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n)
      .reduce((a, b) => a + b, 0);
    return { items: rows.map((row) => ({ id: row.id, kind: row.kind, payload: JSON.parse(row.payload) as unknown })), projected };
  } finally {
    file.close();
  }
}

/** A private copy of the built app, so a test can change it (a "new version") without touching dist/. */
export function copyDist(): string {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'your-say-dist-'));
  fs.cpSync(path.join(ROOT, 'dist'), copy, { recursive: true });
  return copy;
}
