import { clearAllDrafts } from '../drafts/session-draft';

/** Where "Exit this page" goes: a neutral site, as GOV.UK does. Set VITE_EXIT_URL at build time to change it. */
export const EXIT_URL: string = import.meta.env.VITE_EXIT_URL || 'https://www.bbc.co.uk/weather';

/**
 * Hides the page at once behind a plain overlay, then replaces it so "back" does not return to this
 * screen. Answers started but not sent go first: leaving in a hurry is a hand-over, and Back could
 * still reach earlier screens of the app (the browser keeps them; we cannot remove them).
 */
export function exitPage(): void {
  clearAllDrafts();
  const overlay = document.createElement('div');
  overlay.className = 'exit-overlay';
  document.body.appendChild(overlay);
  document.body.classList.add('exiting');
  document.title = '';
  window.location.replace(EXIT_URL);
}
