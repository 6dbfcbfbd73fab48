import { type RefObject, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/** The first h1 or h2 in what was just added to the screen: the heading of a new step or message. */
function firstHeading(nodes: readonly Node[]): HTMLElement | null {
  for (const node of nodes) {
    if (!(node instanceof HTMLElement)) continue;
    if (node.matches('h1, h2')) return node;
    const inside = node.querySelector<HTMLElement>('h1, h2');
    if (inside) return inside;
  }
  return null;
}

function focusHeading(heading: HTMLElement): void {
  // -1: focus from code only, never a stop for the Tab key. Set here so no screen has to remember it.
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus();
}

/**
 * One place for what a change of screen means, so no screen has to do it itself:
 *
 * - The page title follows the screen's h1 ("Rate your care – Your Say"). It is read from the page, so a
 *   screen that shows a different h1 per step (first use: privacy, then about you) needs nothing more.
 * - After following a link (never on first load, where a screen reader reads the new page itself), the
 *   page goes to the top and focus moves to the new h1. We rely on that focus to announce the change, as
 *   the Gatsby accessible client-side routing research (Marcy Sutton, 2019) and GOV.UK's pattern of
 *   focusing a new page's heading recommend: screen readers read a focused heading out, and a live region
 *   saying the title as well would announce the same change twice.
 * - When a step removes the control that had focus (Next on first use, Send on rating), focus goes to
 *   the new heading instead of being dropped on the page, where a screen reader user would be lost.
 *
 * Headings stop below the sticky safety bar because of `scroll-padding-block-start` in styles.css.
 */
export function useScreenFocus(main: RefObject<HTMLElement | null>): void {
  const { t } = useTranslation();
  const { pathname, hash } = useLocation();
  const appName = t('app.name');
  const wantsH1 = useRef(false);
  const shownPath = useRef<string | null>(null);
  const lastFocused = useRef<Element | null>(null);
  const sync = useRef<(added?: readonly Node[]) => void>(() => undefined);

  useEffect(() => {
    // Remembered so that "its control was removed" can be told apart from a tap on plain text.
    const onFocusIn = (event: FocusEvent) => {
      lastFocused.current = event.target instanceof Element ? event.target : null;
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);

  useEffect(() => {
    const root = main.current;
    if (!root) return undefined;
    sync.current = (added = []) => {
      if (document.body.classList.contains('exiting')) return; // Exit this page blanked the title on purpose.
      const h1 = root.querySelector<HTMLElement>('h1');
      const screen = h1?.textContent?.trim() ?? '';
      if (h1) {
        document.title = screen && screen !== appName ? t('screenTitle', { screen, app: appName }) : appName;
        if (!h1.hasAttribute('tabindex')) h1.tabIndex = -1;
      }
      if (wantsH1.current && h1) {
        wantsH1.current = false;
        focusHeading(h1);
        return;
      }
      const active = document.activeElement;
      const lost = !active || active === document.body;
      if (lost && lastFocused.current && !lastFocused.current.isConnected) {
        const heading = firstHeading(added) ?? h1;
        if (heading) focusHeading(heading);
      }
    };
    const observer = new MutationObserver((records) => sync.current(records.flatMap((record) => [...record.addedNodes])));
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    sync.current();
    return () => observer.disconnect();
  }, [main, appName, t]);

  useEffect(() => {
    const moved = shownPath.current !== null && shownPath.current !== pathname;
    shownPath.current = pathname;
    // A link to a part of a screen (/words#care-plan) is the screen's own to focus and scroll to.
    if (!moved || hash) return;
    window.scrollTo(0, 0);
    wantsH1.current = true;
    // The new screen may be drawn already; if it is still loading, the observer focuses its h1 later.
    sync.current();
  }, [pathname, hash]);
}
