import axe from 'axe-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import text from '../../../../locales/en/inbox-quotes.json';
import type { QuoteRow } from '../../../shared/inbox/export-wire';
import { ApiError, type Me } from '../../api';
import { initI18n } from '../../i18n';
import { QuotesPage } from './quotes-page';
import { quotesApi } from './quotes-api';

vi.mock('./quotes-api', () => ({ quotesApi: { list: vi.fn(), candidates: vi.fn(), ask: vi.fn(), decide: vi.fn() } }));
const api = vi.mocked(quotesApi);

const me: Me = { email: 'officer@example.org', role: 'participation-officer', permissions: ['quotes:request', 'quotes:approve'] };
const quote = (id: number, overrides: Partial<QuoteRow> = {}): QuoteRow => ({
  id,
  redactedText: `[name] said quote ${id}`,
  status: 'pending',
  requestedBy: 'facilitator@example.org',
  requestedAt: '2025-04-02T10:00:00.000Z',
  decidedBy: null,
  decidedAt: null,
  mayDecide: true,
  ...overrides,
});

beforeAll(async () => {
  await initI18n();
});

beforeEach(() => {
  vi.resetAllMocks();
  api.list.mockResolvedValue({
    quotes: [
      quote(3),
      quote(2, { requestedBy: me.email, mayDecide: false }),
      quote(1, { status: 'approved', decidedBy: me.email, decidedAt: '2025-04-03T10:00:00.000Z', mayDecide: false }),
    ],
  });
});

describe('QuotesPage', () => {
  it('lets a second person decide, explains why the asker cannot, and passes axe', async () => {
    api.decide.mockResolvedValue({ id: 3, status: 'approved', decidedAt: 'x' });
    const { container } = render(<QuotesPage me={me} />);
    const pending = await screen.findByRole('table', { name: '2 quotes waiting for a decision, newest first.' });
    const [, other, mine] = within(pending).getAllByRole('row');
    const approveMine = within(mine as HTMLElement).getByRole('button', { name: text.approve }) as HTMLButtonElement;
    expect(approveMine.disabled).toBe(true);
    expect(approveMine.getAttribute('aria-describedby')).toContain(within(mine as HTMLElement).getByText(text.pending.ownRequest).id);
    expect(within(other as HTMLElement).queryByText(text.pending.ownRequest)).toBeNull();
    expect(screen.getByRole('table', { name: '1 approved quote, newest first.' })).toBeTruthy();
    expect(screen.getByText(text.rejected.none)).toBeTruthy();
    expect((await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })).violations.map((v) => v.id)).toEqual([]);

    fireEvent.click(within(other as HTMLElement).getByRole('button', { name: text.approve }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(text.approvedNow));
    expect(api.decide).toHaveBeenCalledWith(3, 'approve');
    expect(api.list).toHaveBeenCalledTimes(2);
  });

  it('says so when someone else decided first', async () => {
    api.decide.mockRejectedValue(new ApiError(409, 'This quote has already been decided.'));
    render(<QuotesPage me={me} />);
    const pending = await screen.findByRole('table', { name: /waiting/ });
    fireEvent.click(within(pending).getAllByRole('button', { name: text.reject })[0] as HTMLElement);
    expect((await screen.findByRole('alert')).textContent).toBe(text.alreadyDecided);
  });

  it('loads candidates only when asked, shows them redacted, and asks for one', async () => {
    api.candidates.mockResolvedValue({
      period: { from: null, to: null },
      candidates: [{ itemId: 'i-1', redactedText: 'call [phone]', statementId: null, group: { careStatus: 'in-care', ageBand: '12-15' }, month: '2025-02' }],
    });
    api.ask.mockResolvedValue({ id: 9, redactedText: 'call [phone]', status: 'pending' });
    render(<QuotesPage me={me} />);
    await screen.findByRole('table', { name: /waiting/ });
    expect(api.candidates).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: text.candidates.show }));
    const table = await screen.findByRole('table', { name: '1 comment you could quote, newest first.' });
    expect(within(table).getByText('call [phone]')).toBeTruthy();
    expect(within(table).getByText('In care / 12 to 15')).toBeTruthy();
    expect(within(table).getByText('Feb 2025')).toBeTruthy();
    fireEvent.click(within(table).getByRole('button', { name: text.candidates.ask }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe(text.candidates.asked));
    expect(api.ask).toHaveBeenCalledWith('i-1');
    expect(screen.getByText(text.candidates.none)).toBeTruthy();
  });

  it('shows no candidates to a role that may not ask', async () => {
    render(<QuotesPage me={{ ...me, permissions: ['quotes:approve'] }} />);
    await screen.findByRole('table', { name: /waiting/ });
    expect(screen.queryByRole('button', { name: text.candidates.show })).toBeNull();
  });
});
