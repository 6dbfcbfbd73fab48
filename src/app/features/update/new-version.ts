/**
 * Another tab has moved the saved answers to a newer version than this page's code can open. The
 * answers are safe on the phone; the child only needs to reload to get the new version. Kept free
 * of any storage code, so the update banner (on the first screen) can listen cheaply.
 */
type Listener = (needed: boolean) => void;

let needed = false;
const listeners = new Set<Listener>();

export function announceNewVersion(): void {
  if (needed) return;
  needed = true;
  for (const listener of [...listeners]) listener(true);
}

export function onNewVersion(listener: Listener): () => void {
  listeners.add(listener);
  listener(needed);
  return () => {
    listeners.delete(listener);
  };
}

/** Loads the page again. The new version opens the same saved answers, so nothing is lost. */
export function reloadPage(): void {
  window.location.reload();
}
