/**
 * Each staff role's main journey through the real inbox, server and database: the advocacy coordinator
 * triages a request a child sent from the app; a facilitator never sees contact details; an admin reads
 * the audit trail of both.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/browser';
import { askForAdvocate, markWelcomed } from './support/child';
import { useServerAndBrowser } from './support/harness';
import { apiFromPage, openSection, signIn } from './support/inbox';
import { addStaffByCli } from './support/server';

const PASSWORD = 'a long test password';
const PHONE = '07700 900456';
const EMAIL = 'reach-me@example.org';

/**
 * Clicks a controlled checkbox or radio and waits for React to draw it ticked. (Playwright's check()
 * looks straight after the click, before React has re-rendered the controlled input.)
 */
async function tick(control: Locator): Promise<void> {
  await control.click();
  await control.page().waitForFunction((element) => (element as HTMLInputElement).checked, await control.elementHandle());
}

async function askForAdvocateFromApp(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await markWelcomed(page);
  await page.reload();
  // Let the page settle (the service worker registers after load) so the form is not re-drawn under the pointer.
  await page.waitForLoadState('networkidle');
  await page.getByRole('link', { name: 'Ask for an advocate' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ask for an advocate' }).waitFor();
  await askForAdvocate(page, {
    topics: ['A meeting about me'],
    details: 'I want help before my review.',
    methods: ['Send me a text'],
    phone: PHONE,
    urgency: 'Today',
  });
  await page.getByRole('heading', { level: 2, name: /^Your request (is saved on this phone|has been sent)$/ }).waitFor();
}

async function askToTalkFromApp(page: Page, baseUrl: string): Promise<void> {
  await page.goto(`${baseUrl}/`);
  await markWelcomed(page);
  await page.reload();
  // Let the page settle (the service worker registers after load) so the form is not re-drawn under the pointer.
  await page.waitForLoadState('networkidle');
  await page.getByRole('link', { name: 'Say something' }).click();
  await page.getByRole('heading', { level: 1, name: 'Say something' }).waitFor();
  await tick(page.getByRole('radio', { name: 'I want to talk to someone' }));
  await page.getByLabel('What do you want to talk about? You can leave this empty.').fill('Problems at my new home.');
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByRole('alert').filter({ hasText: 'Pick at least one way to get in touch.' }).waitFor();
  await tick(page.getByRole('checkbox', { name: 'Send me an email' }));
  await page.getByLabel('Your email').fill(EMAIL);
  await page.getByRole('button', { name: 'Send' }).click();
  await page.getByRole('heading', { level: 2, name: /^Your request (is saved on this phone|has been sent)$/ }).waitFor();
}

async function waitUntilSent(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByRole('link', { name: 'What happened to what I said' }).click();
  await page.getByText(/^Sent on /).first().waitFor({ timeout: 30_000 });
}

describe('each staff role in the inbox', () => {
  const harness = useServerAndBrowser((server) => {
    addStaffByCli(server, 'admin@example.org', 'admin', PASSWORD);
    addStaffByCli(server, 'advocacy@example.org', 'advocacy-coordinator', PASSWORD);
    addStaffByCli(server, 'facilitator@example.org', 'facilitator', PASSWORD);
  });

  it('the advocacy coordinator triages a request sent from the app: contacted with a note, then closed', async () => {
    const { server, browser } = harness;
    const phone = await browser.newContext();
    const child = await phone.newPage();
    await askForAdvocateFromApp(child, server.url);
    await waitUntilSent(child);
    await phone.close();

    const { context, page } = await signIn(browser, server, 'advocacy@example.org', PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Advocate requests' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'I want help before my review.' });
    await row.waitFor();
    expect(await row.textContent()).toContain(PHONE);
    expect(await row.textContent()).toContain('New');
    expect(await axeViolations(page)).toEqual([]);

    await row.getByLabel('New status').selectOption({ label: 'Contacted' });
    await row.getByLabel('Note (optional)').fill('Texted back, meeting on Friday.');
    await row.getByRole('button', { name: 'Save' }).click();
    await row.getByRole('status').filter({ hasText: 'Saved: now Contacted.' }).waitFor();
    // The list reloads after a move: wait until Closed is the only way forward left.
    await expect.poll(() => row.getByLabel('New status').locator('option').allTextContents()).toEqual(['Closed']);
    await row.getByRole('button', { name: 'Save' }).click();
    await row.getByRole('status').filter({ hasText: 'Saved: now Closed.' }).waitFor();
    await row.getByText('Closed. This is final.').waitFor();
    await context.close();

    const admin = await signIn(browser, server, 'admin@example.org', PASSWORD);
    await openSection(admin.page, 'Audit log');
    const entries = admin.page.getByRole('row').filter({ hasText: 'advocate-request:status' });
    await entries.first().waitFor();
    expect(await entries.count()).toBe(2);
    expect(await admin.page.getByRole('table').first().textContent()).not.toContain('Texted back');
    expect(await axeViolations(admin.page)).toEqual([]);
    await admin.context.close();
  });

  it('a facilitator sees a talk request first and moves it on, but never its contact details', async () => {
    const { server, browser } = harness;
    const phone = await browser.newContext();
    const child = await phone.newPage();
    await askToTalkFromApp(child, server.url);
    await waitUntilSent(child);
    await phone.close();

    const { context, page } = await signIn(browser, server, 'facilitator@example.org', PASSWORD);
    // Flags come first: the facilitator lands on talk requests.
    await page.getByRole('heading', { level: 1, name: 'Talk requests' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Problems at my new home.' });
    await row.waitFor();
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).not.toContain(EMAIL);
    expect(text).toContain('Contact details are shown only to the advocacy coordinator.');
    expect(await page.getByRole('link', { name: 'Advocate requests' }).count()).toBe(0);
    await row.getByRole('button', { name: 'Save' }).click();
    await row.getByRole('status').filter({ hasText: 'Saved: now Contacted.' }).waitFor();

    // Not in the UI, and 403 from the API.
    const listed = await apiFromPage(page, 'GET', '/inbox/talk-requests');
    expect(listed.status).toBe(200);
    expect(listed.text).not.toContain(EMAIL);
    const id = (JSON.parse(listed.text) as { requests: { id: string }[] }).requests[0]?.id ?? 'none';
    expect((await apiFromPage(page, 'GET', `/inbox/talk-requests/${id}/contact`)).status).toBe(403);
    expect((await apiFromPage(page, 'GET', '/inbox/advocate-requests')).status).toBe(403);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();

    const coordinator = await signIn(browser, server, 'advocacy@example.org', PASSWORD);
    await openSection(coordinator.page, 'Talk requests');
    await coordinator.page.getByRole('row').filter({ hasText: EMAIL }).waitFor();
    await coordinator.context.close();
  });
});
