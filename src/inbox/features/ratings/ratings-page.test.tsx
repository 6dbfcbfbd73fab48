import axe from 'axe-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import ratingsText from '../../../../locales/en/inbox-ratings.json';
import statements from '../../../../locales/en/statements.json';
import { STATEMENT_IDS } from '../../../shared/content/statements';
import type { RatingsResponse, StatementCounts } from '../../../shared/inbox/ratings-wire';
import { initI18n } from '../../i18n';
import { RatingsPage } from './ratings-page';

const zero = (statementId: string): StatementCounts => ({ statementId, yes: 0, sometimes: 0, notReally: 0, skip: 0, total: 0 });

function answer(filters: Partial<RatingsResponse['filters']> = {}): RatingsResponse {
  return {
    filters: { from: null, to: null, careStatus: null, ageBand: null, statement: null, ...filters },
    counts: [{ statementId: 'good-care-01', yes: 3, sometimes: 1, notReally: 2, skip: 0, total: 6 }, ...STATEMENT_IDS.slice(1).map(zero)],
    trend: {
      statementId: null,
      from: '2025-01',
      to: '2025-03',
      months: [
        { month: '2025-01', yes: 2, sometimes: 0, notReally: 1, skip: 0, total: 3 },
        { month: '2025-02', yes: 0, sometimes: 0, notReally: 0, skip: 0, total: 0 },
        { month: '2025-03', yes: 1, sometimes: 1, notReally: 1, skip: 0, total: 3 },
      ],
    },
    ratings: [],
  };
}

const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(answer()), { status: 200 }));
const lastUrl = () => fetchMock.mock.calls.at(-1)?.[0];

beforeAll(async () => {
  await initI18n();
});

afterEach(() => {
  fetchMock.mockClear();
  vi.unstubAllGlobals();
});

/** The cells of a table row named by its row header. */
function rowCells(table: HTMLElement, header: string): string[] {
  const row = within(table).getByRole('rowheader', { name: header }).closest('tr') as HTMLTableRowElement;
  return [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '');
}

async function renderPage() {
  vi.stubGlobal('fetch', fetchMock);
  render(<RatingsPage />);
  await screen.findByRole('table', { name: ratingsText.counts.tableCaption });
}

describe('RatingsPage', () => {
  it('loads every answer at first and shows the counts and the trend in tables beside their charts', async () => {
    await renderPage();
    expect(lastUrl()).toBe('/api/v1/inbox/ratings');
    expect(screen.getByRole('heading', { level: 1, name: ratingsText.title })).toBeTruthy();

    const counts = screen.getByRole('table', { name: ratingsText.counts.tableCaption });
    expect(rowCells(counts, statements['good-care-01'])).toEqual(['3', '1', '2', '0', '6']);
    expect(rowCells(counts, statements['good-care-14'])).toEqual(['0', '0', '0', '0', '0']);
    expect(within(counts).getAllByRole('columnheader').map((th) => th.textContent)).toEqual([
      ratingsText.counts.statement,
      ratingsText.answers.yes,
      ratingsText.answers.sometimes,
      ratingsText.answers['not-really'],
      ratingsText.answers.skip,
      ratingsText.counts.total,
    ]);

    const trend = screen.getByRole('table', { name: ratingsText.trend.tableCaption });
    expect(within(trend).getAllByRole('rowheader').map((th) => th.textContent)).toEqual(['January 2025', 'February 2025', 'March 2025']);
    expect(rowCells(trend, 'February 2025')).toEqual(['0', '0', '0', '0', '0']);
    expect(rowCells(trend, 'March 2025')).toEqual(['1', '1', '1', '0', '3']);

    const charts = screen.getAllByRole('img');
    expect(charts.map((chart) => chart.getAttribute('aria-label'))).toEqual([
      ratingsText.counts.chartLabel,
      expect.stringContaining('from January 2025 to March 2025'),
    ]);
    expect(screen.getByRole('status').textContent).toBe('Showing 6 answers: all months, everyone.');
  });

  it('asks the server again with the chosen filters, and with none after clearing them', async () => {
    await renderPage();
    fetchMock.mockImplementationOnce(async () => new Response(JSON.stringify(answer({ from: '2025-01', careStatus: 'in-care' })), { status: 200 }));
    fireEvent.change(screen.getByLabelText(ratingsText.filters.from), { target: { value: '2025-01' } });
    fireEvent.change(screen.getByLabelText(ratingsText.filters.careStatus), { target: { value: 'in-care' } });
    fireEvent.change(screen.getByLabelText(ratingsText.filters.statement), { target: { value: 'good-care-02' } });
    fireEvent.change(screen.getByLabelText(ratingsText.filters.ageBand), { target: { value: 'not-given' } });
    fireEvent.click(screen.getByRole('button', { name: ratingsText.filters.apply }));

    await waitFor(() => expect(lastUrl()).toBe('/api/v1/inbox/ratings?from=2025-01&careStatus=in-care&ageBand=not-given&statement=good-care-02'));
    expect(fetchMock.mock.calls.at(-1)?.[1]).toMatchObject({ method: 'GET', headers: { 'x-your-say': 'inbox' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Showing 6 answers: from January 2025, care status: In care.'));

    fireEvent.click(screen.getByRole('button', { name: ratingsText.filters.clear }));
    await waitFor(() => expect(lastUrl()).toBe('/api/v1/inbox/ratings'));
    expect(screen.getByLabelText<HTMLSelectElement>(ratingsText.filters.careStatus).value).toBe('');
  });

  it('refuses a from month after the to month without asking the server', async () => {
    await renderPage();
    const calls = fetchMock.mock.calls.length;
    fireEvent.change(screen.getByLabelText(ratingsText.filters.from), { target: { value: '2025-05' } });
    fireEvent.change(screen.getByLabelText(ratingsText.filters.to), { target: { value: '2025-02' } });
    fireEvent.click(screen.getByRole('button', { name: ratingsText.filters.apply }));
    expect(screen.getByRole('alert').textContent).toBe(ratingsText.filters.fromAfterTo);
    expect(fetchMock.mock.calls.length).toBe(calls);
  });

  it('shows the server’s message when it refuses the filters', async () => {
    fetchMock.mockImplementationOnce(async () => new Response(JSON.stringify({ error: 'from must not be after to.' }), { status: 400 }));
    vi.stubGlobal('fetch', fetchMock);
    render(<RatingsPage />);
    expect((await screen.findByRole('alert')).textContent).toContain('from must not be after to.');
  });

  it('has no axe violations with the charts, tables and filters shown', async () => {
    vi.stubGlobal('fetch', fetchMock);
    const { container } = render(<RatingsPage />);
    await screen.findByRole('table', { name: ratingsText.trend.tableCaption });
    // jsdom cannot lay out or paint, so contrast is checked in the browser tests instead.
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
