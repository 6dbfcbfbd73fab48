import axe from 'axe-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import inbox from '../../../../locales/en/inbox.json';
import text from '../../../../locales/en/inbox-staff.json';
import type { StaffAccount } from '../../../shared/inbox/staff-admin-wire';
import { ApiError, type Me } from '../../api';
import { initI18n } from '../../i18n';
import { staffApi } from './staff-api';
import { StaffPage } from './staff-page';

vi.mock('./staff-api', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./staff-api')>();
  return { ...actual, staffApi: { list: vi.fn(), add: vi.fn(), resetPassword: vi.fn(), disable: vi.fn(), enable: vi.fn() } };
});
const api = vi.mocked(staffApi);

const me: Me = { email: 'boss@example.org', role: 'admin', permissions: ['staff:manage', 'audit:read'] };
const account = (id: number, email: string, role: StaffAccount['role'], disabled = false): StaffAccount => ({
  id,
  email,
  role,
  disabled,
  createdAt: '2026-01-01T09:00:00.000Z',
});
const boss = account(1, me.email, 'admin');
const sam = account(2, 'sam@example.org', 'facilitator');

beforeAll(async () => {
  await initI18n();
});

beforeEach(() => {
  vi.resetAllMocks();
  api.list.mockResolvedValue({ staff: [boss, sam] });
});

// jsdom cannot draw text, so colour contrast is checked by the browser tests instead.
const axeViolations = async (container: HTMLElement) =>
  (await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })).violations.map((v) => v.id);

const rowOf = async (email: string) => {
  const table = await screen.findByRole('table', { name: text.table.caption_other.replace('{{count}}', '2') });
  const row = within(table).getByRole('rowheader', { name: new RegExp(email) }).closest('tr');
  if (!row) throw new Error(`No row for ${email}`);
  return row;
};

