/**
 * "The child can always see what they are answering": the safety bar stays slim, a new statement or
 * step is never hidden under it, and big text on a small phone never makes a screen scroll sideways.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useServerAndBrowser } from './support/harness';
import {
  CHILD_ROUTES,
  PHONE,
  SMALL_PHONE,
  type Placement,
  doubleTextSize,
  measureFit,
  phoneContext,
  placement,
  scrollToBottom,
} from './support/layout';

function expectInSight(where: Placement): void {
  expect(where.focused, 'the heading has focus').toBe(true);
  expect(where.top, 'the heading starts below the safety bar').toBeGreaterThanOrEqual(where.headerBottom);
  expect(where.bottom, 'the heading ends on screen').toBeLessThanOrEqual(where.viewportHeight);
}

describe('on a phone', () => {
  const harness = useServerAndBrowser();

  it.each([PHONE, SMALL_PHONE])('the safety bar is one slim line at $width px, with Exit this page fully on screen', async (size) => {
    const { context, page } = await phoneContext(harness.browser, harness.server, size);
    await page.goto(`${harness.server.url}/rate`);
    await page.getByRole('heading', { level: 1, name: 'Rate your care' }).waitFor();
    const bar = await page.locator('.safety-bar').boundingBox();
    const parts = await page.locator('.safety-bar a, .safety-bar .exit-button').evaluateAll((all) => all.map((el) => el.getBoundingClientRect().top));
    expect(bar?.height).toBeLessThanOrEqual(60);
    expect(Math.max(...parts) - Math.min(...parts), 'Home, Help now and Exit this page share one line').toBeLessThan(10);
    const fit = await measureFit(page);
    expect(fit.exit.left).toBeGreaterThanOrEqual(0);
    expect(fit.exit.right).toBeLessThanOrEqual(fit.viewport.width);
    await context.close();
  });

  it.each([
    ['normal text', false],
    ['200 % text', true],
  ])('after scrolling down and tapping Next (%s), the new statement is below the safety bar and has focus', async (_, big) => {
    const { context, page } = await phoneContext(harness.browser, harness.server, PHONE);
    await page.goto(`${harness.server.url}/rate`);
    await page.getByRole('heading', { level: 2, name: 'I know why I am in care.' }).waitFor();
    if (big) await doubleTextSize(page);
    await scrollToBottom(page);
    await page.getByRole('button', { name: 'Next' }).click();
    const next = page.getByRole('heading', { level: 2, name: 'I feel listened to.' });
    await next.waitFor();
    expectInSight(await placement(next));
    await context.close();
  });

  it('each step of "Ask for an advocate" shows its question below the safety bar, with focus (200 % text)', async () => {
    const { context, page } = await phoneContext(harness.browser, harness.server, PHONE);
    await page.goto(`${harness.server.url}/advocate`);
    await page.getByRole('heading', { level: 1, name: 'Ask for an advocate' }).waitFor();
    await doubleTextSize(page);
    const steps = ['What is it about?', 'Tell us more', 'How can we get in touch?'];
    await scrollToBottom(page);
    await page.getByRole('button', { name: 'Start' }).click();
    for (const [i, step] of steps.entries()) {
      const heading = page.getByRole('heading', { level: 2, name: step });
      await heading.waitFor();
      expectInSight(await placement(heading));
      if (i === steps.length - 1) break;
      await scrollToBottom(page);
      await page.getByRole('button', { name: 'Next' }).click();
    }
    // Next with no way to get in touch: the error summary, not the question, is what gets focus.
    await scrollToBottom(page);
    await page.getByRole('button', { name: 'Next' }).click();
    const summary = page.getByRole('heading', { level: 2, name: 'There is a problem' });
    await summary.waitFor();
    const box = await page.locator('.error-summary').boundingBox();
    const bar = await page.locator('.safety-bar').boundingBox();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
    expect(box?.y ?? 0).toBeGreaterThanOrEqual((bar?.y ?? 0) + (bar?.height ?? 0) - 1);
    await context.close();
  });

  it('each first-use step, the rating thanks and a form’s thanks are focused below the safety bar (200 % text)', async () => {
    const { context, page } = await phoneContext(harness.browser, harness.server, PHONE, true);
    await page.getByRole('heading', { level: 1, name: 'Before you start' }).waitFor();
    await doubleTextSize(page);
    const tapAtBottom = async (target: Page, button: string, heading: { level: number; name: string | RegExp }) => {
      await scrollToBottom(target);
      await target.getByRole('button', { name: button, exact: true }).click();
      const shown = target.getByRole('heading', heading);
      await shown.waitFor();
      expectInSight(await placement(shown));
    };
    await tapAtBottom(page, 'Next', { level: 1, name: 'About you' });
    await tapAtBottom(page, 'Skip this', { level: 1, name: 'Your Say' });

    await page.getByRole('link', { name: 'Rate your care' }).click();
    await page.getByRole('button', { name: 'Yes, mostly' }).click();
    await tapAtBottom(page, 'Stop here and check my answers', { level: 2, name: 'Check your answers' });
    await tapAtBottom(page, 'Send my answers', { level: 2, name: 'Thank you' });

    await page.getByRole('link', { name: 'Home', exact: true }).click();
    await page.getByRole('link', { name: 'Say something' }).click();
    await page.getByRole('radio', { name: 'A good thing' }).check();
    await page.getByLabel('What do you want to say?').fill('My foster carer is kind.');
    await tapAtBottom(page, 'Send', { level: 2, name: /^Your message (is saved on this phone|has been sent)$/ });
    await context.close();
  });
});

describe('200 % text on a 320 px phone', () => {
  const harness = useServerAndBrowser();
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ context, page } = await phoneContext(harness.browser, harness.server, SMALL_PHONE));
  });
  afterAll(async () => {
    await context.close();
  });

  async function expectFits(where: string): Promise<void> {
    await doubleTextSize(page);
    for (const moment of ['at the top', 'scrolled to the bottom']) {
      if (moment !== 'at the top') await scrollToBottom(page);
      const fit = await measureFit(page);
      expect(fit.scrollWidth, `${where} ${moment}: scrolls sideways`).toBeLessThanOrEqual(fit.clientWidth);
      expect(fit.exit.left, `${where} ${moment}: Exit this page`).toBeGreaterThanOrEqual(0);
      expect(fit.exit.top, `${where} ${moment}: Exit this page`).toBeGreaterThanOrEqual(0);
      expect(fit.exit.right, `${where} ${moment}: Exit this page`).toBeLessThanOrEqual(fit.viewport.width);
      expect(fit.exit.bottom, `${where} ${moment}: Exit this page`).toBeLessThanOrEqual(fit.viewport.height);
    }
  }

  it.each(CHILD_ROUTES)('%s fits, with Exit this page on screen', async (route, title) => {
    await page.goto(`${harness.server.url}${route}`);
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await expectFits(route);
  });

  it('/say with "I want to talk to someone" chosen (the contact questions) fits', async () => {
    await page.goto(`${harness.server.url}/say`);
    // click, not check: the contact questions load their words when first shown, and the screen waits.
    await page.getByRole('radio', { name: 'I want to talk to someone' }).click();
    await page.getByRole('checkbox', { name: 'Send me a text' }).check();
    await page.getByLabel('Your phone number').waitFor();
    await expectFits('/say, talk');
  });

  it('the two first-use screens fit', async () => {
    const fresh = await phoneContext(harness.browser, harness.server, SMALL_PHONE, true);
    page = fresh.page;
    await page.getByRole('heading', { level: 1, name: 'Before you start' }).waitFor();
    await expectFits('first use: privacy');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
    await expectFits('first use: about you');
    await fresh.context.close();
  });
});
