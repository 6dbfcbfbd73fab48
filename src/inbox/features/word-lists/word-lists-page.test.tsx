import axe from 'axe-core';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import text from '../../../../locales/en/inbox-word-lists.json';
import { ApiError, type Me } from '../../api';
import { initI18n } from '../../i18n';
import { WordListsPage } from './word-lists-page';
import { wordListsApi } from './word-lists-api';

vi.mock('./word-lists-api', () => ({ wordListsApi: { list: vi.fn(), add: vi.fn(), remove: vi.fn() } }));
const api = vi.mocked(wordListsApi);

const me: Me = { email: 'admin@example.org', role: 'admin', permissions: ['redaction-lists:manage'] };

beforeAll(async () => {
  await initI18n();
});

beforeEach(() => {
  vi.resetAllMocks();
  api.list.mockResolvedValue({ terms: [{ id: 1, kind: 'name', term: 'Sam' }] });
});

describe('WordListsPage', () => {
  it('shows both lists with labelled forms, and passes axe', async () => {
    const { container } = render(<WordListsPage me={me} />);
    const names = await screen.findByRole('list', { name: text.lists.name.title });
    expect(within(names).getByText('Sam')).toBeTruthy();
    expect(screen.getByText(text.lists.school.none)).toBeTruthy();
    expect(screen.getByLabelText(text.lists.name.add)).toBeTruthy();
    expect(screen.getByLabelText(text.lists.school.add)).toBeTruthy();
    expect((await axe.run(container, { rules: { 'color-contrast': { enabled: false } } })).violations.map((v) => v.id)).toEqual([]);
  });

  it('adds a school and says so, then clears the field', async () => {
    api.add.mockResolvedValue({ id: 2, kind: 'school', term: 'Oakfield' });
    render(<WordListsPage me={me} />);
    const input = (await screen.findByLabelText(text.lists.school.add)) as HTMLInputElement;
    fireEvent.change(input, { target: { value: '  Oakfield ' } });
    fireEvent.click(within(input.closest('form') as HTMLElement).getByRole('button', { name: text.addButton }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Added Oakfield.'));
    expect(api.add).toHaveBeenCalledWith('school', 'Oakfield');
    expect(input.value).toBe('');
    expect(api.list).toHaveBeenCalledTimes(2);
  });

  it('explains a duplicate and an empty entry, keeping what was typed', async () => {
    api.add.mockRejectedValue(new ApiError(409, 'That name is already on the list.'));
    render(<WordListsPage me={me} />);
    const input = (await screen.findByLabelText(text.lists.name.add)) as HTMLInputElement;
    fireEvent.submit(input.closest('form') as HTMLElement);
    expect((await screen.findByRole('alert')).textContent).toBe(text.empty);
    expect(api.add).not.toHaveBeenCalled();
    fireEvent.change(input, { target: { value: 'sam' } });
    fireEvent.submit(input.closest('form') as HTMLElement);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('sam is already on the list.'));
    expect(input.value).toBe('sam');
  });

  it('removes an entry by its named button', async () => {
    api.remove.mockResolvedValue(undefined);
    render(<WordListsPage me={me} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Remove Sam' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Removed Sam.'));
    expect(api.remove).toHaveBeenCalledWith(1);
  });
});
