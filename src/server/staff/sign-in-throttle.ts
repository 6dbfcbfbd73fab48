import type { Db } from '../db/database';

/** At most this many failed tries per account in the window; then 429 until the oldest ages out. */
export const ACCOUNT_MAX_FAILURES = 10;
export const ACCOUNT_WINDOW_MS = 15 * 60_000;

const KEEP_DAYS = 30;

export type ThrottleCheck = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Per account, not per address: a client behind a proxy can write any address, and an attacker can
 * use many. Counted in the database, so processes sharing it share the limit and a restart keeps it.
 */
export async function checkAccountThrottle(db: Db, email: string, now = Date.now()): Promise<ThrottleCheck> {
  const since = new Date(now - ACCOUNT_WINDOW_MS).toISOString();
  const recent = await db
    .selectFrom('sign_in_failures')
    .select('failed_at')
    .where('email', '=', email)
    .where('failed_at', '>', since)
    .orderBy('failed_at', 'desc')
    .limit(ACCOUNT_MAX_FAILURES)
    .execute();
  if (recent.length < ACCOUNT_MAX_FAILURES) return { ok: true };
  // The oldest of the last ten: once it leaves the window, one more try is allowed.
  const oldest = Date.parse(recent.at(-1)?.failed_at ?? new Date(now).toISOString());
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + ACCOUNT_WINDOW_MS - now) / 1000)) };
}

export async function recordFailure(db: Db, email: string, now = Date.now()): Promise<void> {
  await db.insertInto('sign_in_failures').values({ email, failed_at: new Date(now).toISOString() }).execute();
  // Kept until the owner's next good sign-in (they are told how many), or 30 days at most.
  await db.deleteFrom('sign_in_failures').where('failed_at', '<', new Date(now - KEEP_DAYS * 86_400_000).toISOString()).execute();
}

/** After a good sign-in: how many tries failed since the last one (shown to the owner), then forgotten. */
export async function takeFailures(db: Db, email: string): Promise<number> {
  const rows = await db.selectFrom('sign_in_failures').select((eb) => eb.fn.countAll<number>().as('n')).where('email', '=', email).executeTakeFirst();
  await db.deleteFrom('sign_in_failures').where('email', '=', email).execute();
  return Number(rows?.n ?? 0);
}
