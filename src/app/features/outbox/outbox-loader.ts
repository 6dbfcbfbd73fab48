/**
 * The outbox (Dexie, schemas, sync) loads just after the first screen is drawn, so a child on a
 * slow phone sees the app before the storage code arrives. Everything reaches it through here.
 */
export type OutboxService = typeof import('./outbox-service');

let loading: Promise<OutboxService> | undefined;

export function loadOutboxService(): Promise<OutboxService> {
  loading ??= import('./outbox-service');
  return loading;
}
