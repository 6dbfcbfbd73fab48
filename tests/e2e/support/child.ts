import type { Page } from 'playwright-core';

/** The first-use screens, answered as a child might. */
export async function finishFirstUse(page: Page, answers: { careStatus?: string; ageBand?: string } = {}): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Before you start' }).waitFor();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { level: 1, name: 'About you' }).waitFor();
  if (answers.careStatus) await page.getByRole('radio', { name: answers.careStatus }).check();
  if (answers.ageBand) await page.getByRole('radio', { name: answers.ageBand }).check();
  await page.getByRole('button', { name: answers.careStatus || answers.ageBand ? 'Done' : 'Skip this' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your Say' }).waitFor();
}

/** Skips the first-use screens for tests about something else, as a returning child would have. */
export async function markWelcomed(page: Page): Promise<void> {
  await page.evaluate(() => localStorage.setItem('your-say:profile', JSON.stringify({ welcomed: true })));
}

/** Presses Tab until the focused element has this accessible name (keyboard only, as a user would). */
export async function tabTo(page: Page, name: string | RegExp, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.getAttribute('aria-label');
      const byLabel = (el as HTMLInputElement).labels?.[0]?.textContent;
      return (labelled ?? byLabel ?? el.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Could not reach "${String(name)}" with the Tab key`);
}

export async function waitForStatuses(page: Page, pattern: RegExp, count: number): Promise<void> {
  await page.waitForFunction(
    ({ source, flags, expected }) => {
      const re = new RegExp(source, flags);
      const matches = [...document.querySelectorAll('.item-status')].filter((el) => re.test(el.textContent ?? ''));
      return matches.length === expected;
    },
    { source: pattern.source, flags: pattern.flags, expected: count },
  );
}

export interface AdvocateAnswers {
  topics?: string[];
  details?: string;
  methods: string[];
  phone?: string;
  email?: string;
  urgency?: string;
}

/** "Ask for an advocate", step by step with the pointer, up to and including "Send my request". */
export async function askForAdvocate(page: Page, answers: AdvocateAnswers): Promise<void> {
  const step = (name: string) => page.getByRole('heading', { level: 2, name }).waitFor();
  const next = () => page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await step('What is it about?');
  for (const topic of answers.topics ?? []) await page.getByRole('checkbox', { name: topic }).check();
  await next();
  await step('Tell us more');
  if (answers.details) await page.getByLabel('Tell us more if you want to').fill(answers.details);
  await next();
  await step('How can we get in touch?');
  for (const method of answers.methods) await page.getByRole('checkbox', { name: method }).check();
  if (answers.phone) await page.getByLabel('Your phone number').fill(answers.phone);
  if (answers.email) await page.getByLabel('Your email').fill(answers.email);
  await next();
  await step('Keeping you safe when we get in touch');
  await next();
  await step('Help with language or talking');
  await next();
  await step('How soon do you need help?');
  if (answers.urgency) await page.getByRole('radio', { name: answers.urgency }).check();
  await next();
  await step('Check your answers');
  await page.getByRole('button', { name: 'Send my request' }).click();
}
