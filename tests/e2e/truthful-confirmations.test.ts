/**
 * Every sentence true: each journey's confirmation says "saved on this phone" while the item is only
 * on the phone (offline), and "sent" once the server has it; a refused item says so. The promise of
 * a reply within 1 working day is made only once the request has been sent.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { waitForServiceWorker } from './support/browser';
import { askForAdvocate, waitForStatuses } from './support/child';
import { useServerAndBrowser } from './support/harness';

const PHONE = '07700 900321';

async function offlinePhone(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${url}/`);
  await page.evaluate(() => localStorage.setItem('your-say:profile', JSON.stringify({ welcomed: true, careStatus: 'in-care' })));
  await page.reload();
  await waitForServiceWorker(page);
  await context.setOffline(true);
  return page;
}

const heading = (page: Page, name: string) => page.getByRole('heading', { level: 2, name }).waitFor();

describe('confirmation screens say where an item really is', () => {
  const harness = useServerAndBrowser();

  it('an advocate request: saved on this phone offline, with no reply promised yet; sent online, with the promise', async () => {
    const context = await harness.browser.newContext();
    const page = await offlinePhone(context, harness.server.url);
    await page.getByRole('link', { name: 'Ask for an advocate' }).click();
    await askForAdvocate(page, { topics: ['School'], methods: ['Send me a text'], phone: PHONE });
    await heading(page, 'Your request is saved on this phone');
    await page.getByText('It is not sent yet. It will go when you have signal and Your Say is open.').waitFor();
    await page.getByText('The 1 working day starts when it is sent.', { exact: false }).waitFor();
    await waitForStatuses(page, /^Saved on this phone$/, 1);
    expect(await page.getByText(/within 1 working day/).count()).toBe(0);
    expect(await page.getByText(/We have your request/).count()).toBe(0);

    await context.setOffline(false);
    await heading(page, 'Your request has been sent');
    await page.getByText('Someone will get back to you within 1 working day.', { exact: false }).waitFor();
    await waitForStatuses(page, /^Sent on /, 1);
    expect(await page.getByText('It is not sent yet.', { exact: false }).count()).toBe(0);
    await context.close();
  });

  it('a message and a talk request: saved offline, sent online, each with its own words', async () => {
    const context = await harness.browser.newContext();
    const page = await offlinePhone(context, harness.server.url);
    await page.getByRole('link', { name: 'Say something' }).click();
    await page.getByRole('radio', { name: 'A good thing' }).check();
    await page.getByLabel('What do you want to say?').fill('My carer cooks nice food.');
    await page.getByRole('button', { name: 'Send' }).click();
    await heading(page, 'Your message is saved on this phone');
    await page.locator('.promise').getByText('It will go when you have signal and Your Say is open.', { exact: false }).waitFor();
    await context.setOffline(false);
    await heading(page, 'Your message has been sent');
    await page.getByText('It does not have your name, so they cannot reply.', { exact: false }).waitFor();

    await context.setOffline(true);
    await page.getByRole('link', { name: 'Home' }).click();
    await page.getByRole('link', { name: 'Say something' }).click();
    await page.getByRole('radio', { name: 'I want to talk to someone' }).check();
    await page.getByRole('checkbox', { name: 'Call me' }).check();
    await page.getByLabel('Your phone number').fill(PHONE);
    await page.getByRole('button', { name: 'Send' }).click();
    await heading(page, 'Your request is saved on this phone');
    await page.getByText('Then someone will get in touch with you.', { exact: false }).waitFor();
    await context.setOffline(false);
    await heading(page, 'Your request has been sent');
    await waitForStatuses(page, /^Sent on /, 1);
    await context.close();
  });

  it('ratings: saved on this phone offline, sent online', async () => {
    const context = await harness.browser.newContext();
    const page = await offlinePhone(context, harness.server.url);
    await page.getByRole('link', { name: 'Rate your care' }).click();
    await page.getByRole('button', { name: 'Yes, mostly' }).click();
    await page.getByRole('button', { name: 'Stop here and check my answers' }).click();
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByText('Your answers are saved on this phone. They will go when you have signal and Your Say is open.').waitFor();
    await page.getByText('1 thing is not sent yet. It will go when you have signal and Your Say is open.').waitFor();
    await context.setOffline(false);
    await page.getByText('Your answers have been sent.').waitFor();
    await waitForStatuses(page, /^Sent on /, 1);
    await context.close();
  });

  it('an item the council refuses: "could not be sent", still on the phone, and no promise', async () => {
    // No service worker here, so the test can answer for the server.
    const context = await harness.browser.newContext({ serviceWorkers: 'block' });
    await context.route('**/api/v1/sync', async (route) => {
      const body = route.request().postDataJSON() as { items: { id: string }[] };
      await route.fulfill({ json: { results: body.items.map((item) => ({ id: item.id, status: 'rejected', reason: 'test' })) } });
    });
    const page = await context.newPage();
    await page.goto(`${harness.server.url}/`);
    await page.evaluate(() => localStorage.setItem('your-say:profile', JSON.stringify({ welcomed: true })));
    await page.goto(`${harness.server.url}/advocate`);
    await askForAdvocate(page, { methods: ['Call me'], phone: PHONE });
    await heading(page, 'Your request could not be sent');
    await page.locator('.promise').getByText('It is still on this phone. Press Send now to try again.').waitFor();
    await page.getByText('1 thing could not be sent. It is still on this phone.', { exact: false }).waitFor();
    expect(await page.getByText(/within 1 working day/).count()).toBe(0);
    await context.close();
  });

  it('care leavers are told their statements are new, and may rate the 14 instead', async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${harness.server.url}/`);
    await page.evaluate(() => localStorage.setItem('your-say:profile', JSON.stringify({ welcomed: true, careStatus: 'care-leaver' })));
    await page.goto(`${harness.server.url}/rate`);
    await page.getByText('These are new. Is it like this for you? You can also tell us if the words are right.').waitFor();
    expect(await page.getByText('Children in care wrote what good care looks like.', { exact: false }).count()).toBe(0);
    await page.getByText('1 of 8', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Rate the 14 things children in care wrote instead' }).click();
    await page.getByText('1 of 14', { exact: true }).waitFor();
    await page.getByRole('link', { name: 'Rate the things for care leavers instead' }).waitFor();
    await context.close();
  });
});
