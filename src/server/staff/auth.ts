import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Db } from '../db/database';
import { type Permission, roleMay } from './permissions';
import { SESSION_ABSOLUTE_MS, resolveSession } from './sessions';
import type { StaffMember } from './staff-repository';

declare module 'fastify' {
  interface FastifyRequest {
    staff?: StaffMember;
  }
}

export function sessionCookieName(request: FastifyRequest): string {
  return request.protocol === 'https' ? '__Host-ys_session' : 'ys_session';
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, id: string): void {
  reply.setCookie(sessionCookieName(request), id, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    maxAge: SESSION_ABSOLUTE_MS / 1000,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName(request), { path: '/', secure: request.protocol === 'https' });
}

export function readSessionId(request: FastifyRequest): string | undefined {
  return request.cookies[sessionCookieName(request)];
}

/** Which guard protects which handler, so every guarded route can be listed (and tested) from the table. */
const guards = new WeakMap<object, Permission | 'signed-in'>();

/** The permission a route's preHandler demands, if it is one made by `requirePermission`. */
export function guardOf(preHandler: unknown): Permission | 'signed-in' | undefined {
  const handlers: unknown[] = Array.isArray(preHandler) ? preHandler : [preHandler];
  for (const handler of handlers) {
    const permission = typeof handler === 'function' ? guards.get(handler) : undefined;
    if (permission) return permission;
  }
  return undefined;
}

/** Deny by default: no session → 401, a role without the permission → 403. */
export function requirePermission(db: Db, permission: Permission | 'signed-in'): preHandlerAsyncHookHandler {
  const guard: preHandlerAsyncHookHandler = async (request, reply) => {
    const id = readSessionId(request);
    const staff = id ? await resolveSession(db, id) : null;
    if (!staff) return reply.code(401).send({ error: 'Please sign in.' });
    if (permission !== 'signed-in' && !roleMay(staff.role, permission)) {
      return reply.code(403).send({ error: 'Your role cannot do this.' });
    }
    request.staff = staff;
  };
  guards.set(guard, permission);
  return guard;
}

/** The host of an Origin header; `null` or a malformed value has none. */
function originHost(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined;
  }
}

/**
 * Staff routes that change state need our own header: a cross-site form cannot send it, and a
 * cross-site script cannot without a CORS preflight we never allow. Judged on the route the router
 * matched, never the raw URL: the router decodes `%69nbox` to `inbox`, so a check of the raw URL
 * could be walked around.
 */
export function registerCsrfGuard(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return;
    const route = request.routeOptions.url;
    if (route === undefined) return; // nothing matched: a 404 follows
    if (!route.startsWith('/api/v1/staff') && !route.startsWith('/api/v1/inbox')) return;
    if (request.headers['x-your-say'] !== 'inbox') {
      return reply.code(403).send({ error: 'Missing the x-your-say header.' });
    }
    const origin = request.headers.origin;
    if (origin && originHost(origin) !== request.headers.host) {
      return reply.code(403).send({ error: 'Requests from other sites are not allowed.' });
    }
  });
}

/** Anything the request carries, as JSON text: a NUL character shows up as the escape `\u0000`. */
function carriesNul(...parts: unknown[]): boolean {
  return parts.some((part) => part !== undefined && JSON.stringify(part).includes('\\u0000'));
}

/**
 * Staff routes: a NUL character in an id, a query or a field is a clear 400, checked once here for
 * every route. PostgreSQL text cannot hold U+0000, and would otherwise answer with an error (a 500).
 * The sync route is not in this scope: it refuses such an item on its own and keeps the rest.
 */
export function registerNulGuard(app: FastifyInstance): void {
  app.addHook('preHandler', async (request, reply) => {
    const route = request.routeOptions.url;
    if (route === undefined || (!route.startsWith('/api/v1/staff') && !route.startsWith('/api/v1/inbox'))) return;
    if (carriesNul(request.params, request.query, request.body)) {
      return reply.code(400).send({ error: 'Text must not contain a NUL character.' });
    }
  });
}
