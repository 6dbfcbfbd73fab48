/**
 * Answers started but not sent: kept for this visit, so Help now or Back loses nothing, and gone
 * when the child presses "Exit this page" (a hand-over) or sends them.
 */
import { describe, expect, it } from 'vitest';
import { markWelcomed } from './support/child';
import { useServerAndBrowser } from './support/harness';

const PHONE = '07700 900654';
const draftKeys = () => Object.keys(sessionStorage).filter((key) => key.startsWith('your-say:draft:'));

describe('answers started but not sent', () => {
  const harness = useServerAndBrowser();

  it('survive Help now and Back, return to the same step, and go when the child exits', async () => {
    const context = await harness.browser.newContext();
    await context.route('https://www.bbc.co.uk/**', (route) => route.fulfill({ contentType: 'text/html', body: '<title>BBC Weather</title>' }));
    const page = await context.newPage();
    await page.goto(`${harness.server.url}/`);
    await markWelcomed(page);
    await page.goto(`${harness.server.url}/advocate`);
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('checkbox', { name: 'School' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel('Tell us more if you want to').fill('Owlbutton words');
    await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('checkbox', { name: 'Call me' }).check();
    await page.getByLabel('Your phone number').fill(PHONE);

    await page.getByRole('link', { name: 'Help now', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Help now' }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { level: 2, name: 'How can we get in touch?' }).waitFor();
    expect(await page.getByLabel('Your phone number').inputValue()).toBe(PHONE);
    await page.getByRole('button', { name: 'Back' }).click();
    expect(await page.getByLabel('Tell us more if you want to').inputValue()).toBe('Owlbutton words');

    // "Change" on Check your answers comes back to the check.
    await page.getByRole('button', { name: 'Next' }).click();
    for (let step = 0; step < 4; step += 1) await page.getByRole('button', { name: 'Next' }).click();
    await page.getByRole('heading', { level: 2, name: 'Check your answers' }).waitFor();
    await page.getByRole('button', { name: 'Change What it is about' }).click();
    await page.getByRole('checkbox', { name: 'Where I live' }).check();
    await page.getByRole('button', { name: 'Back to check your answers' }).click();
    await page.getByRole('heading', { level: 2, name: 'Check your answers' }).waitFor();
    expect(await page.locator('.check-answers').textContent()).toContain('School, Where I live');

    await page.goto(`${harness.server.url}/say`);
    await page.getByRole('radio', { name: 'An idea' }).check();
    await page.getByLabel('What do you want to say?').fill('Inkbadger idea');
    expect(await page.evaluate(draftKeys)).toEqual(expect.arrayContaining(['your-say:draft:advocate', 'your-say:draft:say']));

    await page.getByRole('button', { name: /Exit this page/ }).click();
    await page.waitForURL('https://www.bbc.co.uk/weather');
    await page.goBack(); // the browser keeps earlier screens; what was typed must not be there
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(draftKeys)).toEqual([]);
    expect(await page.content()).not.toContain('Owlbutton');
    await page.goto(`${harness.server.url}/advocate`);
    await page.getByRole('heading', { level: 2, name: 'What is an advocate?' }).waitFor();
    await context.close();
  });

  it('go once the answers are saved to be sent', async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${harness.server.url}/`);
    await markWelcomed(page);
    await page.goto(`${harness.server.url}/say`);
    await page.getByRole('radio', { name: 'A good thing' }).check();
    await page.getByLabel('What do you want to say?').fill('Pebblefox good thing');
    expect(await page.evaluate(draftKeys)).toEqual(['your-say:draft:say']);
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('heading', { level: 2, name: /^Your message (is saved on this phone|has been sent)$/ }).waitFor();
    expect(await page.evaluate(draftKeys)).toEqual([]);
    await context.close();
  });
});
