import type { Workbox } from 'workbox-window';
import { countWaiting, loadOutboxService } from '../outbox/outbox-loader';

type Listener = (updateReady: boolean) => void;

let workbox: Workbox | undefined;
let updateRequested = false;
let updateReady = false;
const listeners = new Set<Listener>();

function setUpdateReady(value: boolean): void {
  updateReady = value;
  for (const listener of listeners) listener(value);
}

export function onUpdateReady(listener: Listener): () => void {
  listeners.add(listener);
  listener(updateReady);
  return () => listeners.delete(listener);
}

/** After the page has loaded, so neither workbox-window nor the precache competes with the first screen. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const register = () => {
    // Offline before anything was cached, there is no worker to fetch either: the next visit tries again.
    import('workbox-window').then(({ Workbox }) => start(new Workbox('/sw.js', { scope: '/' })), () => undefined);
  };
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}

function start(registered: Workbox): void {
  workbox = registered;
  workbox.addEventListener('waiting', () => setUpdateReady(true));
  // Reload only for an update the child asked for, and never while answers are still unsent.
  workbox.addEventListener('controlling', (event) => {
    // workbox's isUpdate is false for a page that was opened before any worker controlled it, so
    // our own flag says whether this change is the update the child asked for.
    if (!updateRequested && !event.isUpdate) return;
    // If the outbox cannot be read just now, do not reload: we cannot tell that nothing is waiting.
    void countWaiting().then(
      (waiting) => {
        if (waiting === 0) window.location.reload();
      },
      () => undefined,
    );
  });
  void workbox.register();
}

export type UpdateResult = 'updating' | 'wait-for-send';

/** Switches to the new version, unless something the child said is not yet sent. */
export async function applyUpdate(): Promise<UpdateResult> {
  if ((await countWaiting()) > 0) return 'wait-for-send';
  updateRequested = true;
  workbox?.messageSkipWaiting();
  return 'updating';
}

/**
 * Keeps the promise "We will update after your answers are sent": watches the outbox and switches to
 * the new version as soon as nothing is waiting. Answers the function that stops watching.
 */
export function applyUpdateWhenSent(onResult: (result: UpdateResult) => void): () => void {
  let stop: (() => void) | undefined;
  let stopped = false;
  void loadOutboxService().then((service) => {
    if (stopped) return;
    stop = service.subscribeOutbox(
      (snapshot) => {
        if (snapshot.waiting.length === 0) void applyUpdate().then(onResult, () => undefined);
      },
      () => undefined,
    );
  });
  return () => {
    stopped = true;
    stop?.();
  };
}
