import { countWaitingCheaply } from './waiting-check';

/**
 * The outbox (Dexie, schemas, sync) is the biggest piece of the app, and a first visit has nothing to
 * send. So it loads only when something waits, when a screen that shows or saves answers opens, or
 * when the child saves. Everything reaches it through here.
 */
export type OutboxService = typeof import('./outbox-service');

let loading: Promise<OutboxService> | undefined;

/** Loads the outbox once per page, and starts sending (now, when online, when visible again). */
export function loadOutboxService(): Promise<OutboxService> {
  loading ??= import('./outbox-service').then(
    (service) => {
      service.startSync();
      return service;
    },
    (error: unknown) => {
      // A failed fetch (offline before the service worker had it) may work next time: do not keep it.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** For screens that save answers: loaded while the child types, so saving is quick even if the signal goes. */
export function preloadOutboxService(): void {
  loadOutboxService().catch(() => undefined);
}

/** The outbox, if something waits to be sent (or we cannot tell); undefined if nothing waits. */
export async function outboxIfWaiting(): Promise<OutboxService | undefined> {
  if (loading) return loading;
  const waiting = await countWaitingCheaply();
  return waiting === 0 ? undefined : loadOutboxService();
}

/** How many things wait, without loading the outbox when it is not loaded and nothing waits. */
export async function countWaiting(): Promise<number> {
  const service = await outboxIfWaiting();
  return service ? service.countWaiting() : 0;
}

let watching = false;

/**
 * At start, and whenever the phone comes online or the app is shown again, loads the outbox if
 * something waits (saved in another tab, or before a reload). Once loaded, the outbox's own
 * startSync listens to the same events, so these checks stop.
 */
export function startSyncWhenWaiting(): void {
  const check = () => {
    if (!loading) void outboxIfWaiting().catch(() => undefined);
  };
  check();
  if (watching) return;
  watching = true;
  window.addEventListener('online', check);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
}
