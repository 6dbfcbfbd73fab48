/**
 * "Nothing a child wrote is left on the device for the next person": after the server confirms an
 * advocate request, a talk request, a message and a rating (each with its own marker words and a
 * phone number), no store the page can reach holds any of them. Then "Clear my answers" takes the
 * rest: an unsent rating draft and, when ticked, "About you".
 */
import { describe, expect, it } from 'vitest';
import { waitForServiceWorker } from './support/browser';
import { askForAdvocate } from './support/child';
import { dumpDevice } from './support/device-dump';
import { useServerAndBrowser } from './support/harness';
import { serverItems } from './support/sync';

const MARKERS = {
  advocate: 'Zebracorn advocate words',
  talk: 'Quillfeather talk words',
  message: 'Moonpickle message words',
  rating: 'Sunbadger rating words',
  phone: '07700 900456',
  email: 'lanternfish@example.org',
};

/** The dump's lines holding `marker`, cut short: a failure names the store without printing the page. */
function linesWith(dump: string, marker: string): string[] {
  return dump.split('\n').filter((line) => line.includes(marker)).map((line) => line.slice(0, 160));
}

describe('nothing a child wrote is left on the phone', () => {
  const harness = useServerAndBrowser();

  it('keeps no words, answers or contact details once the server has them, and clears the rest on request', async () => {
    const { server, browser } = harness;
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.evaluate(() =>
      localStorage.setItem('your-say:profile', JSON.stringify({ welcomed: true, careStatus: 'in-care', ageBand: '12-15' })),
    );
    await page.reload();
    await waitForServiceWorker(page);

    await page.getByRole('link', { name: 'Ask for an advocate' }).click();
    await askForAdvocate(page, { details: MARKERS.advocate, methods: ['Call me'], phone: MARKERS.phone });
    await page.getByRole('heading', { level: 2, name: 'Your request has been sent' }).waitFor();

    await page.goto(`${server.url}/say`);
    await page.getByRole('radio', { name: 'I want to talk to someone' }).check();
    await page.getByLabel('What do you want to talk about? You can leave this empty.').fill(MARKERS.talk);
    await page.getByRole('checkbox', { name: 'Send me an email' }).check();
    await page.getByLabel('Your email').fill(MARKERS.email);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your request has been sent' }).waitFor();

    await page.goto(`${server.url}/say`);
    await page.getByRole('radio', { name: 'An idea' }).check();
    await page.getByLabel('What do you want to say?').fill(MARKERS.message);
    // The dump sees what is on the page: the marker is there before sending (so the test can fail).
    expect(await dumpDevice(page)).toContain(MARKERS.message);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your message has been sent' }).waitFor();

    await page.goto(`${server.url}/rate`);
    await page.getByRole('button', { name: 'Sometimes' }).click();
    await page.getByLabel('Tell us more').fill(MARKERS.rating);
    await page.getByRole('button', { name: 'Stop here and check my answers' }).click();
    expect(await dumpDevice(page)).toContain(MARKERS.rating); // in the draft and on screen until sent
    await page.getByRole('button', { name: 'Send my answers' }).click();
    await page.getByText('Your answers have been sent.').waitFor();

    const afterSending = await dumpDevice(page);
    for (const [what, marker] of Object.entries(MARKERS)) expect(linesWith(afterSending, marker), `${what} left on the phone`).toEqual([]);
    // The receipts are there, with neutral labels only.
    for (const label of ['advocate', 'talk', 'message', 'answer']) expect(afterSending).toContain(`"label":"${label}"`);
    await page.goto(`${server.url}/sent`);
    await page.getByText('1 answer about your care').waitFor();
    const onSentScreen = await dumpDevice(page);
    for (const [what, marker] of Object.entries(MARKERS)) expect(linesWith(onSentScreen, marker), `${what} on /sent`).toEqual([]);

    // Every item reached the server with its words.
    const onServer = JSON.stringify(serverItems(server.dataDir).items);
    for (const marker of [MARKERS.advocate, MARKERS.talk, MARKERS.message, MARKERS.rating, MARKERS.phone, MARKERS.email]) {
      expect(onServer).toContain(marker);
    }

    // A rating started but not sent lives in this visit's draft; "Clear my answers" takes it, and About you.
    await page.goto(`${server.url}/rate`);
    await page.getByRole('button', { name: 'Not really' }).click();
    await page.getByLabel('Tell us more').fill('Draftmoth words');
    await page.getByRole('button', { name: 'Next' }).click();
    expect(await dumpDevice(page)).toContain('Draftmoth');
    await page.goto(`${server.url}/sent`);
    await page.getByRole('button', { name: 'Clear my answers from this phone' }).click();
    await page.getByRole('checkbox', { name: /Also clear About you/ }).check();
    await page.getByRole('button', { name: 'Yes, clear them' }).click();
    const done = page.getByRole('status').filter({ hasText: 'Done. We took these off this phone:' });
    await done.waitFor();
    for (const line of ['4 notes that things were sent', 'Answers you had started but not sent', 'About you']) {
      await done.getByText(line, { exact: true }).waitFor();
    }
    const afterClearing = await dumpDevice(page);
    expect(linesWith(afterClearing, 'Draftmoth')).toEqual([]);
    expect(linesWith(afterClearing, '"label":')).toEqual([]);
    const profile = await page.evaluate(() => JSON.parse(localStorage.getItem('your-say:profile') ?? '{}') as object);
    expect(profile).toEqual({ welcomed: true });
    await context.close();
  });
});
