import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { markWelcomed } from './child';
import type { RunningServer } from './server';

/** Every screen of the young person's app, with its h1 (the first-use screens are reached separately). */
export const CHILD_ROUTES: readonly (readonly [string, string])[] = [
  ['/', 'Your Say'],
  ['/promise', 'Our promise to you'],
  ['/rate', 'Rate your care'],
  ['/advocate', 'Ask for an advocate'],
  ['/say', 'Say something'],
  ['/sent', 'What happened to what I said'],
  ['/you-said-we-did', 'You said, we did'],
  ['/settings', 'Settings'],
  ['/help', 'Help now'],
  ['/words', 'Words explained'],
  ['/exit-explained', 'How Exit this page works'],
];

export const PHONE = { width: 360, height: 740 } as const;
export const SMALL_PHONE = { width: 320, height: 740 } as const;

/** A context the size of a phone, past the first-use screens unless `firstUse` is asked for. */
export async function phoneContext(
  browser: Browser,
  server: RunningServer,
  viewport: { width: number; height: number } = PHONE,
  firstUse = false,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  if (!firstUse) await markWelcomed(page);
  return { context, page };
}

/** Android's font scaling at 200 %: the root font size doubled (the page's own sizes are all in rem/em). */
export async function doubleTextSize(page: Page): Promise<void> {
  await page.evaluate(() => {
    const root = document.documentElement;
    // Once per page load: the steps of one screen keep the doubled size, and must not double it again.
    if (root.dataset.doubledText) return;
    root.dataset.doubledText = 'yes';
    root.style.fontSize = `${parseFloat(getComputedStyle(root).fontSize) * 2}px`;
  });
  // Let the safety bar's size observer catch up with the new size.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

export interface Fit {
  scrollWidth: number;
  clientWidth: number;
  exit: { left: number; right: number; top: number; bottom: number };
  viewport: { width: number; height: number };
}

/** How wide the page is against the screen, and where Exit this page is. */
export function measureFit(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const exit = document.querySelector('.exit-button')?.getBoundingClientRect();
    if (!exit) throw new Error('No Exit this page button');
    return {
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      exit: { left: exit.left, right: exit.right, top: exit.top, bottom: exit.bottom },
      viewport: { width: window.innerWidth, height: window.innerHeight },
    };
  });
}

export interface Placement {
  top: number;
  bottom: number;
  headerBottom: number;
  viewportHeight: number;
  focused: boolean;
}

/** Where an element is against the sticky safety bar and the screen, and whether it has focus. */
export function placement(locator: Locator): Promise<Placement> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    const header = document.querySelector('.safety-bar')?.getBoundingClientRect();
    return {
      top: box.top,
      bottom: box.bottom,
      headerBottom: header?.bottom ?? 0,
      viewportHeight: window.innerHeight,
      focused: document.activeElement === element,
    };
  });
}

/** Scrolls to the very bottom, as a thumb would before tapping a button there. */
export async function scrollToBottom(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
}

/**
 * Every visible control smaller than 44 × 44 CSS px. A checkbox or radio counts its label's box, which is
 * what a finger taps. The skip link is left out: it is off screen until a keyboard focuses it.
 */
export function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a, button, input[type=checkbox], input[type=radio], select, summary')]
      .filter((element) => !element.classList.contains('skip-link'))
      .map((element) => {
        const target = element instanceof HTMLInputElement ? (element.closest('label') ?? element.labels?.[0] ?? element) : element;
        const box = target.getBoundingClientRect();
        const style = getComputedStyle(target);
        const visible = box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
        const name = (element.textContent || element.getAttribute('aria-label') || element.outerHTML).trim().slice(0, 40);
        return visible && (box.width < 44 || box.height < 44) ? `${name} (${Math.round(box.width)} × ${Math.round(box.height)})` : '';
      })
      .filter(Boolean),
  );
}
