import { type RefObject, useEffect } from 'react';

/**
 * Keeps `--safety-bar-block-size` on <html> equal to the sticky safety bar's real height. The bar wraps
 * to two lines with big text, so a fixed number would let it hide the heading that focus just moved to;
 * styles.css turns this into `scroll-padding-block-start`, which focus and links to #parts respect.
 */
export function useStickyHeaderSize(header: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const bar = header.current;
    if (!bar || typeof ResizeObserver === 'undefined') return undefined;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      root.style.setProperty('--safety-bar-block-size', `${Math.ceil(bar.getBoundingClientRect().height)}px`);
    });
    observer.observe(bar);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--safety-bar-block-size');
    };
  }, [header]);
}
