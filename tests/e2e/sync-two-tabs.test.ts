import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForServiceWorker } from './support/browser';
import { useServerAndBrowser } from './support/harness';
import { markWelcomed } from './support/child';
import { type Entry, deviceState, makeEntry, saveInPage, seededRandom, serverItems, waitForEmptyOutbox } from './support/sync';

const PER_TAB = 300; // 600 in all: more than two full batches of 250, so draining takes several requests
const DELAY_MS = 300;
const DRAIN_LOCK = 'your-say-outbox-drain';

/** This tab's Web Locks client id (it holds a throwaway lock and looks itself up). */
function lockClientId(page: Page): Promise<string> {
  return page.evaluate(async () => {
    let id = '';
    await navigator.locks.request(`whoami-${crypto.randomUUID()}`, async (lock) => {
      const state = await navigator.locks.query();
      id = state.held?.find((held) => held.name === lock?.name)?.clientId ?? '';
    });
    return id;
  });
}

interface SyncRequest {
  ids: string[];
  from: string;
  statuses: { id: string; status: string }[];
}

describe('two tabs with items queued offline', () => {
  const harness = useServerAndBrowser();

  it('drain one request at a time when the phone comes online, and the server stores each item once', { timeout: 240_000 }, async () => {
    const { server, browser } = harness;
    const seed = Number(process.env.SYNC_SEED ?? Date.now() % 1_000_000);
    console.log(`sync-two-tabs seed: ${seed} (set SYNC_SEED to repeat)`);
    const random = seededRandom(seed);
    const context = await browser.newContext();

    const pages: Page[] = [];
    const inFlight = new Map<number, string[]>();
    const requests: SyncRequest[] = [];
    const overlaps: string[] = [];
    let maxInFlight = 0;
    let offline = false;
    let offlineTries = 0;
    await context.route('**/api/v1/sync', async (route: Route) => {
      // Routed requests skip the browser's offline switch (route.fetch() goes from Node), so fail them here.
      if (offline) {
        offlineTries += 1;
        return route.abort('internetdisconnected');
      }
      const request = route.request();
      const ids = (request.postDataJSON() as { items: { id: string }[] }).items.map((item) => item.id);
      const key = requests.length;
      for (const other of inFlight.values()) overlaps.push(...ids.filter((id) => other.includes(id)));
      inFlight.set(key, ids);
      maxInFlight = Math.max(maxInFlight, inFlight.size);
      const from = request.serviceWorker() ? 'service worker' : request.frame().page() === pages[0] ? 'tab 1' : 'tab 2';
      const record: SyncRequest = { ids, from, statuses: [] };
      requests.push(record);
      try {
        await new Promise((resolve) => setTimeout(resolve, DELAY_MS));
        const response = await route.fetch();
        const body = (await response.json()) as { results?: { id: string; status: string }[] };
        record.statuses = body.results ?? [];
        await route.fulfill({ response });
      } finally {
        inFlight.delete(key);
      }
    });

    pages.push(await context.newPage(), await context.newPage());
    for (const page of pages) {
      await page.goto(`${server.url}/`);
      await markWelcomed(page);
      await page.reload();
      await waitForServiceWorker(page);
    }
    const tabIds = await Promise.all(pages.map(lockClientId));
    expect(new Set(tabIds).size).toBe(2);

    offline = true;
    await context.setOffline(true);
    const saved = new Map<string, Entry>();
    for (const page of pages) {
      const entries = Array.from({ length: PER_TAB }, (_, i) => makeEntry(random, saved.size + i));
      const ids = await saveInPage(page, entries);
      ids.forEach((id, i) => saved.set(id, entries[i] as Entry));
    }
    expect(saved.size).toBe(2 * PER_TAB);
    for (const page of pages) expect((await deviceState(page)).waiting).toBe(2 * PER_TAB);

    // Watch the drain lock from tab 1: which clients hold it or wait for it (Web Locks are per origin).
    await pages[0]!.evaluate((name) => {
      const seen = new Set<string>();
      (window as unknown as { lockClients: Set<string> }).lockClients = seen;
      const look = async () => {
        const state = await navigator.locks.query();
        for (const lock of [...(state.held ?? []), ...(state.pending ?? [])]) if (lock.name === name && lock.clientId) seen.add(lock.clientId);
        setTimeout(() => void look(), 20);
      };
      void look();
    }, DRAIN_LOCK);

    await context.setOffline(false);
    offline = false;
    for (const page of pages) await waitForEmptyOutbox(page, 120_000);
    const lockClients = await pages[0]!.evaluate(() => [...(window as unknown as { lockClients: Set<string> }).lockClients]);
    console.log(`sync requests: ${requests.map((r) => `${r.from}: ${r.ids.length}`).join(', ')}; drain lock clients: ${lockClients.length}; tries while offline: ${offlineTries}`);

    expect(maxInFlight).toBe(1);
    expect(overlaps).toEqual([]);
    expect(inFlight.size).toBe(0);
    for (const id of tabIds) expect(lockClients).toContain(id); // both tabs tried to drain

    const storedCount = new Map<string, number>();
    for (const { statuses } of requests) {
      for (const { id, status } of statuses) if (status === 'stored') storedCount.set(id, (storedCount.get(id) ?? 0) + 1);
      expect(statuses.every(({ status }) => status === 'stored' || status === 'duplicate')).toBe(true);
    }
    expect([...storedCount.keys()].sort()).toEqual([...saved.keys()].sort());
    expect([...storedCount.values()].every((n) => n === 1)).toBe(true);

    const { items, projected } = serverItems(server.dataDir);
    expect(items).toHaveLength(saved.size);
    expect(projected).toBe(saved.size);
    for (const item of items) expect({ kind: item.kind, payload: item.payload }).toEqual(saved.get(item.id));

    const { sent } = await deviceState(pages[1]!);
    expect(new Set(sent.map((r) => r.id))).toEqual(new Set(saved.keys()));
    await context.close();
  });
});