describe('StaffPage', () => {
  it('lists staff with role and status in words, and passes axe', async () => {
    const { container } = render(<StaffPage me={me} />);
    const row = await rowOf(sam.email);
    expect(within(row).getByText(inbox.roles.facilitator)).toBeTruthy();
    expect(within(row).getByText(text.status.active)).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('adds a staff member with a labelled role choice, says so, and reloads the list', async () => {
    api.add.mockResolvedValue(account(3, 'new@example.org', 'advocacy-coordinator'));
    render(<StaffPage me={me} />);
    await rowOf(sam.email);
    const form = screen.getByRole('group', { name: text.add.legend });
    const role = within(form).getByLabelText<HTMLSelectElement>(text.add.role);
    expect([...role.options].map((o) => o.textContent)).toEqual([text.add.chooseRole, ...Object.values(inbox.roles)]);

    fireEvent.change(within(form).getByLabelText(text.add.email), { target: { value: 'new@example.org' } });
    fireEvent.change(role, { target: { value: 'advocacy-coordinator' } });
    fireEvent.change(within(form).getByLabelText(text.add.password), { target: { value: 'correct horse battery' } });
    fireEvent.click(within(form).getByRole('button', { name: text.add.submit }));

    await waitFor(() => expect(api.list).toHaveBeenCalledTimes(2));
    expect(api.add).toHaveBeenCalledWith({ email: 'new@example.org', role: 'advocacy-coordinator', password: 'correct horse battery' });
    const statuses = screen.getAllByRole('status').map((s) => s.textContent);
    expect(statuses).toContain(`Added new@example.org as ${inbox.roles['advocacy-coordinator']}. They can sign in now.`);
    expect(within(form).getByLabelText<HTMLInputElement>(text.add.password).value).toBe('');
  });

  it("shows the server's refusal in an alert and keeps what was typed", async () => {
    api.add.mockRejectedValue(new ApiError(400, 'That password is too common. Choose another.'));
    render(<StaffPage me={me} />);
    await rowOf(sam.email);
    const form = screen.getByRole('group', { name: text.add.legend });
    fireEvent.change(within(form).getByLabelText(text.add.email), { target: { value: 'new@example.org' } });
    fireEvent.change(within(form).getByLabelText(text.add.role), { target: { value: 'facilitator' } });
    fireEvent.change(within(form).getByLabelText(text.add.password), { target: { value: 'password1' } });
    fireEvent.click(within(form).getByRole('button', { name: text.add.submit }));

    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('Not saved. That password is too common. Choose another.'));
    expect(within(form).getByLabelText<HTMLInputElement>(text.add.email).value).toBe('new@example.org');
    expect(api.list).toHaveBeenCalledTimes(1);
  });

  it('asks in the page before disabling, saying it signs them out; cancel changes nothing', async () => {
    const confirmSpy = vi.spyOn(window, 'confirm');
    const { container } = render(<StaffPage me={me} />);
    const row = await rowOf(sam.email);
    const disable = within(row).getByRole('button', { name: `${text.disable.button}: ${sam.email}` });
    fireEvent.click(disable);

    const question = within(row).getByRole('group', { name: /signed out at once/ });
    expect(question.textContent).toContain(sam.email);
    expect(document.activeElement).toBe(within(question).getByRole('button', { name: `Yes, disable ${sam.email}` }));
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.click(within(question).getByRole('button', { name: text.disable.cancel }));
    expect(within(row).queryByRole('group')).toBeNull();
    expect(document.activeElement).toBe(disable);
    expect(api.disable).not.toHaveBeenCalled();
    expect(confirmSpy).not.toHaveBeenCalled();
  });

  it('disables after confirmation, reports it and shows the account as disabled', async () => {
    api.disable.mockResolvedValue({ ...sam, disabled: true });
    render(<StaffPage me={me} />);
    const row = await rowOf(sam.email);
    api.list.mockResolvedValue({ staff: [boss, { ...sam, disabled: true }] });
    fireEvent.click(within(row).getByRole('button', { name: `${text.disable.button}: ${sam.email}` }));
    fireEvent.click(within(row).getByRole('button', { name: `Yes, disable ${sam.email}` }));

    await waitFor(() => expect(within(row).getByText(text.status.disabled)).toBeTruthy());
    expect(api.disable).toHaveBeenCalledWith(sam.id);
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(`Disabled ${sam.email}. They have been signed out.`);
    expect(within(row).getByRole('button', { name: `${text.enable.button}: ${sam.email}` })).toBeTruthy();
  });

  it("offers no Disable button on the admin's own row, and says why", async () => {
    render(<StaffPage me={me} />);
    const row = await rowOf(boss.email);
    expect(within(row).queryByRole('button', { name: new RegExp(text.disable.button) })).toBeNull();
    expect(within(row).getByText(text.disable.self)).toBeTruthy();
  });

  it('resets a password from a revealed field, and shows a refusal in an alert', async () => {
    api.resetPassword.mockRejectedValueOnce(new ApiError(400, 'The password must be at least 8 characters.'));
    api.resetPassword.mockResolvedValueOnce(sam);
    render(<StaffPage me={me} />);
    const row = await rowOf(sam.email);
    expect(within(row).queryByLabelText(`New password for ${sam.email}`)).toBeNull();
    fireEvent.click(within(row).getByRole('button', { name: `${text.reset.open}: ${sam.email}` }));
    const field = within(row).getByLabelText(`New password for ${sam.email}`);
    expect(document.activeElement).toBe(field);

    fireEvent.change(field, { target: { value: 'short' } });
    fireEvent.click(within(row).getByRole('button', { name: text.reset.save }));
    await waitFor(() => expect(screen.getAllByRole('alert').map((a) => a.textContent)).toContain('Not saved. The password must be at least 8 characters.'));

    fireEvent.change(field, { target: { value: 'a much longer passphrase' } });
    fireEvent.click(within(row).getByRole('button', { name: text.reset.save }));
    await waitFor(() => expect(within(row).queryByLabelText(`New password for ${sam.email}`)).toBeNull());
    expect(api.resetPassword).toHaveBeenLastCalledWith(sam.id, 'a much longer passphrase');
    expect(screen.getAllByRole('status').map((s) => s.textContent).join(' ')).toMatch(/signed out everywhere/);
  });
});
