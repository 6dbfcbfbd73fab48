import axe from 'axe-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import text from '../../../../locales/en/inbox-comments.json';
import inbox from '../../../../locales/en/inbox.json';
import promise from '../../../../locales/en/promise.json';
import statements from '../../../../locales/en/statements.json';
import type { CommentRow, CommentsResponse } from '../../../shared/inbox/comments-wire';
import type { PermissionName } from '../../../shared/inbox/staff-wire';
import { THEME_IDS } from '../../../shared/themes/codebook';
import type { Me } from '../../api';
import { initI18n } from '../../i18n';
import { CommentsPage } from './comments-page';

const HOME = `Priority 5: ${promise.priorities.home.title}`;
const BIRTHDAYS = `Statement 9: ${statements['good-care-09']}`;

const fosterComment: CommentRow = {
  id: 'c1',
  kind: 'rating',
  text: 'My foster placement keeps changing',
  statementId: 'good-care-09',
  sayType: null,
  careStatus: null,
  ageBand: null,
  month: '2026-01',
  receivedOn: '2026-01-16',
  themes: ['priority:home', 'statement:good-care-09'],
  themesSetBy: 'auto',
};
const pizzaComment: CommentRow = {
  ...fosterComment,
  id: 'c2',
  kind: 'message',
  text: 'Pizza on Fridays',
  statementId: null,
  sayType: 'idea',
  month: '2026-03',
  themes: ['other'],
  themesSetBy: 'staff',
};

function answer(comments: CommentRow[] = [fosterComment, pizzaComment]): CommentsResponse {
  return {
    filters: { theme: null, kind: null, from: null, to: null },
    comments,
    total: comments.length,
    limit: 200,
    themeCounts: THEME_IDS.map((theme) => ({ theme, count: comments.filter((c) => c.themes.includes(theme)).length })),
  };
}

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status });
const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => json(answer()));
const me = (permissions: PermissionName[]): Me => ({ email: 'f@example.org', role: 'facilitator', permissions });

beforeAll(async () => {
  await initI18n();
});

afterEach(() => {
  fetchMock.mockReset();
  fetchMock.mockImplementation(async () => json(answer()));
  vi.unstubAllGlobals();
});

async function renderPage(permissions: PermissionName[] = ['comments:read', 'themes:update']) {
  vi.stubGlobal('fetch', fetchMock);
  const view = render(<CommentsPage me={me(permissions)} />);
  await screen.findByRole('table', { name: /Newest comments first/ });
  return view;
}

