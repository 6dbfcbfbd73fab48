/** Help is close: who to call or chat to, free or not, and when they are open, one tap from rating. */
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support/harness';
import { phoneContext } from './support/layout';

describe('Help now', () => {
  const harness = useServerAndBrowser();

  it('lists 999, Childline (call and chat) and Always Heard, each saying when it is open and that it is free', async () => {
    const { context, page } = await phoneContext(harness.browser, harness.server);
    await page.goto(`${harness.server.url}/help`);
    await page.getByRole('heading', { level: 1, name: 'Help now' }).waitFor();
    const main = page.getByRole('main');

    expect(await main.getByRole('link', { name: 'Call 999' }).getAttribute('href')).toBe('tel:999');
    await main.getByText('It is free, day or night.', { exact: false }).waitFor();

    expect(await main.getByRole('link', { name: 'Call Childline: 0800 1111' }).getAttribute('href')).toBe('tel:08001111');
    await main.getByText('Childline is free and open day and night. It does not show on your phone bill.').waitFor();
    expect(await main.getByRole('link', { name: 'Start a chat with Childline' }).getAttribute('href')).toBe(
      'https://www.childline.org.uk/get-support/1-2-1-counsellor-chat/',
    );

    expect(await main.getByRole('link', { name: 'Call Always Heard: 0808 800 5792' }).getAttribute('href')).toBe('tel:08088005792');
    await main.getByText('It is free to call. It is open Monday to Friday, 9:30 am to 6 pm.').waitFor();

    // The council's own line is only there when the council has set one (not in this build).
    expect(await main.getByText('It costs the same as a normal call.', { exact: false }).count()).toBe(0);
    await context.close();
  });

  it('keeps each phone number left to right, so a right-to-left language cannot scramble it', async () => {
    const { context, page } = await phoneContext(harness.browser, harness.server);
    await page.goto(`${harness.server.url}/help`);
    await page.getByRole('heading', { level: 1, name: 'Help now' }).waitFor();
    const numbers = await page.locator('a[href^="tel:"]').evaluateAll((links) =>
      links.map((link) => ({ href: link.getAttribute('href'), bdi: link.querySelector('bdi[dir="ltr"]')?.textContent ?? null })),
    );
    expect(numbers).toEqual([
      { href: 'tel:999', bdi: null },
      { href: 'tel:08001111', bdi: '0800 1111' },
      { href: 'tel:08088005792', bdi: '0808 800 5792' },
    ]);
    await context.close();
  });

  it('is one tap away from each rating step: "Need help now?"', async () => {
    const { context, page } = await phoneContext(harness.browser, harness.server);
    await page.goto(`${harness.server.url}/rate`);
    await page.getByRole('heading', { level: 2, name: 'I know why I am in care.' }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 2, name: 'I feel listened to.' }).waitFor();
    const link = page.getByRole('main').getByRole('link', { name: 'Need help now?' });
    expect(await link.getAttribute('href')).toBe('/help');
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Help now' }).waitFor();
    await context.close();
  });
});
