/**
 * Each screen has its own title, and following a link moves focus to the new screen's h1 (which screen
 * readers then read out); the first load leaves focus alone.
 */
import { describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support/harness';
import { CHILD_ROUTES, phoneContext } from './support/layout';

const focused = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { tag: el?.tagName.toLowerCase() ?? '', text: el?.textContent?.trim() ?? '', id: el?.id ?? '' };
  });

describe('screen titles and focus', () => {
  const harness = useServerAndBrowser();

  it.each(CHILD_ROUTES)('%s is titled after its h1, and its h1 can take focus', async (route, h1) => {
    const { context, page } = await phoneContext(harness.browser, harness.server);
    await page.goto(`${harness.server.url}${route}`);
    const heading = page.getByRole('heading', { level: 1, name: h1 });
    await heading.waitFor();
    await page.waitForFunction((expected) => document.title === expected, h1 === 'Your Say' ? 'Your Say' : `${h1} – Your Say`);
    expect(await heading.getAttribute('tabindex')).toBe('-1');
    // First load: the browser reads the new page out itself, so the layout leaves focus alone (the
    // rating step still focuses its own statement, as it does on every step).
    expect((await focused(page)).tag).not.toBe('h1');
    await context.close();
  });

  it('the first-use screens have their own titles, and Next moves focus to the next h1', async () => {
    const { context, page } = await phoneContext(harness.browser, harness.server, undefined, true);
    await page.getByRole('heading', { level: 1, name: 'Before you start' }).waitFor();
    expect(await page.title()).toBe('Before you start – Your Say');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
    expect(await page.title()).toBe('About you – Your Say');
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'About you' });
    await page.getByRole('button', { name: 'Skip this' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your Say' }).waitFor();
    expect(await page.title()).toBe('Your Say');
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Your Say' });
    await context.close();
  });

  it('after following a link, back, or Help now, focus is on the new h1 and the title has changed', async () => {
    const { context, page } = await phoneContext(harness.browser, harness.server);
    await page.goto(`${harness.server.url}/`);
    await page.getByRole('link', { name: 'Rate your care' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rate your care' }).waitFor();
    // The h1, not the statement: a screen reader hears which screen this is first.
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Rate your care' });
    expect(await page.title()).toBe('Rate your care – Your Say');

    await page.getByRole('link', { name: 'Help now', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Help now' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Help now' && document.activeElement.tagName === 'H1');
    expect(await page.title()).toBe('Help now – Your Say');

    await page.goBack();
    await page.waitForFunction(() => document.activeElement?.textContent === 'Rate your care');
    expect(await focused(page)).toMatchObject({ tag: 'h1' });
    await context.close();
  });

  it('a link to one word on Words explained leaves focus on that word', async () => {
    const { context, page } = await phoneContext(harness.browser, harness.server);
    await page.goto(`${harness.server.url}/promise`);
    await page.getByRole('link', { name: 'Social worker' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Words explained' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'social-worker');
    await page.waitForTimeout(200);
    expect(await focused(page)).toMatchObject({ id: 'social-worker' });
    await context.close();
  });
});
