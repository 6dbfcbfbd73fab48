/**
 * The admin runs accounts (a common password refused, a new member signs in, disabling signs them out at
 * once); a facilitator re-tags a comment and publishes a "You said, we did" response that a child then reads.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/browser';
import { markWelcomed } from './support/child';
import { useServerAndBrowser } from './support/harness';
import { openSection, signIn, syncFromNode } from './support/inbox';
import { addStaffByCli } from './support/server';

const PASSWORD = 'a long test password';
const NEW_PASSWORD = 'river lamp orange seven';

describe('admin and publishing journeys', () => {
  const harness = useServerAndBrowser((server) => {
    addStaffByCli(server, 'admin@example.org', 'admin', PASSWORD);
    addStaffByCli(server, 'facilitator@example.org', 'facilitator', PASSWORD);
  });

  it('an admin adds a member (refusing a common password), who signs in, then disables them: signed out at once', async () => {
    const { server, browser } = harness;
    const admin = await signIn(browser, server, 'admin@example.org', PASSWORD);
    await openSection(admin.page, 'Staff');
    const form = admin.page.getByRole('group', { name: 'Add a staff member' });
    await form.getByLabel('Email').fill('new.officer@example.org');
    await form.getByLabel('Role').selectOption({ label: 'participation officer' });
    await form.getByLabel('Password').fill('password1');
    await form.getByRole('button', { name: 'Add staff member' }).click();
    await admin.page.getByRole('alert').filter({ hasText: 'too common' }).waitFor();
    await form.getByLabel('Password').fill(NEW_PASSWORD);
    await form.getByRole('button', { name: 'Add staff member' }).click();
    await admin.page.getByRole('status').filter({ hasText: 'Added new.officer@example.org' }).waitFor();
    expect(await axeViolations(admin.page)).toEqual([]);

    const member = await signIn(browser, server, 'new.officer@example.org', NEW_PASSWORD);
    await member.page.getByRole('heading', { level: 1 }).waitFor();

    const row = admin.page.getByRole('row').filter({ hasText: 'new.officer@example.org' });
    await row.getByRole('button', { name: 'Disable' }).click();
    await admin.page.getByRole('button', { name: 'Yes, disable new.officer@example.org' }).click();
    await admin.page.getByRole('status').filter({ hasText: 'Disabled new.officer@example.org. They have been signed out.' }).waitFor();
    // The list reloads after the change: wait for it to show the new status.
    await row.getByRole('cell', { name: 'Disabled', exact: true }).waitFor();

    await member.page.reload();
    await member.page.getByRole('heading', { level: 2, name: 'Sign in' }).waitFor();
    await member.context.close();
    await admin.context.close();
  });

  it('a facilitator re-tags a comment and publishes a response that a child reads in the app', async () => {
    const { server, browser } = harness;
    await syncFromNode(server, [
      { id: randomUUID(), kind: 'say-something', createdAt: new Date().toISOString(), payload: { type: 'idea', text: 'Can we have a games night?' } },
    ]);
    const { context, page } = await signIn(browser, server, 'facilitator@example.org', PASSWORD);
    await openSection(page, 'Comments and themes');
    const row = page.getByRole('row').filter({ hasText: 'Can we have a games night?' });
    await row.getByText('Suggested by the keyword lists').waitFor();
    await row.getByRole('button', { name: 'Change themes' }).click();
    const editor = row.getByRole('group', { name: 'Themes for this comment' });
    await editor.getByRole('checkbox', { name: /^Priority 3:/ }).check();
    await editor.getByRole('checkbox', { name: 'Other' }).uncheck();
    await row.getByRole('button', { name: 'Save themes' }).click();
    await page.getByRole('status').filter({ hasText: 'Themes saved.' }).waitFor();
    await row.getByText('Set by a member of staff').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await openSection(page, 'You said, we did');
    await page.getByLabel('Title').fill('Games nights are back');
    await page.getByLabel('Text').fill('You asked for more fun things to do. We now have a games night every month.');
    await page.getByText(/\(on target\)/).waitFor();
    const month = new Date().toISOString().slice(0, 7);
    await page.getByLabel('Month').fill(month);
    await page.getByRole('button', { name: 'Save as a draft' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved “Games nights are back” as a draft.' }).waitFor();
    const response = page.getByRole('row').filter({ hasText: 'Games nights are back' });
    await response.getByRole('button', { name: 'Publish' }).click();
    await page.getByRole('status').filter({ hasText: 'Published “Games nights are back”.' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();

    const phone = await browser.newContext();
    const child = await phone.newPage();
    await child.goto(`${server.url}/`);
    await markWelcomed(child);
    await child.goto(`${server.url}/you-said-we-did`);
    await child.getByText('We now have a games night every month.', { exact: false }).waitFor();
    await phone.close();
  });
});
