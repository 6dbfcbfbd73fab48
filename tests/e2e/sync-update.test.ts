import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, waitForServiceWorker } from './support/browser';
import { markWelcomed } from './support/child';
import { type RunningServer, startServer } from './support/server';
import { copyDist, deviceState, makeEntry, saveInPage, seededRandom, waitForEmptyOutbox } from './support/sync';

const READY = 'A new version of Your Say is ready.';
const GET_IT = 'Get the new version';
const WAIT_FOR_SEND = 'We will update after your answers are sent.';

type Marked = Window & { __marker?: number };

describe('a new version while answers are waiting', () => {
  let distDir: string;
  let originalSw: string;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let offline = false;
  let hold = false;
  const held: Route[] = [];

  /** The new sw.js differs by a few bytes, and says which version it is when asked. */
  const publishVersion = (version: string) =>
    fs.writeFileSync(
      path.join(distDir, 'sw.js'),
      `${originalSw}\nself.addEventListener('message', (e) => { if (e.data === 'version?') e.ports[0]?.postMessage(${JSON.stringify(version)}); });\n`,
    );

  /** Which version controls the page ('original' when the controller does not answer the question). */
  const controllerVersion = () =>
    page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const controller = navigator.serviceWorker.controller;
          if (!controller) return resolve('none');
          const channel = new MessageChannel();
          channel.port1.onmessage = (event) => resolve(String(event.data));
          controller.postMessage('version?', [channel.port2]);
          setTimeout(() => resolve('original'), 15_000);
        }),
    );

  const hasWaitingWorker = () => page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting));
  const marker = () => page.evaluate(() => (window as Marked).__marker);
  const setMarker = (value: number) => page.evaluate((v) => ((window as Marked).__marker = v), value);
  /** Resolves true on the next load of the page, false after `timeout`. */
  const nextReload = (timeout: number) =>
    page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame(), timeout }).then(
      () => true,
      () => false,
    );

  /** Items saved offline; then online, with their sync request held open (sent, not yet answered). */
  async function queueUnsent(count: number, random: () => number): Promise<void> {
    hold = true;
    offline = true;
    await context.setOffline(true);
    await saveInPage(page, Array.from({ length: count }, (_, i) => makeEntry(random, i)));
    await context.setOffline(false);
    offline = false;
    const deadline = Date.now() + 30_000;
    while (held.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(held.length).toBeGreaterThan(0);
    expect((await deviceState(page)).waiting).toBe(count);
  }

  /** Lets the held sync requests through; the app then updates (and reloads) by itself. */
  async function releaseHeld(): Promise<void> {
    hold = false;
    for (const route of held.splice(0)) await route.continue();
  }

  /** Publishes a new sw.js, asks the browser to look for it, and waits for the banner. */
  async function findUpdate(version: string): Promise<void> {
    publishVersion(version);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await page.getByText(READY, { exact: true }).waitFor({ timeout: 30_000 });
    expect(await hasWaitingWorker()).toBe(true);
  }

  /** Presses "Get the new version" while answers wait: the page must stay, and say why. */
  async function askForUpdateWhileWaiting(markerValue: number): Promise<void> {
    await setMarker(markerValue);
    await page.getByRole('button', { name: GET_IT }).click();
    await page.getByText(WAIT_FOR_SEND, { exact: true }).waitFor({ timeout: 30_000 });
    expect(await marker()).toBe(markerValue); // no reload
    expect(await hasWaitingWorker()).toBe(true); // the new version did not take over
    expect((await deviceState(page)).waiting).toBeGreaterThan(0);
  }

  beforeAll(async () => {
    distDir = copyDist();
    originalSw = fs.readFileSync(path.join(distDir, 'sw.js'), 'utf8');
    server = await startServer({ DIST_DIR: distDir });
    browser = await launchBrowser();
    context = await browser.newContext();
    await context.route('**/api/v1/sync', (route) => {
      // Routed requests skip the browser's offline switch, so fail them here as the network would.
      if (offline) return route.abort('internetdisconnected');
      if (hold) return void held.push(route);
      return route.continue();
    });
    page = await context.newPage();
    await page.goto(`${server.url}/`);
    await markWelcomed(page);
    await page.reload();
    await waitForServiceWorker(page);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (distDir) fs.rmSync(distDir, { recursive: true, force: true });
  });

  it('does not reload while answers are unsent, then updates by itself once they are sent', { timeout: 180_000 }, async () => {
    await queueUnsent(5, seededRandom(1));
    await findUpdate('v2');
    await askForUpdateWhileWaiting(1);
    // Still the same page a while later: nothing reloads while answers wait.
    await page.waitForTimeout(1500);
    expect(await marker()).toBe(1);
    expect(await hasWaitingWorker()).toBe(true);

    const reloaded = nextReload(60_000);
    await releaseHeld();
    expect(await reloaded).toBe(true);
    await page.getByRole('heading', { level: 1, name: 'Your Say' }).waitFor({ timeout: 30_000 });
    await waitForEmptyOutbox(page, 60_000);
    expect(await marker()).toBeUndefined();
    expect(await controllerVersion()).toBe('v2');
    expect(await hasWaitingWorker()).toBe(false);
  });

  it('updates at once when nothing is waiting', { timeout: 180_000 }, async () => {
    await findUpdate('v3');
    expect((await deviceState(page)).waiting).toBe(0);
    await setMarker(3);
    const reloaded = nextReload(60_000);
    await page.getByRole('button', { name: GET_IT }).click();
    expect(await reloaded).toBe(true);
    await page.getByRole('heading', { level: 1, name: 'Your Say' }).waitFor({ timeout: 30_000 });
    expect(await marker()).toBeUndefined();
    expect(await controllerVersion()).toBe('v3');
  });
});
