import axe from 'axe-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import text from '../../../../locales/en/inbox-audit.json';
import type { AuditEntry } from '../../../shared/inbox/audit-wire';
import { COMMAND_LINE_STAFF_ID } from '../../../shared/inbox/staff-admin-wire';
import type { Me } from '../../api';
import { initI18n } from '../../i18n';
import { auditApi } from './audit-api';
import { AuditPage } from './audit-page';

vi.mock('./audit-api', () => ({ auditApi: { newest: vi.fn(), olderThan: vi.fn() } }));
const api = vi.mocked(auditApi);

const me: Me = { email: 'boss@example.org', role: 'admin', permissions: ['audit:read'] };
const entry = (id: number, overrides: Partial<AuditEntry> = {}): AuditEntry => ({
  id,
  at: '2026-03-02T10:15:00.000Z',
  staffId: 5,
  staffEmail: 'sam@example.org',
  action: 'rating:view',
  itemId: `item-${id}`,
  detail: 'list',
  ...overrides,
});

beforeAll(async () => {
  await initI18n();
});

beforeEach(() => {
  vi.resetAllMocks();
});

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('AuditPage', () => {
  it('shows when, who, what, which item and detail, says the log cannot be changed, and passes axe', async () => {
    api.newest.mockResolvedValue({
      entries: [
        entry(4, { staffId: 1, staffEmail: me.email, action: 'audit:list', itemId: null, detail: 'count=3' }),
        entry(3, { staffId: COMMAND_LINE_STAFF_ID, staffEmail: null, action: 'staff:disable', itemId: null, detail: 'staff=5' }),
        entry(2, { staffId: 9, staffEmail: null }),
      ],
      nextBefore: null,
    });
    const { container } = render(<AuditPage me={me} />);
    await screen.findByRole('table', { name: '3 audit entries shown, newest first' });
    expect(screen.getByText(text.unchangeable)).toBeTruthy();
    const [mine, cli, removed] = rows();
    expect(within(mine!).getByRole('rowheader').querySelector('time')?.getAttribute('datetime')).toBe('2026-03-02T10:15:00.000Z');
    expect(within(mine!).getByRole('rowheader').textContent).toMatch(/2 Mar 2026, 10:15/);
    expect(mine!.textContent).toContain(`${me.email} (you)`);
    expect(within(mine!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([`${me.email} (you)`, 'audit:list', '—', 'count=3']);
    expect(within(cli!).getAllByRole('cell')[0]?.textContent).toBe(text.commandLine);
    expect(within(removed!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      'Staff account 9 (no longer exists)',
      'rating:view',
      'item-2',
      'list',
    ]);
    expect(screen.queryByRole('button', { name: text.older })).toBeNull();
    expect(screen.getByText(text.end)).toBeTruthy();
    // jsdom cannot draw text, so colour contrast is checked by the browser tests instead.
    const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('loads older entries with nextBefore and adds them below, until the start of the log', async () => {
    api.newest.mockResolvedValue({ entries: [entry(300), entry(299)], nextBefore: 299 });
    api.olderThan.mockResolvedValueOnce({ entries: [entry(298)], nextBefore: 298 });
    api.olderThan.mockResolvedValueOnce({ entries: [entry(297)], nextBefore: null });
    render(<AuditPage me={me} />);
    await screen.findByRole('table');
    expect(screen.queryByText(text.end)).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: text.older }));
    await waitFor(() => expect(rows()).toHaveLength(3));
    expect(api.olderThan).toHaveBeenLastCalledWith(299);
    expect(screen.getByRole('status').textContent).toBe('Showing 3 entries.');

    fireEvent.click(screen.getByRole('button', { name: text.older }));
    await waitFor(() => expect(rows()).toHaveLength(4));
    expect(api.olderThan).toHaveBeenLastCalledWith(298);
    expect(rows().map((row) => within(row).getAllByRole('cell')[2]?.textContent)).toEqual(['item-300', 'item-299', 'item-298', 'item-297']);
    expect(screen.queryByRole('button', { name: text.older })).toBeNull();
    expect(document.activeElement).toBe(screen.getByText(text.end));
  });

  it('shows a failure to load older entries in an alert and keeps the button', async () => {
    api.newest.mockResolvedValue({ entries: [entry(2)], nextBefore: 2 });
    api.olderThan.mockRejectedValue(new Error('Network down'));
    render(<AuditPage me={me} />);
    fireEvent.click(await screen.findByRole('button', { name: text.older }));
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('Could not load older entries. Network down'));
    expect(screen.getByRole('button', { name: text.older })).toBeTruthy();
    expect(rows()).toHaveLength(1);
  });
});
