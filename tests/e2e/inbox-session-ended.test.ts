/**
 * When a staff session ends (timed out, disabled, signed out in another tab), the next call the inbox
 * makes answers 401: the inbox goes back to sign-in, says why, and no loaded data (contact details
 * included) stays on the screen.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/browser';
import { useServerAndBrowser } from './support/harness';
import { apiFromPage, openSection, signIn, syncFromNode } from './support/inbox';
import { addStaffByCli } from './support/server';

const PASSWORD = 'a long test password';
const PHONE = '07700 900246';

describe('the inbox when the session ends', () => {
  const harness = useServerAndBrowser((server) => addStaffByCli(server, 'coordinator@example.org', 'advocacy-coordinator', PASSWORD));

  it('drops what was on screen and returns to sign-in with a plain reason', async () => {
    const { server, browser } = harness;
    await syncFromNode(server, [
      {
        id: randomUUID(),
        kind: 'advocate-request',
        createdAt: new Date().toISOString(),
        payload: { topics: ['school'], details: 'Help at my review', contact: { methods: ['call'], phone: PHONE } },
      },
    ]);
    const staff = await signIn(browser, server, 'coordinator@example.org', PASSWORD);
    await openSection(staff.page, 'Advocate requests');
    await staff.page.getByText(PHONE).first().waitFor();

    // Signed out elsewhere (another tab, a timeout or an admin would end it the same way).
    expect((await apiFromPage(staff.page, 'POST', '/staff/sign-out')).status).toBe(204);
    await openSection(staff.page, 'Talk requests').catch(() => undefined);
    await staff.page.getByRole('status').filter({ hasText: 'Your session has ended' }).waitFor();
    expect(await staff.page.getByRole('heading', { level: 2, name: 'Sign in' }).isVisible()).toBe(true);
    expect(await staff.page.content()).not.toContain(PHONE);
    expect(await axeViolations(staff.page)).toEqual([]);
    await staff.context.close();
  });
});
