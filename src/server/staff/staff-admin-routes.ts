import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { StaffAccount, StaffListResponse } from '../../shared/inbox/staff-admin-wire';
import type { Db } from '../db/database';
import { readSessionId, requirePermission } from './auth';
import { PASSWORD_MAX_LENGTH } from './passwords';
import {
  StaffConflictError,
  StaffInputError,
  addStaff,
  listStaff,
  resetStaffPassword,
  setStaffDisabled,
} from './staff-repository';

const addBody = z.strictObject({
  email: z.string().max(1000),
  role: z.string().max(100),
  password: z.string().max(PASSWORD_MAX_LENGTH * 4),
});
const passwordBody = z.strictObject({ password: z.string().max(PASSWORD_MAX_LENGTH * 4) });
const idParams = z.object({ id: z.string().regex(/^\d{1,20}$/) });

/** The largest id a PostgreSQL integer column holds: anything above names no one. */
const MAX_STAFF_ID = 2_147_483_647;
const NOT_FOUND = 'There is no such staff member.';

/** The target's id from the URL: undefined after answering 400 (not a number) or 404 (no such id can exist). */
function targetId(request: FastifyRequest, reply: FastifyReply): number | undefined {
  const params = idParams.safeParse(request.params);
  if (!params.success) {
    void reply.code(400).send({ error: 'The staff id must be a whole number.' });
    return undefined;
  }
  const id = Number(params.data.id);
  if (id < 1 || id > MAX_STAFF_ID) {
    void reply.code(404).send({ error: NOT_FOUND });
    return undefined;
  }
  return id;
}

/** A refusal the person can act on, in their words; anything else is a real fault and stays one. */
function refusal(reply: FastifyReply, error: unknown) {
  if (error instanceof StaffConflictError) return reply.code(409).send({ error: error.message });
  if (error instanceof StaffInputError) return reply.code(400).send({ error: error.message });
  throw error;
}

function answer(reply: FastifyReply, account: StaffAccount | undefined) {
  if (!account) return reply.code(404).send({ error: NOT_FOUND });
  return reply.header('cache-control', 'no-store').send(account);
}

/**
 * Admin runs the accounts (staff:manage): list, add, reset a password, disable, enable. Every one
 * writes an audit entry naming the account by id, never its email or a password. Resetting a password
 * and disabling end that member's sessions on the server at once. The CSRF guard runs before these.
 */
export function registerStaffAdminRoutes(app: FastifyInstance, db: Db): void {
  const guard = { preHandler: requirePermission(db, 'staff:manage') };

  app.get('/api/v1/inbox/staff', guard, async (request, reply) => {
    if (!request.staff) return reply.code(401).send({ error: 'Please sign in.' });
    const list: StaffListResponse = { staff: await listStaff(db, { staffId: request.staff.id }) };
    return reply.header('cache-control', 'no-store').send(list);
  });

  app.post('/api/v1/inbox/staff', guard, async (request, reply) => {
    if (!request.staff) return reply.code(401).send({ error: 'Please sign in.' });
    const body = addBody.safeParse(request.body);
    if (!body.success) return reply.code(400).send({ error: 'Send an email, a role and a password.' });
    try {
      const member = await addStaff(db, body.data, { staffId: request.staff.id });
      return reply.code(201).header('cache-control', 'no-store').send(member);
    } catch (error) {
      return refusal(reply, error);
    }
  });

  app.post('/api/v1/inbox/staff/:id/password', guard, async (request, reply) => {
    if (!request.staff) return reply.code(401).send({ error: 'Please sign in.' });
    const id = targetId(request, reply);
    if (id === undefined) return reply;
    const body = passwordBody.safeParse(request.body);
    if (!body.success) return reply.code(400).send({ error: 'Send the new password.' });
    try {
      const keepSession = id === request.staff.id ? readSessionId(request) : undefined;
      return answer(reply, await resetStaffPassword(db, { staffId: id, password: body.data.password, keepSession }, { staffId: request.staff.id }));
    } catch (error) {
      return refusal(reply, error);
    }
  });

  for (const [action, disabled] of [
    ['disable', true],
    ['enable', false],
  ] as const) {
    app.post(`/api/v1/inbox/staff/:id/${action}`, guard, async (request, reply) => {
      if (!request.staff) return reply.code(401).send({ error: 'Please sign in.' });
      const id = targetId(request, reply);
      if (id === undefined) return reply;
      try {
        return answer(reply, await setStaffDisabled(db, { staffId: id, disabled }, { staffId: request.staff.id }));
      } catch (error) {
        return refusal(reply, error);
      }
    });
  }
}
