import axe from 'axe-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import text from '../../../../locales/en/inbox-export.json';
import { buildExportReport } from '../../../shared/anonymise/export-report';
import type { ExportPeriod } from '../../../shared/inbox/export-wire';
import type { Me } from '../../api';
import { initI18n } from '../../i18n';
import { exportApi } from './export-api';
import { ExportPage } from './export-page';

vi.mock('./export-api', async (original) => {
  const actual = await original<typeof import('./export-api')>();
  return { ...actual, exportApi: { ...actual.exportApi, report: vi.fn() } };
});
const report = vi.mocked(exportApi.report);

const me: Me = { email: 'officer@example.org', role: 'participation-officer', permissions: ['export:read'] };

/** Group in-care/12-15 is large; care-leaver/16-plus has 3 answers (withheld). */
const sample = (period: ExportPeriod) =>
  buildExportReport({
    period,
    ratings: [
      { month: '2025-01', statementId: 'good-care-02', answer: 'yes', careStatus: 'in-care', ageBand: '12-15', count: 14 },
      { month: '2025-01', statementId: 'good-care-02', answer: 'sometimes', careStatus: 'in-care', ageBand: '12-15', count: 9 },
      { month: '2025-01', statementId: 'good-care-02', answer: 'not-really', careStatus: 'in-care', ageBand: '12-15', count: 2 },
      { month: '2025-01', statementId: 'good-care-02', answer: 'yes', careStatus: 'care-leaver', ageBand: '16-plus', count: 3 },
    ],
    themes: [{ theme: 'priority:identity', careStatus: 'in-care', ageBand: '12-15', count: 7 }],
    quotes: [{ text: 'More trips please', careStatus: 'in-care', ageBand: '12-15' }],
    redactLists: { names: [], schools: [] },
  });

beforeAll(async () => {
  await initI18n();
});

beforeEach(() => {
  vi.resetAllMocks();
  report.mockImplementation(async (period) => sample(period));
});

describe('ExportPage', () => {
  it('explains c and withheld, shows each table with its caption, the quotes, and passes axe', async () => {
    const { container } = render(<ExportPage me={me} />);
    const table = await screen.findByRole('table', { name: /I feel listened to\. Answers by group\./ });
    expect(within(table).getAllByText('c').length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { level: 1, name: text.title })).toBeTruthy();
    expect(screen.getByText(text.key.c)).toBeTruthy();
    expect(screen.getByText(text.key.withheld)).toBeTruthy();
    const rows = within(table).getAllByRole('row');
    expect(within(rows[0] as HTMLElement).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      text.ratings.group, 'Yes, mostly', 'Sometimes', 'Not really', 'Skipped', text.ratings.total,
    ]);
    const big = within(table).getByRole('rowheader', { name: 'In care / 12 to 15' }).closest('tr') as HTMLElement;
    const published = sample({ from: null, to: null }).statements[0]?.table.rows[0];
    expect([...big.querySelectorAll('td')].map((td) => td.textContent)).toEqual([...(published?.cells ?? []), published?.total].map(String));
    expect(big.querySelector('td:last-child')?.textContent).toBe('25');
    expect([...container.querySelectorAll('td')].filter((td) => /^[1-5]$/.test(td.textContent ?? ''))).toEqual([]);
    const small = within(table).getByRole('rowheader', { name: 'Care leaver / 16 or older' }).closest('tr') as HTMLElement;
    expect([...small.querySelectorAll('td')].every((td) => td.textContent === 'withheld')).toBe(true);
    expect(screen.getByRole('table', { name: text.themes.caption })).toBeTruthy();
    expect(screen.getByText('More trips please')).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Showing All months.');
    expect(screen.getByText(text.paperNote)).toBeTruthy();
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('offers the CSV as a plain link for the months shown, and prints', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    render(<ExportPage me={me} />);
    await screen.findByRole('link', { name: text.download });
    fireEvent.change(screen.getByLabelText(text.period.from), { target: { value: '2025-01' } });
    fireEvent.change(screen.getByLabelText(text.period.to), { target: { value: '2025-03' } });
    fireEvent.click(screen.getByRole('button', { name: text.period.show }));
    await waitFor(() => expect(report).toHaveBeenLastCalledWith({ from: '2025-01', to: '2025-03' }));
    await waitFor(() =>
      expect(screen.getByRole('link', { name: text.download }).getAttribute('href')).toBe('/api/v1/inbox/export.csv?from=2025-01&to=2025-03'),
    );
    expect(screen.getByText('Months: Jan 2025 to Mar 2025')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: text.print }));
    expect(print).toHaveBeenCalledTimes(1);
    print.mockRestore();
  });

  it('explains months in the wrong order instead of asking the server', async () => {
    render(<ExportPage me={me} />);
    await screen.findByRole('link', { name: text.download });
    const calls = report.mock.calls.length;
    fireEvent.change(screen.getByLabelText(text.period.from), { target: { value: '2025-05' } });
    fireEvent.change(screen.getByLabelText(text.period.to), { target: { value: '2025-02' } });
    fireEvent.click(screen.getByRole('button', { name: text.period.show }));
    expect((await screen.findByRole('alert')).textContent).toBe(text.period.bad);
    expect(screen.getByLabelText(text.period.from).getAttribute('aria-invalid')).toBe('true');
    expect(report.mock.calls.length).toBe(calls);
  });
});
