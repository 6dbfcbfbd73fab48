import { z } from 'zod/mini';

/** Limits of one POST /api/v1/sync request. Larger requests are answered 413. */
export const SYNC_MAX_ITEMS = 500;
export const SYNC_MAX_BODY_BYTES = 1_000_000;

/**
 * The envelope knows nothing of a kind's content, so new kinds (and payloads sealed on the
 * device) travel without changes here.
 */
export const syncItem = z.object({
  id: z.uuid(),
  kind: z.string().check(z.minLength(1), z.maxLength(64)),
  createdAt: z.iso.datetime({ offset: true }).check(z.maxLength(40)),
  payload: z.unknown(),
});
export type SyncItem = z.infer<typeof syncItem>;

export const syncRequest = z.object({
  items: z.array(z.unknown()),
});

export const SYNC_STATUSES = ['stored', 'duplicate', 'rejected'] as const;
export type SyncStatus = (typeof SYNC_STATUSES)[number];

export const syncResult = z.object({
  id: z.nullable(z.string()),
  status: z.enum(SYNC_STATUSES),
  reason: z.optional(z.string()),
});
export type SyncResult = z.infer<typeof syncResult>;

export const syncResponse = z.object({
  results: z.array(syncResult),
});
export type SyncResponse = z.infer<typeof syncResponse>;
