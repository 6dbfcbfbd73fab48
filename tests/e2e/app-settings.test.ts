import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForServiceWorker } from './support/browser';
import { useServerAndBrowser } from './support/harness';
import type { RunningServer } from './support/server';

async function openAs(browser: Browser, server: RunningServer, profile: object): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(`${server.url}/`);
  await page.evaluate((p) => localStorage.setItem('your-say:profile', JSON.stringify(p)), profile);
  return page;
}

describe('settings, care leavers and "You said, we did"', () => {
  const harness = useServerAndBrowser();

  it('makes the text bigger and keeps it after a reload', async () => {
    const page = await openAs(harness.browser, harness.server, { welcomed: true });
    await page.goto(`${harness.server.url}/settings`);
    const size = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const before = await size();
    await page.getByRole('checkbox', { name: 'Make the text bigger' }).check();
    expect(await size()).toBeGreaterThan(before);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    expect(await size()).toBeGreaterThan(before);
    await page.close();
  });

  it('says plainly when the phone has no voice to read aloud with', async () => {
    const page = await openAs(harness.browser, harness.server, { welcomed: true });
    await page.addInitScript(() => {
      Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [] });
    });
    await page.goto(`${harness.server.url}/settings`);
    await page.getByRole('button', { name: 'Read aloud' }).click();
    await page.getByText('Sorry, this phone cannot read aloud.').waitFor();
    await page.close();
  });

  it('reads a statement aloud with the phone voice when there is one', async () => {
    const page = await openAs(harness.browser, harness.server, { welcomed: true });
    await page.addInitScript(() => {
      const spoken: string[] = [];
      (window as unknown as { spoken: string[] }).spoken = spoken;
      Object.defineProperty(window.speechSynthesis, 'getVoices', { value: () => [{ lang: 'en-GB' }] });
      Object.defineProperty(window.speechSynthesis, 'speak', { value: (u: SpeechSynthesisUtterance) => spoken.push(u.text) });
    });
    await page.goto(`${harness.server.url}/rate`);
    await page.getByRole('button', { name: 'Read aloud' }).click();
    expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual(['I know why I am in care.']);
    await page.close();
  });

  it('gives care leavers the leaving-care statements', async () => {
    const page = await openAs(harness.browser, harness.server, { welcomed: true, careStatus: 'care-leaver' });
    await page.goto(`${harness.server.url}/rate`);
    await page.getByRole('heading', { level: 1, name: 'Rate your care after leaving care' }).waitFor();
    expect(await page.getByText('1 of 8', { exact: true }).isVisible()).toBe(true);
    await page.close();
  });

  it('keeps "You said, we did" for reading offline', async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${harness.server.url}/`);
    await page.evaluate(() => localStorage.setItem('your-say:profile', JSON.stringify({ welcomed: true })));
    await waitForServiceWorker(page);
    await page.goto(`${harness.server.url}/you-said-we-did`);
    await page.getByText('There is nothing here yet.', { exact: false }).waitFor();
    await context.setOffline(true);
    await page.reload();
    await page.getByText('You are offline. This is what we saved last time.').waitFor();
    await context.close();
  });

  it('clears answers from the phone only after a warning that names what is not sent', async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${harness.server.url}/`);
    await page.evaluate(() => localStorage.setItem('your-say:profile', JSON.stringify({ welcomed: true })));
    await waitForServiceWorker(page);
    await context.setOffline(true);
    await page.goto(`${harness.server.url}/rate`);
    await page.getByRole('button', { name: 'Not really' }).click();
    await page.getByRole('button', { name: 'Stop here and check my answers' }).click();
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByRole('link', { name: 'See what you sent from this phone' }).click();
    await page.getByRole('button', { name: 'Clear my answers from this phone' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Clear your answers?' });
    await dialog.getByText('1 thing is not sent yet. It will be lost.').waitFor();
    await dialog.getByRole('button', { name: 'No, keep them' }).click();
    expect(await page.getByRole('heading', { level: 2, name: 'Not sent yet' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Clear my answers from this phone' }).click();
    await page.getByRole('button', { name: 'Yes, clear them' }).click();
    await page.getByRole('status').filter({ hasText: 'Done. We took these off this phone:' }).waitFor();
    await page.getByText('1 thing that was not sent yet').waitFor();
    await page.getByText('There is nothing here. Nothing is waiting to be sent.').waitFor();
    await context.close();
  });
});
