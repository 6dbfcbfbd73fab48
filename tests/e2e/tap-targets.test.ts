/** Every link and control on a child's screen is at least 44 × 44 CSS px to tap (WCAG 2.5.5). */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support/harness';
import { CHILD_ROUTES, PHONE, phoneContext, smallTargets } from './support/layout';

describe('tap targets on a 360 px phone', () => {
  const harness = useServerAndBrowser();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await phoneContext(harness.browser, harness.server, PHONE));
  });
  afterAll(async () => {
    await context.close();
  });

  it.each(CHILD_ROUTES)('%s has nothing smaller than 44 × 44 to tap', async (route, title) => {
    await page.goto(`${harness.server.url}${route}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await smallTargets(page)).toEqual([]);
  });

  it('/say with the contact questions shown has nothing smaller than 44 × 44 to tap', async () => {
    await page.goto(`${harness.server.url}/say`);
    await page.getByRole('radio', { name: 'I want to talk to someone' }).click();
    await page.getByRole('checkbox', { name: 'Send me a text' }).waitFor();
    expect(await smallTargets(page)).toEqual([]);
  });

  it('/rate check step and thanks have nothing smaller than 44 × 44 to tap', async () => {
    await page.goto(`${harness.server.url}/rate`);
    await page.getByRole('button', { name: 'Sometimes' }).click();
    await page.getByRole('button', { name: 'Stop here and check my answers' }).click();
    await page.getByRole('heading', { level: 2, name: 'Check your answers' }).waitFor();
    expect(await smallTargets(page)).toEqual([]);
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByRole('heading', { level: 2, name: 'Thank you' }).waitFor();
    expect(await smallTargets(page)).toEqual([]);
  });

  it('the first-use screens have nothing smaller than 44 × 44 to tap', async () => {
    const fresh = await phoneContext(harness.browser, harness.server, PHONE, true);
    await fresh.page.getByRole('heading', { level: 1, name: 'Before you start' }).waitFor();
    expect(await smallTargets(fresh.page)).toEqual([]);
    await fresh.page.getByRole('button', { name: 'Next' }).click();
    await fresh.page.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
    expect(await smallTargets(fresh.page)).toEqual([]);
    await fresh.context.close();
  });
});
