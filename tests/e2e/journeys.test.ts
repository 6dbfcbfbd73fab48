import { describe, expect, it } from 'vitest';
import { axeViolations, waitForServiceWorker } from './support/browser';
import { tabTo, waitForStatuses } from './support/child';
import { useServerAndBrowser } from './support/harness';
import { openSection, signIn as signInAs } from './support/inbox';
import { addStaffByCli } from './support/server';

const PASSWORD = 'a long test password';
const signIn = (browser: Parameters<typeof signInAs>[0], server: Parameters<typeof signInAs>[1], email: string) =>
  signInAs(browser, server, email, PASSWORD);
const PHONE = '07700 900123';

describe('every journey works offline, then reaches the inbox exactly once', () => {
  const harness = useServerAndBrowser((server) => {
    addStaffByCli(server, 'advocacy@example.org', 'advocacy-coordinator', PASSWORD);
    addStaffByCli(server, 'facilitator@example.org', 'facilitator', PASSWORD);
  });

  it('asks for an advocate (keyboard only), says a good thing and asks to talk, all offline', async () => {
    const { server, browser } = harness;
    const phone = await browser.newContext();
    const page = await phone.newPage();
    await page.goto(`${server.url}/`);
    await page.evaluate(() =>
      localStorage.setItem('your-say:profile', JSON.stringify({ welcomed: true, careStatus: 'in-care', ageBand: '12-15' })),
    );
    await page.reload();
    await waitForServiceWorker(page);
    await phone.setOffline(true);

    await page.getByRole('link', { name: 'Ask for an advocate' }).click();
    await page.getByRole('heading', { level: 1, name: 'Ask for an advocate' }).waitFor();
    expect(await page.getByRole('link', { name: 'Call 999' }).isVisible()).toBe(true);
    // Keyboard only, one short step at a time; each step's question takes focus.
    const step = async (name: string) => {
      await page.getByRole('heading', { level: 2, name }).waitFor();
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(name);
    };
    await tabTo(page, 'Start');
    await page.keyboard.press('Enter');
    await step('What is it about?');
    await tabTo(page, 'A meeting about me');
    await page.keyboard.press('Space');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await step('Tell us more');
    await tabTo(page, 'Tell us more if you want to');
    await page.keyboard.type('My review is next week and I want help to speak.');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await step('How can we get in touch?');
    await tabTo(page, 'Send me a text');
    await page.keyboard.press('Space');
    await tabTo(page, 'Your phone number');
    await page.keyboard.type(PHONE);
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await step('Keeping you safe when we get in touch');
    await tabTo(page, 'Yes');
    await page.keyboard.press('ArrowRight');
    await tabTo(page, 'Evening');
    await page.keyboard.press('Space');
    await tabTo(page, 'Do not contact me at home');
    await page.keyboard.press('Space');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await step('Help with language or talking');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await step('How soon do you need help?');
    await tabTo(page, 'Today');
    await page.keyboard.press('Space');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await step('Check your answers');
    expect(await page.locator('.check-answers').textContent()).toContain(PHONE);
    await tabTo(page, 'Send my request');
    await page.keyboard.press('Enter');
    // Offline: it is on the phone only, and the screen says so; the 1-working-day promise waits.
    await page.getByRole('heading', { level: 2, name: 'Your request is saved on this phone' }).waitFor();
    await page.getByText('The 1 working day starts when it is sent.', { exact: false }).waitFor();
    expect(await page.getByText('Someone will get back to you within 1 working day.', { exact: false }).count()).toBe(0);
    await waitForStatuses(page, /^Saved on this phone$/, 1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Home' }).click();
    await page.getByRole('link', { name: 'Say something' }).click();
    await page.getByRole('radio', { name: 'A good thing' }).check();
    await page.getByLabel('What do you want to say?').fill('My foster carer helped me with homework.');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your message is saved on this phone' }).waitFor();
    await waitForStatuses(page, /^Saved on this phone$/, 1);

    await page.getByRole('link', { name: 'Home' }).click();
    await page.getByRole('link', { name: 'Say something' }).click();
    await page.getByRole('radio', { name: 'I want to talk to someone' }).check();
    await page.getByLabel('What do you want to talk about? You can leave this empty.').fill('Things at school.');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('alert').filter({ hasText: 'Pick at least one way to get in touch.' }).waitFor();
    await page.getByRole('checkbox', { name: 'Call me' }).check();
    await page.getByLabel('Your phone number').fill(PHONE);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your request is saved on this phone' }).waitFor();

    await page.getByRole('link', { name: 'Home' }).click();
    await page.getByText('(3 not sent yet)').waitFor();
    await page.getByRole('link', { name: 'What happened to what I said' }).click();
    await waitForStatuses(page, /^Saved on this phone$/, 3);
    await phone.setOffline(false);
    await waitForStatuses(page, /^Sent on /, 3);
    await page.getByText('Everything you said has been sent.').waitFor();
    await phone.close();

    const advocacy = await signIn(browser, server, 'advocacy@example.org');
    await openSection(advocacy.page, 'Advocate requests');
    const requests = advocacy.page.getByRole('table').getByRole('row').filter({ hasText: 'My review is next week' });
    await requests.first().waitFor();
    expect(await requests.count()).toBe(1);
    expect(await requests.textContent()).toContain(PHONE);
    expect(await axeViolations(advocacy.page)).toEqual([]);
    await advocacy.context.close();

    const facilitator = await signIn(browser, server, 'facilitator@example.org');
    await facilitator.page.getByRole('heading', { level: 1, name: 'Talk requests' }).waitFor();
    const talks = facilitator.page.getByRole('table').getByRole('row').filter({ hasText: 'Things at school.' });
    await talks.first().waitFor();
    expect(await talks.count()).toBe(1);
    expect(await facilitator.page.getByRole('link', { name: 'Advocate requests' }).count()).toBe(0);
    await openSection(facilitator.page, 'Messages');
    const messages = facilitator.page.getByRole('table').getByRole('row').filter({ hasText: 'helped me with homework' });
    await messages.first().waitFor();
    expect(await messages.count()).toBe(1);
    expect(await axeViolations(facilitator.page)).toEqual([]);
    await facilitator.context.close();
  });

  it('rates statements with the keyboard only', async () => {
    const { server, browser } = harness;
    const phone = await browser.newContext();
    const page = await phone.newPage();
    await page.goto(`${server.url}/`);
    await page.evaluate(() => localStorage.setItem('your-say:profile', JSON.stringify({ welcomed: true })));
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Your Say' }).waitFor();
    await tabTo(page, 'Rate your care');
    await page.keyboard.press('Enter');
    await page.getByText('1 of 14', { exact: true }).waitFor();
    await tabTo(page, 'Sometimes');
    await page.keyboard.press('Enter');
    await tabTo(page, 'Tell us more');
    await page.keyboard.type('Only at my reviews.');
    await tabTo(page, 'Next');
    await page.keyboard.press('Enter');
    await page.getByText('2 of 14', { exact: true }).waitFor();
    await tabTo(page, 'Skip');
    await page.keyboard.press('Enter');
    await page.getByText('3 of 14', { exact: true }).waitFor();
    await tabTo(page, 'Stop here and check my answers');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Check your answers' }).waitFor();
    expect(await page.getByText('Only at my reviews.').isVisible()).toBe(true);
    await tabTo(page, 'Send my answers');
    await page.keyboard.press('Enter');
    await waitForStatuses(page, /^Sent on /, 1);
    await page.getByText("2 answers about your care").waitFor();
    await phone.close();
  });
});
