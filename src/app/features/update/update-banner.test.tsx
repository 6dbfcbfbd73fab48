import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { common, renderWithText } from '../../../../tests/support/i18n';
import { announceNewVersion, reloadPage } from './new-version';
import { UpdateBanner } from './update-banner';

vi.mock('./service-worker', () => ({
  onUpdateReady: (listener: (ready: boolean) => void) => {
    listener(false);
    return () => undefined;
  },
  applyUpdate: vi.fn(),
}));

vi.mock('./new-version', async (importOriginal) => ({ ...(await importOriginal<typeof import('./new-version')>()), reloadPage: vi.fn() }));

describe('UpdateBanner', () => {
  it('when another tab has moved the answers to a newer version: says so in plain words, and reloads when asked', async () => {
    await renderWithText(<UpdateBanner />);
    expect(screen.queryByRole('alert')).toBeNull();

    act(() => announceNewVersion());
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(common.update.newVersionOpen);
    fireEvent.click(screen.getByRole('button', { name: common.update.reload }));
    expect(reloadPage).toHaveBeenCalledTimes(1);
  });
});
