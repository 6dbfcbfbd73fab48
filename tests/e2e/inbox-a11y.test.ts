/**
 * axe-core on every inbox page: the sign-in page, then every section of every role, found from the
 * role's own navigation (so a new section is checked without changing this test), with data in it.
 */
import { describe, expect, it } from 'vitest';
import { STAFF_ROLES } from '../../src/shared/staff/roles';
import { axeViolations } from './support/browser';
import { useServerAndBrowser } from './support/harness';
import { signIn, syncFromNode } from './support/inbox';
import { addStaffByCli } from './support/server';
import { seededItems } from './support/seed';

const PASSWORD = 'a long test password';

describe('every inbox page passes axe-core', () => {
  const harness = useServerAndBrowser((server) => {
    for (const role of STAFF_ROLES) addStaffByCli(server, `${role}@example.org`, role, PASSWORD);
  });

  it('the sign-in page', async () => {
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${harness.server.url}/inbox/`);
    await page.getByRole('heading', { level: 2, name: 'Sign in' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it.each(STAFF_ROLES)('every section a %s can open', async (role) => {
    const { server, browser } = harness;
    await syncFromNode(server, seededItems(40, role.length));
    const { context, page } = await signIn(browser, server, `${role}@example.org`, PASSWORD);
    const links = page.getByRole('navigation', { name: 'Inbox sections' }).getByRole('link');
    const names = await links.allTextContents();
    expect(names.length).toBeGreaterThan(0);
    const checked: string[] = [];
    for (const name of names) {
      await links.filter({ hasText: name }).first().click();
      await page.waitForFunction(() => location.hash.length > 1);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('Loading…'));
      expect(await page.getByRole('heading', { level: 1 }).count(), `${role} / ${name}: one h1`).toBe(1);
      expect(await page.getByRole('alert').filter({ hasText: /Something went wrong|cannot see/ }).count(), `${role} / ${name}`).toBe(0);
      const violations = await axeViolations(page);
      expect(violations, `${role} / ${name}`).toEqual([]);
      checked.push(name);
    }
    console.log(`axe: ${role} — ${checked.length} sections: ${checked.join(', ')}`);
    await context.close();
  });
});
