import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import inbox from '../../../../locales/en/inbox.json';
import { initI18n } from '../../i18n';
import { StatusForm } from './status-form';

beforeAll(async () => {
  await initI18n();
});

describe('StatusForm', () => {
  it('offers only forward statuses with labelled controls, and posts the move with the inbox header', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ id: 'a1', status: 'closed', statusChangedAt: 'x' }), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    const onChanged = vi.fn();
    render(<StatusForm which="talk" id="a1" status="new" onChanged={onChanged} />);

    const select = screen.getByLabelText<HTMLSelectElement>(inbox.statusForm.next);
    expect([...select.options].map((o) => o.value)).toEqual(['contacted', 'closed']);
    fireEvent.change(select, { target: { value: 'closed' } });
    fireEvent.change(screen.getByLabelText(inbox.statusForm.note), { target: { value: '  Rang back  ' } });
    fireEvent.click(screen.getByRole('button', { name: inbox.statusForm.submit }));

    await waitFor(() => expect(onChanged).toHaveBeenCalledTimes(1));
    expect(fetchMock).toHaveBeenCalledWith('/api/v1/inbox/talk-requests/a1/status', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'x-your-say': 'inbox', 'content-type': 'application/json' },
      body: JSON.stringify({ status: 'closed', note: 'Rang back' }),
    });
    expect(screen.getByRole('status').textContent).toContain(inbox.status.closed);
    vi.unstubAllGlobals();
  });

  it('shows no form once a request is closed', () => {
    render(<StatusForm which="advocate" id="a2" status="closed" onChanged={() => undefined} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText(inbox.statusForm.final)).toBeTruthy();
  });
});
