import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { type RunningServer, startServer } from './server';

export interface Harness {
  readonly server: RunningServer;
  readonly browser: Browser;
}

/** The real server on a fresh database and one Chromium, for the enclosing describe block. */
export function useServerAndBrowser(prepare: (server: RunningServer) => void = () => undefined): Harness {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer();
    prepare(server);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error('The server only runs inside tests.');
      return server;
    },
    get browser() {
      if (!browser) throw new Error('The browser only runs inside tests.');
      return browser;
    },
  };
}
