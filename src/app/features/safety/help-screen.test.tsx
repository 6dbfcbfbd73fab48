import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import safety from '../../../../locales/en/safety.json';
import { renderWithText } from '../../../../tests/support/i18n';

// The council line is read when the screen's module loads (it is fixed at build time), so each case
// sets the build settings first and then loads the screen afresh.
async function renderHelp() {
  vi.resetModules();
  const { default: HelpScreen } = await import('./help-screen');
  return renderWithText(<HelpScreen />, { safety });
}

describe('Help now screen', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('has no council line when none is set', async () => {
    vi.stubEnv('VITE_COUNCIL_OUT_OF_HOURS_PHONE', '');
    await renderHelp();
    expect(screen.queryByText(/costs the same as a normal call/)).toBeNull();
    expect(screen.getByRole('link', { name: 'Call Always Heard: 0808 800 5792' }).getAttribute('href')).toBe('tel:08088005792');
  });

  it('shows the council line honestly: when it is open, and that it costs a normal call', async () => {
    vi.stubEnv('VITE_COUNCIL_OUT_OF_HOURS_PHONE', '01234 567890');
    vi.stubEnv('VITE_COUNCIL_OUT_OF_HOURS_NAME', 'Anytown Emergency Duty Team');
    await renderHelp();
    expect(screen.getByRole('heading', { level: 3, name: 'Anytown Emergency Duty Team' })).toBeTruthy();
    expect(screen.getByText('It is open when the council office is closed. It costs the same as a normal call.')).toBeTruthy();
    const call = screen.getByRole('link', { name: 'Call your council: 01234 567890' });
    expect(call.getAttribute('href')).toBe('tel:01234567890');
    expect(call.querySelector('bdi[dir="ltr"]')?.textContent).toBe('01234 567890');
  });

  it('names the council line plainly when the council gave no name', async () => {
    vi.stubEnv('VITE_COUNCIL_OUT_OF_HOURS_PHONE', '01234 567890');
    vi.stubEnv('VITE_COUNCIL_OUT_OF_HOURS_NAME', '');
    await renderHelp();
    expect(screen.getByRole('heading', { level: 3, name: 'Your council, when the office is closed' })).toBeTruthy();
  });
});
