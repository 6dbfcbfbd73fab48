/**
 * Staff sign-in in the browser: wrong passwords are counted per account, the limit is said in plain
 * words, and the owner is told at their next sign-in how many tries failed.
 */
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/browser';
import { useServerAndBrowser } from './support/harness';
import { addStaffByCli } from './support/server';

const PASSWORD = 'a long test password';

describe('staff sign-in throttle', () => {
  const harness = useServerAndBrowser((server) => addStaffByCli(server, 'owner@example.org', 'facilitator', PASSWORD));

  it('tells the owner how many tries failed since they last signed in', async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${harness.server.url}/inbox/`);
    for (const guess of ['wrong one', 'wrong two']) {
      await page.getByLabel('Email').fill('owner@example.org');
      await page.getByLabel('Password').fill(guess);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('alert').filter({ hasText: 'That email or password is not right.' }).waitFor();
    }
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('Signed in as owner@example.org').waitFor();
    await page.getByRole('status').filter({ hasText: '2 sign-in tries on your account failed since you last signed in.' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
