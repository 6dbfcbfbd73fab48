import type { BrowserContext, Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { markWelcomed } from './support/child';
import { useServerAndBrowser } from './support/harness';

const EXIT_URL = 'https://www.bbc.co.uk/weather';

describe('Exit this page', () => {
  const harness = useServerAndBrowser();
  let context: BrowserContext;
  let page: Page;

  beforeEach(async () => {
    context = await harness.browser.newContext();
    // This machine has no internet: the neutral site is answered locally, as the real one would load.
    await context.route('https://www.bbc.co.uk/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>BBC Weather</title><h1>Weather</h1>' }),
    );
    page = await context.newPage();
    await page.goto(`${harness.server.url}/`);
    await markWelcomed(page);
    await page.goto(`${harness.server.url}/rate`);
    await page.getByRole('heading', { level: 1, name: 'Rate your care' }).waitFor();
  });

  it('leaves for the neutral site when the button is pressed', async () => {
    await page.getByRole('button', { name: /Exit this page/ }).click();
    await page.waitForURL(EXIT_URL);
    expect(await page.title()).toBe('BBC Weather');
  });

  it('leaves when Shift is pressed 3 times', async () => {
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL(EXIT_URL);
  });

  it('does nothing after two Shift presses and another key, and tells a screen reader what is left', async () => {
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('a');
    await page.keyboard.press('Shift');
    await page.getByText('Press Shift 2 more times to leave.').waitFor({ state: 'attached' });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(`${harness.server.url}/rate`);
    expect(await page.getByRole('heading', { level: 1, name: 'Rate your care' }).isVisible()).toBe(true);
  });

  it('is explained on its own page, including that it does not clear history', async () => {
    await page.goto(`${harness.server.url}/exit-explained`);
    await page.getByRole('heading', { level: 1, name: 'How Exit this page works' }).waitFor();
    expect(await page.getByText('It does not clear your history.', { exact: false }).isVisible()).toBe(true);
  });

  it('has Help now one tap away, with Childline and 999 as phone links', async () => {
    await page.getByRole('link', { name: 'Help now', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Help now' }).waitFor();
    expect(await page.getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe('tel:999');
    expect(await page.getByRole('link', { name: /Childline: 0800 1111/ }).getAttribute('href')).toBe('tel:08001111');
  });
});
