import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { StaffMe } from '../../shared/inbox/staff-wire';
import { type StaffRole, isStaffRole } from '../../shared/staff/roles';
import type { Db } from '../db/database';
import { clearSessionCookie, readSessionId, requirePermission, setSessionCookie } from './auth';
import { hashPassword, verifyPassword } from './passwords';
import { permissionsOf } from './permissions';
import { createSession, endSession } from './sessions';
import { checkAccountThrottle, recordFailure, takeFailures } from './sign-in-throttle';
import { findStaffForSignIn, normaliseEmail } from './staff-repository';

const noNul = (value: string) => !value.includes('\u0000');
const signInBody = z.object({ email: z.string().max(254).refine(noNul), password: z.string().max(1000).refine(noNul) });

// Checked for unknown emails too, so the time taken does not tell which emails exist.
let dummyHash: Promise<string> | undefined;
function getDummyHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

/** Who is signed in and what they may do, so the inbox shows only the sections they may see. */
function staffMe(email: string, role: StaffRole): StaffMe {
  return { email, role, permissions: permissionsOf(role) };
}

export function registerAuthRoutes(app: FastifyInstance, db: Db): void {
  app.post(
    '/api/v1/staff/sign-in',
    { config: { rateLimit: { max: 10, timeWindow: '1 minute' } } },
    async (request, reply) => {
      const body = signInBody.safeParse(request.body);
      if (!body.success) return reply.code(400).send({ error: 'Send an email and a password.' });
      // Checked before the password, for known and unknown emails alike, so it says nothing of either.
      const account = normaliseEmail(body.data.email);
      const throttle = await checkAccountThrottle(db, account);
      if (!throttle.ok) {
        const minutes = Math.ceil(throttle.retryAfterSeconds / 60);
        reply.header('retry-after', String(throttle.retryAfterSeconds));
        return reply.code(429).send({ error: `Too many wrong tries for this account. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.` });
      }
      const staff = await findStaffForSignIn(db, body.data.email);
      const ok = await verifyPassword(staff?.password_hash ?? (await getDummyHash()), body.data.password);
      if (!staff || !ok || staff.disabled || !isStaffRole(staff.role)) {
        await recordFailure(db, account);
        return reply.code(401).send({ error: 'That email or password is not right.' });
      }
      const failedTries = await takeFailures(db, account);
      const oldId = readSessionId(request);
      if (oldId) await endSession(db, oldId);
      setSessionCookie(request, reply, await createSession(db, Number(staff.id)));
      return { ...staffMe(staff.email, staff.role), failedTries };
    },
  );

  app.post('/api/v1/staff/sign-out', async (request, reply) => {
    const id = readSessionId(request);
    if (id) await endSession(db, id);
    clearSessionCookie(request, reply);
    // The browser drops what it cached for this site, so no inbox answer stays behind. Not "storage":
    // the young person's app shares this origin, and its outbox may hold a child's unsent answers on
    // this very device (a facilitator's tablet). The inbox itself keeps nothing in storage.
    reply.header('clear-site-data', '"cache"');
    return reply.code(204).send();
  });

  app.get('/api/v1/staff/me', { preHandler: requirePermission(db, 'signed-in') }, async (request, reply) => {
    const staff = request.staff;
    if (!staff) return reply.code(401).send({ error: 'Please sign in.' });
    reply.header('cache-control', 'no-store');
    return staffMe(staff.email, staff.role);
  });
}
