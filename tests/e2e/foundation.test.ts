import { describe, expect, it } from 'vitest';
import { axeViolations, waitForServiceWorker } from './support/browser';
import { finishFirstUse, waitForStatuses } from './support/child';
import { useServerAndBrowser } from './support/harness';
import { addStaffByCli } from './support/server';

const STAFF_EMAIL = 'admin@example.org';
const STAFF_PASSWORD = 'a long test password';
const RATED = [
  { step: 1, statement: 'I know why I am in care.', answer: 'Yes, mostly' },
  { step: 2, statement: 'I feel listened to.', answer: 'Sometimes' },
  { step: 9, statement: 'My birthdays are remembered.', answer: 'Not really' },
];

describe('a rating travels from an offline phone to the inbox', () => {
  const harness = useServerAndBrowser((server) => addStaffByCli(server, STAFF_EMAIL, 'admin', STAFF_PASSWORD));

  it('keeps ratings on the phone offline, sends them online, and staff see each once', async () => {
    const { server, browser } = harness;
    const phone = await browser.newContext();
    const page = await phone.newPage();
    await page.goto(`${server.url}/`);
    await finishFirstUse(page, { careStatus: 'I am in care', ageBand: '12 to 15' });
    await waitForServiceWorker(page);

    await phone.setOffline(true);
    await page.reload();
    await page.getByRole('link', { name: 'Rate your care' }).click();
    await page.getByRole('heading', { level: 1, name: 'Rate your care' }).waitFor();

    for (let step = 1; step <= 9; step += 1) {
      await page.getByText(`${step} of 14`, { exact: true }).waitFor();
      const rated = RATED.find((r) => r.step === step);
      if (rated) {
        await page.getByRole('heading', { level: 2, name: rated.statement }).waitFor();
        await page.getByRole('button', { name: rated.answer }).click();
      }
      await page.getByRole('button', { name: 'Next' }).click();
    }
    await page.getByRole('button', { name: 'Stop here and check my answers' }).click();
    await page.getByRole('heading', { level: 2, name: 'Check your answers' }).waitFor();
    expect(await page.locator('.review-list > li').count()).toBe(3);
    await page.getByRole('button', { name: 'Send my answers' }).click();

    await page.getByRole('heading', { level: 2, name: 'Thank you' }).waitFor();
    await page.getByText('Your answers are saved on this phone.', { exact: false }).waitFor();
    await page.getByText('3 answers about your care').waitFor();
    await waitForStatuses(page, /^Saved on this phone$/, 1);
    await page.getByText('3 things are not sent yet.', { exact: false }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await phone.setOffline(false);
    await waitForStatuses(page, /^Sent on /, 1);
    await page.getByText('Your answers have been sent.').waitFor();
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

    const recent = inbox.getByRole('table', { name: /newest rating/i });
    expect(await recent.getByRole('row').count()).toBe(1 + RATED.length);
    for (const { statement, answer } of RATED) {
      const matching = recent.getByRole('row').filter({ hasText: statement });
      expect(await matching.count()).toBe(1);
      expect(await matching.getByRole('cell').nth(1).textContent()).toBe(answer);
    }
    expect(await axeViolations(inbox)).toEqual([]);
    await office.close();
  });
});
