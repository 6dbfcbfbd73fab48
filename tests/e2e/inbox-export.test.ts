/**
 * The participation officer's journey on a seeded data set: a quote asked for by one person and approved by
 * another, then the anonymised export on screen, as CSV and on paper, with the suppression rules holding.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './support/browser';
import { useServerAndBrowser } from './support/harness';
import { apiFromPage, openSection, signIn, syncFromNode } from './support/inbox';
import { addStaffByCli } from './support/server';

const PASSWORD = 'a long test password';
const QUOTE = 'Tom from Oakfield School says my social worker never calls me back on 07700 900777';

function rating(careStatus: string, ageBand: string, answer: string, comment?: string) {
  return {
    id: randomUUID(),
    kind: 'rating',
    createdAt: '2026-10-15T10:00:00.000Z',
    payload: { statementId: 'good-care-01', answer, careStatus, ageBand, ...(comment ? { comment } : {}) },
  };
}

/** 30 in care aged 12 to 15 (20 yes, 7 sometimes, 3 not really); 4 care leavers aged 16 or older. */
const SEED = [
  ...Array.from({ length: 20 }, (_, n) => rating('in-care', '12-15', 'yes', n === 0 ? QUOTE : undefined)),
  ...Array.from({ length: 7 }, () => rating('in-care', '12-15', 'sometimes')),
  ...Array.from({ length: 3 }, () => rating('in-care', '12-15', 'not-really')),
  ...Array.from({ length: 4 }, () => rating('care-leaver', '16-plus', 'yes')),
];

describe('the participation officer exports anonymised counts', () => {
  const harness = useServerAndBrowser((server) => {
    addStaffByCli(server, 'officer@example.org', 'participation-officer', PASSWORD);
    addStaffByCli(server, 'facilitator@example.org', 'facilitator', PASSWORD);
  });

  it('asks for a quote, a facilitator approves it, and the export keeps small counts and small groups hidden', async () => {
    const { server, browser } = harness;
    await syncFromNode(server, SEED);

    const officer = await signIn(browser, server, 'officer@example.org', PASSWORD);
    await openSection(officer.page, 'Names and schools to hide');
    for (const [list, label, term] of [['Names', 'Add a name', 'Tom'], ['Schools', 'Add a school', 'Oakfield School']] as const) {
      const region = officer.page.getByRole('region', { name: list });
      await region.getByLabel(label).fill(term);
      await region.getByRole('button', { name: 'Add', exact: true }).click();
      await officer.page.getByRole('status').filter({ hasText: `Added ${term}.` }).waitFor();
    }
    expect(await axeViolations(officer.page)).toEqual([]);

    await openSection(officer.page, 'Quotes to approve');
    await officer.page.getByRole('button', { name: 'Show comments you could quote' }).click();
    const candidate = officer.page.getByRole('row').filter({ hasText: 'never calls me back' });
    await candidate.waitFor();
    const shown = (await candidate.textContent()) ?? '';
    for (const secret of ['Tom', 'Oakfield', '07700']) expect(shown).not.toContain(secret);
    await candidate.getByRole('button', { name: 'Ask to use this quote' }).click();
    await officer.page.getByRole('status').filter({ hasText: 'Someone else must now approve or reject it.' }).waitFor();
    expect(await axeViolations(officer.page)).toEqual([]);

    const facilitator = await signIn(browser, server, 'facilitator@example.org', PASSWORD);
    await openSection(facilitator.page, 'Quotes to approve');
    const pending = facilitator.page.getByRole('row').filter({ hasText: 'never calls me back' });
    await pending.getByRole('button', { name: 'Approve' }).click();
    await facilitator.page.getByRole('status').filter({ hasText: 'Approved.' }).waitFor();
    await facilitator.context.close();

    await openSection(officer.page, 'Anonymised export');
    const table = officer.page.getByRole('table', { name: /I know why I am in care\./ });
    await table.waitFor();
    const row = async (name: RegExp) => (await table.getByRole('row', { name }).allInnerTexts()).join(' ');
    // 3 "not really" is a small count: shown as c, and one more cell hidden so it cannot be worked out.
    const inCare = await row(/In care \/ 12 to 15/);
    expect(inCare).toMatch(/\bc\b/);
    expect(inCare).toContain('30');
    expect(inCare).not.toMatch(/(^|\s)3(\s|$)/);
    // 4 care leavers: a group under 6 is withheld, total included.
    const leaverCells = await table.getByRole('row', { name: /Care leaver \/ 16 or older/ }).getByRole('cell').allInnerTexts();
    expect(leaverCells.length).toBe(5);
    expect(new Set(leaverCells.map((cell) => cell.trim()))).toEqual(new Set(['withheld']));
    await officer.page.getByText('[name] from [school] says my social worker never calls me back on [phone]').waitFor();
    expect(await axeViolations(officer.page)).toEqual([]);

    const csv = await apiFromPage(officer.page, 'GET', '/inbox/export.csv');
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('withheld');
    expect(csv.text).toContain('[name] from [school]');
    const cells = csv.text.split(/\r?\n/).flatMap((line) => line.split(','));
    expect(cells.filter((cell) => /^"?[1-5]"?$/.test(cell))).toEqual([]);
    expect(csv.text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/i);
    expect(csv.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    for (const secret of ['Tom', 'Oakfield', '07700']) expect(csv.text).not.toContain(secret);

    // On paper: the report without the inbox's header, navigation or buttons.
    await officer.page.emulateMedia({ media: 'print' });
    expect(await officer.page.locator('.inbox-header').isVisible()).toBe(false);
    expect(await officer.page.getByRole('button', { name: 'Print report' }).isVisible()).toBe(false);
    expect(await table.isVisible()).toBe(true);
    expect(await officer.page.getByText('Anonymised: counts of 1–5 shown as c.').isVisible()).toBe(true);
    await officer.context.close();
  });
});
