/**
 * Forms never fail silently: a GOV.UK-style error summary at the top takes focus and links to each
 * field, and each field shows its own message. "Say something" steers a child with a problem, or
 * words of danger, to someone who can help, without blocking anything.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/browser';
import { markWelcomed } from './support/child';
import { useServerAndBrowser } from './support/harness';

async function open(page: Page, url: string, route: string): Promise<void> {
  await page.goto(`${url}/`);
  await markWelcomed(page);
  await page.goto(`${url}${route}`);
}

const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? document.activeElement?.className ?? '');

async function expectSummary(page: Page, message: string, fieldId: string): Promise<void> {
  const summary = page.locator('.error-summary');
  await summary.getByRole('heading', { name: 'There is a problem' }).waitFor();
  expect(await page.evaluate(() => document.activeElement?.classList.contains('error-summary'))).toBe(true);
  await summary.getByRole('link', { name: message }).click();
  expect(await focusedId(page)).toBe(fieldId);
  // The field's question starts below the safety bar, not under it.
  const bar = await page.locator('.safety-bar').boundingBox();
  const question = await page.evaluate((id) => {
    const field = document.getElementById(id);
    return (field?.closest('fieldset, p') ?? field)?.getBoundingClientRect().top ?? -1;
  }, fieldId);
  expect(question).toBeGreaterThanOrEqual((bar?.y ?? 0) + (bar?.height ?? 0) - 1);
  await page.locator('.field-error').filter({ hasText: message }).waitFor();
}

describe('form errors and help on the young person forms', () => {
  const harness = useServerAndBrowser();

  it('"Say something": each missing answer is named at the top, linked, and shown at its field', async () => {
    const page = await harness.browser.newPage();
    await open(page, harness.server.url, '/say');
    await page.getByRole('button', { name: 'Send' }).click();
    await expectSummary(page, 'Pick what you want to tell us.', 'say-type-good-thing');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('radio', { name: 'An idea' }).check();
    await page.getByRole('button', { name: 'Send' }).click();
    await expectSummary(page, 'Write what you want to say.', 'say-text');
    expect(await page.getByLabel('What do you want to say?').getAttribute('aria-invalid')).toBe('true');

    await page.getByRole('radio', { name: 'I want to talk to someone' }).check();
    await page.getByRole('button', { name: 'Send' }).click();
    await expectSummary(page, 'Pick at least one way to get in touch.', 'contact-method-text');
    await page.getByRole('checkbox', { name: 'Send me a text' }).check();
    await page.getByRole('button', { name: 'Send' }).click();
    await expectSummary(page, 'Add your phone number so we can text or call.', 'contact-phone');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('"Ask for an advocate": the contact step will not go on without a way to get in touch, and says why', async () => {
    const page = await harness.browser.newPage();
    await open(page, harness.server.url, '/advocate');
    await page.getByRole('button', { name: 'Start' }).click();
    for (const step of ['What is it about?', 'Tell us more']) {
      await page.getByRole('heading', { level: 2, name: step }).waitFor();
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await page.getByRole('heading', { level: 2, name: 'How can we get in touch?' }).waitFor();
    await page.getByRole('button', { name: 'Next' }).click();
    await expectSummary(page, 'Pick at least one way to get in touch.', 'contact-method-text');
    await page.getByRole('checkbox', { name: 'Send me an email' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expectSummary(page, 'Add your email so we can email you.', 'contact-email');
    expect(await page.getByRole('heading', { level: 2, name: 'How can we get in touch?' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('steers a problem, or words of danger, to someone who can help, and blocks nothing', async () => {
    const page = await harness.browser.newPage();
    await open(page, harness.server.url, '/say');
    const steer = page.getByRole('complementary', { name: 'Do you need help?' });
    // The danger box sits above the text box.
    const dangerBox = await page.getByRole('complementary', { name: 'In danger now?' }).boundingBox();
    const textBox = await page.getByLabel('What do you want to say?').boundingBox();
    expect((dangerBox?.y ?? Infinity) < (textBox?.y ?? 0)).toBe(true);
    expect(await steer.count()).toBe(0);

    await page.getByRole('radio', { name: 'An idea' }).check();
    await page.getByLabel('What do you want to say?').fill('Someone at my house hit me');
    await steer.waitFor();
    await steer.getByText('This message does not say who you are.', { exact: false }).waitFor();
    expect(await steer.getByRole('link', { name: 'Call Childline free: 0800 1111' }).getAttribute('href')).toBe('tel:08001111');
    expect(await steer.getByRole('link', { name: 'In danger now? Call 999' }).getAttribute('href')).toBe('tel:999');

    await page.getByLabel('What do you want to say?').fill('We should have a games night');
    await steer.waitFor({ state: 'detached' });
    await page.getByRole('radio', { name: 'A problem' }).check();
    await steer.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    await steer.getByRole('button', { name: 'I want to talk to someone' }).click();
    expect(await page.getByRole('radio', { name: 'I want to talk to someone' }).isChecked()).toBe(true);
    await page.getByText('Someone will get in touch with you. So we need to know how to reach you.').waitFor();
    // The child carries on at their words: the box's question just below the safety bar, the box in sight.
    expect(await focusedId(page)).toBe('say-text');
    const bar = await page.locator('.safety-bar').boundingBox();
    const question = await page.locator('label[for="say-text"]').boundingBox();
    const box = await page.locator('#say-text').boundingBox();
    expect(question?.y ?? 0).toBeGreaterThanOrEqual((bar?.y ?? 0) + (bar?.height ?? 0) - 1);
    expect(box?.y ?? Infinity).toBeLessThan(740);
    await page.close();
  });
});
