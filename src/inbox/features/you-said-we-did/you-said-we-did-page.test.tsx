import axe from 'axe-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import text from '../../../../locales/en/inbox-you-said-we-did.json';
import inbox from '../../../../locales/en/inbox.json';
import promise from '../../../../locales/en/promise.json';
import { type YouSaidWeDidAdminRow, monthOf } from '../../../shared/inbox/you-said-we-did-wire';
import type { Me } from '../../api';
import { initI18n } from '../../i18n';
import { YouSaidWeDidPage } from './you-said-we-did-page';

const me: Me = { email: 'officer@example.org', role: 'participation-officer', permissions: ['you-said-we-did:manage'] };

const published: YouSaidWeDidAdminRow = {
  id: 'r1',
  title: 'Faster wifi',
  body: 'We fixed the wifi.',
  month: '2026-01',
  themes: ['priority:home'],
  published: true,
  publishedAt: '2026-01-20T10:00:00.000Z',
  createdAt: '2026-01-19T10:00:00.000Z',
  updatedAt: null,
};

interface Call {
  method: string;
  url: string;
  body: unknown;
}

/** A fake server: answers the list, and echoes each change back as the row it would store. */
function fakeServer() {
  const calls: Call[] = [];
  const fetchMock = vi.fn(async (url: string, init: RequestInit) => {
    const body: unknown = init.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ method: init.method ?? 'GET', url, body });
    const json = (value: unknown, status = 200) => new Response(JSON.stringify(value), { status });
    if (init.method === 'GET') return json({ responses: [published] });
    if (url.endsWith('/unpublish')) return json({ response: { ...published, published: false, publishedAt: null } });
    if (init.method === 'POST' && url.endsWith('/you-said-we-did')) {
      return json({ response: { ...published, ...(body as object), id: 'r2', published: false, publishedAt: null } }, 201);
    }
    return json({ response: { ...published, ...(body as object) } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

beforeAll(async () => {
  await initI18n();
});

afterEach(() => {
  vi.unstubAllGlobals();
});

const gradeShown = () => {
  const panel = screen.getByRole('region', { name: text.grade.heading });
  const term = within(panel).getByText(text.grade.grade);
  return term.nextElementSibling?.textContent ?? '';
};

describe('YouSaidWeDidPage', () => {
  it('shows the reading grade of the text as it is typed, and announces only the band after a pause', async () => {
    fakeServer();
    render(<YouSaidWeDidPage me={me} />);
    expect(screen.getByRole('heading', { level: 1, name: text.title })).toBeTruthy();
    expect(gradeShown()).toBe(text.grade.noText);

    const body = screen.getByLabelText(text.form.body);
    fireEvent.change(body, { target: { value: 'We fixed the wifi. It works in every room of the house now.' } });
    expect(gradeShown()).toBe('0.6 (on target)');

    fireEvent.change(body, {
      target: { value: 'We will improve our performance as a partnership in understanding and supporting emotional wellbeing.' },
    });
    expect(gradeShown()).toMatch(/^1\d\.\d \(above target\)$/);
    const panel = screen.getByRole('region', { name: text.grade.heading });
    expect(within(panel).getByText('14 words')).toBeTruthy();

    const band = panel.querySelector('[aria-live="polite"]');
    expect(band?.textContent).toBe('');
    await waitFor(() => expect(band?.textContent).toBe('Harder than grade 4: try shorter words and sentences.'), { timeout: 3000 });
  });

  it('saves a new draft with its themes through the api, then says so', async () => {
    const calls = fakeServer();
    render(<YouSaidWeDidPage me={me} />);
    await screen.findByRole('table', { name: /1 response/ });

    fireEvent.change(screen.getByLabelText(text.form.title), { target: { value: '  New games room  ' } });
    fireEvent.change(screen.getByLabelText(text.form.body), { target: { value: 'You asked for games. We bought some.' } });
    fireEvent.change(screen.getByLabelText(text.form.month), { target: { value: '2026-02' } });
    fireEvent.click(screen.getByRole('checkbox', { name: `Priority 3: ${promise.priorities.opportunities.title}` }));
    fireEvent.click(screen.getByRole('checkbox', { name: inbox.themeNames.other }));
    fireEvent.click(screen.getByRole('button', { name: text.form.saveNew }));

    await screen.findByText(/Saved “New games room” as a draft/);
    expect(calls.find((call) => call.method === 'POST')).toEqual({
      method: 'POST',
      url: '/api/v1/inbox/you-said-we-did',
      body: { title: 'New games room', body: 'You asked for games. We bought some.', month: '2026-02', themes: ['priority:opportunities', 'other'] },
    });
    expect(screen.getByRole('status').textContent).toContain('as a draft');
    expect((screen.getByLabelText<HTMLInputElement>(text.form.title)).value).toBe('');
  });

  it('edits a response with PUT and unpublishes it', async () => {
    const calls = fakeServer();
    render(<YouSaidWeDidPage me={me} />);
    const table = await screen.findByRole('table', { name: /1 response/ });
    expect(within(table).getByText(text.list.published)).toBeTruthy();
    expect(within(table).getByText(`Priority 5: ${promise.priorities.home.title}`)).toBeTruthy();

    fireEvent.click(within(table).getByRole('button', { name: /^Edit\s?: Faster wifi$/ }));
    const heading = screen.getByRole('heading', { level: 2, name: 'Edit “Faster wifi”' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(screen.getByLabelText<HTMLTextAreaElement>(text.form.body).value).toBe('We fixed the wifi.');
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: `Priority 5: ${promise.priorities.home.title}` }).checked).toBe(true);
    fireEvent.change(screen.getByLabelText(text.form.body), { target: { value: 'It works now.' } });
    fireEvent.click(screen.getByRole('button', { name: text.form.saveEdit }));
    await screen.findByText(/It is published, so the app shows the change now/);
    expect(calls.find((call) => call.method === 'PUT')).toEqual({
      method: 'PUT',
      url: '/api/v1/inbox/you-said-we-did/r1',
      body: { title: 'Faster wifi', body: 'It works now.', month: '2026-01', themes: ['priority:home'] },
    });

    fireEvent.click(within(table).getByRole('button', { name: /^Unpublish\s?: Faster wifi$/ }));
    await screen.findByText(/Unpublished “Faster wifi”/);
    expect(calls.some((call) => call.method === 'POST' && call.url === '/api/v1/inbox/you-said-we-did/r1/unpublish')).toBe(true);
  });

  it('refuses a month after this one before calling the server', async () => {
    const calls = fakeServer();
    render(<YouSaidWeDidPage me={me} />);
    const month = screen.getByLabelText<HTMLInputElement>(text.form.month);
    expect(month.max).toBe(monthOf(new Date()));
    fireEvent.change(screen.getByLabelText(text.form.title), { target: { value: 'Later' } });
    fireEvent.change(screen.getByLabelText(text.form.body), { target: { value: 'Soon.' } });
    fireEvent.change(month, { target: { value: '2999-01' } });
    fireEvent.submit(month.form as HTMLFormElement);
    expect((await screen.findByRole('alert')).textContent).toBe(text.form.badMonth);
    expect(calls.filter((call) => call.method !== 'GET')).toEqual([]);
  });

  it('has no axe violations with the list and the form shown', async () => {
    fakeServer();
    const { container } = render(<YouSaidWeDidPage me={me} />);
    await screen.findByRole('table', { name: /1 response/ });
    fireEvent.change(screen.getByLabelText(text.form.body), { target: { value: 'We fixed it.' } });
    // jsdom cannot lay out or paint, so contrast is checked in the browser tests instead.
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
});
