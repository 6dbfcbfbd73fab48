/** The outbox's database and store names: one home for Dexie's schema and for the cheap check before it loads. */
export const OUTBOX_DB_NAME = 'your-say';
export const OUTBOX_STORE = 'outbox';
