import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, launchBrowser, waitForServiceWorker } from './support/browser';
import { type RunningServer, addStaffByCli, startServer } from './support/server';

const STAFF_EMAIL = 'admin@example.org';
const STAFF_PASSWORD = 'a long test password';
const RATED = [
  { statement: 'I know why I am in care.', answer: 'Yes, mostly' },
  { statement: 'I feel listened to.', answer: 'Sometimes' },
  { statement: 'My birthdays are remembered.', answer: 'Not really' },
];

describe('a rating travels from an offline phone to the inbox', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    addStaffByCli(server, STAFF_EMAIL, 'admin', STAFF_PASSWORD);
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('keeps ratings on the phone offline, sends them online, and staff see each once', async () => {
    const phone = await browser.newContext();
    const page = await phone.newPage();
    await page.goto(`${server.url}/`);
    await page.getByRole('heading', { level: 1, name: 'Your Say' }).waitFor();
    await waitForServiceWorker(page);

    await phone.setOffline(true);
    await page.reload();
    await page.getByRole('link', { name: 'Rate your care' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rate your care' }).waitFor();

    for (const { statement, answer } of RATED) {
      const card = page.getByRole('article', { name: statement });
      await card.getByRole('button', { name: answer }).click();
      await card.getByRole('status').filter({ hasText: 'Saved on this phone' }).waitFor();
    }
    expect(await page.getByText('3 things are not sent yet.', { exact: false }).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await phone.setOffline(false);
    for (const { statement } of RATED) {
      await page.getByRole('article', { name: statement }).getByRole('status').filter({ hasText: /^Sent$/ }).waitFor();
    }
    await page.getByText('Everything you said has been sent.').waitFor();
    await phone.close();

    const office = await browser.newContext();
    const inbox = await office.newPage();
    await inbox.goto(`${server.url}/inbox/`);
    await inbox.getByRole('heading', { level: 1 }).waitFor();
    expect(await axeViolations(inbox)).toEqual([]);
    await inbox.getByLabel('Email').fill(STAFF_EMAIL);
    await inbox.getByLabel('Password').fill(STAFF_PASSWORD);
    await inbox.getByRole('button', { name: 'Sign in' }).click();
    await inbox.getByRole('heading', { level: 1, name: 'Ratings' }).waitFor();
    await inbox.getByRole('heading', { name: 'Newest ratings' }).waitFor();

    const recent = inbox.getByRole('table').nth(1);
    const rows = recent.getByRole('row');
    expect(await rows.count()).toBe(1 + RATED.length);
    for (const { statement, answer } of RATED) {
      const matching = recent.getByRole('row').filter({ hasText: statement });
      expect(await matching.count()).toBe(1);
      expect(await matching.getByRole('cell').nth(1).textContent()).toBe(answer);
    }
    expect(await axeViolations(inbox)).toEqual([]);
    await office.close();
  });
});
