import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from './server';

/** A staff member signed in to the inbox in a context of their own. */
export async function signIn(
  browser: Browser,
  server: RunningServer,
  email: string,
  password: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}/inbox/`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByText(`Signed in as ${email}`).waitFor();
  return { context, page };
}

export async function openSection(page: Page, name: string): Promise<void> {
  await page.getByRole('navigation', { name: 'Inbox sections' }).getByRole('link', { name, exact: true }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** Calls the API from inside the signed-in page, as the inbox itself would (same cookie, CSRF header). */
export function apiFromPage(page: Page, method: string, path: string, body?: unknown): Promise<{ status: number; text: string }> {
  return page.evaluate(
    async ({ method, path, body }) => {
      const response = await fetch(`/api/v1${path}`, {
        method,
        headers: { 'x-your-say': 'inbox', ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, text: await response.text() };
    },
    { method, path, body },
  );
}

/** Sends items straight to the sync route, as a phone would, for seeding larger data sets. */
export async function syncFromNode(server: RunningServer, items: readonly unknown[]): Promise<void> {
  for (let start = 0; start < items.length; start += 250) {
    const response = await fetch(`${server.url}/api/v1/sync`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ items: items.slice(start, start + 250) }),
    });
    if (!response.ok) throw new Error(`sync answered ${response.status}: ${await response.text()}`);
  }
}
