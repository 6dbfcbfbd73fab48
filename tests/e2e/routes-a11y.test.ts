import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/browser';
import { markWelcomed } from './support/child';
import { useServerAndBrowser } from './support/harness';
import { CHILD_ROUTES } from './support/layout';

const ROUTES = CHILD_ROUTES;

describe('every screen of the young person app', () => {
  const harness = useServerAndBrowser();

  it('shows the first-use screens with no axe violations', async () => {
    const page = await harness.browser.newPage();
    await page.goto(`${harness.server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Before you start' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it.each(ROUTES)('%s has one h1, Exit this page, Help now, and no axe violations', async (route, title) => {
    const page = await harness.browser.newPage();
    await page.goto(`${harness.server.url}/`);
    await markWelcomed(page);
    await page.goto(`${harness.server.url}${route}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await page.getByRole('button', { name: /Exit this page/ }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'Help now', exact: true }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