describe('CommentsPage', () => {
  it('shows counts per theme and the comments with their theme names and who set them', async () => {
    await renderPage();
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/inbox/comments');
    expect(screen.getByRole('heading', { level: 1, name: text.title })).toBeTruthy();
    expect(screen.getAllByRole('status')[0]?.textContent).toBe('2 comments match.');

    const counts = screen.getByRole('table', { name: text.counts.caption });
    expect(within(counts).getAllByRole('rowheader')).toHaveLength(THEME_IDS.length);
    const homeRow = within(counts).getByRole('rowheader', { name: HOME }).closest('tr') as HTMLElement;
    expect([...homeRow.querySelectorAll('td')].map((cell) => cell.textContent)).toEqual([text.groups.priority, '1']);

    const list = screen.getByRole('table', { name: 'Newest comments first: showing 2 of 2.' });
    const fosterRow = within(list).getByText(fosterComment.text).closest('tr') as HTMLElement;
    expect(within(fosterRow).getByText(HOME)).toBeTruthy();
    expect(within(fosterRow).getByText(BIRTHDAYS)).toBeTruthy();
    expect(within(fosterRow).getByText(text.list.setByKeywords)).toBeTruthy();
    expect(within(fosterRow).getByText('January 2026')).toBeTruthy();
    const pizzaRow = within(list).getByText(pizzaComment.text).closest('tr') as HTMLElement;
    expect(within(pizzaRow).getByText(text.list.setByStaff)).toBeTruthy();
    expect(within(pizzaRow).getByText('Say something: an idea')).toBeTruthy();
  });

  it('filters by a theme chosen by name from the grouped codebook', async () => {
    await renderPage();
    const select = screen.getByLabelText<HTMLSelectElement>(text.filters.theme);
    expect([...select.options].map((o) => o.value)).toEqual(['', ...THEME_IDS]);
    fireEvent.change(select, { target: { value: 'priority:home' } });
    fireEvent.change(screen.getByLabelText(text.filters.kind), { target: { value: 'rating' } });
    fireEvent.click(screen.getByRole('button', { name: text.filters.apply }));
    await waitFor(() => expect(fetchMock.mock.calls.at(-1)?.[0]).toBe('/api/v1/inbox/comments?theme=priority%3Ahome&kind=rating'));
  });

  it('offers no way to change themes to a role without themes:update', async () => {
    await renderPage(['comments:read']);
    expect(screen.queryByRole('button', { name: text.editor.open })).toBeNull();
    expect(screen.queryByRole('columnheader', { name: text.list.change })).toBeNull();
  });

  it('changes themes with grouped checkboxes, saves them with the inbox header, and says so', async () => {
    await renderPage();
    const row = screen.getByText(fosterComment.text).closest('tr') as HTMLElement;
    const open = within(row).getByRole('button', { name: text.editor.open });
    fireEvent.click(open);
    expect(open.getAttribute('aria-expanded')).toBe('true');
    for (const group of Object.values(text.groups)) expect(within(row).getByRole('group', { name: group })).toBeTruthy();
    expect(within(row).getByRole<HTMLInputElement>('checkbox', { name: HOME }).checked).toBe(true);

    fireEvent.click(within(row).getByRole('checkbox', { name: BIRTHDAYS }));
    fireEvent.click(within(row).getByRole('checkbox', { name: inbox.themeNames.other }));
    fetchMock.mockImplementationOnce(async () => json({ id: 'c1', themes: ['priority:home', 'other'], themesSetBy: 'staff' }));
    fireEvent.click(within(row).getByRole('button', { name: text.editor.save }));

    await waitFor(() => expect(within(row).getByRole('status').textContent).toBe(text.editor.saved));
    const put = fetchMock.mock.calls.find(([, init]) => init?.method === 'PUT');
    expect(put).toEqual([
      '/api/v1/inbox/comments/c1/themes',
      expect.objectContaining({ headers: expect.objectContaining({ 'x-your-say': 'inbox' }), body: JSON.stringify({ themes: ['priority:home', 'other'] }) }),
    ]);
    expect(open.getAttribute('aria-expanded')).toBe('false');
    // The list is loaded again so the counts and themes are the server's.
    await waitFor(() => expect(fetchMock.mock.calls.filter(([, init]) => init?.method !== 'PUT')).toHaveLength(2));
  });

  it('refuses to save no themes, and shows a refusal from the server as an alert', async () => {
    await renderPage();
    const row = screen.getByText(pizzaComment.text).closest('tr') as HTMLElement;
    fireEvent.click(within(row).getByRole('button', { name: text.editor.open }));
    fireEvent.click(within(row).getByRole('checkbox', { name: inbox.themeNames.other }));
    fireEvent.click(within(row).getByRole('button', { name: text.editor.save }));
    expect(within(row).getByRole('alert').textContent).toBe(text.editor.noneChosen);
    expect(fetchMock.mock.calls.some(([, init]) => init?.method === 'PUT')).toBe(false);

    fireEvent.click(within(row).getByRole('checkbox', { name: HOME }));
    fetchMock.mockImplementationOnce(async () => json({ error: 'Your role cannot do this.' }, 403));
    fireEvent.click(within(row).getByRole('button', { name: text.editor.save }));
    await waitFor(() => expect(within(row).getByRole('alert').textContent).toContain('Your role cannot do this.'));
  });

  it('has no axe violations with the filters, both tables and an open editor', async () => {
    const { container } = await renderPage();
    fireEvent.click(screen.getAllByRole('button', { name: text.editor.open })[0] as HTMLElement);
    // jsdom cannot lay out or paint, so contrast is checked in the browser tests instead.
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
