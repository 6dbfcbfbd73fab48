import http from 'node:http';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../shared/inbox/bank-holidays';
import type { Config } from './config';
import type { DatabaseHandle } from './db/database';
import { registerErrorHandling } from './http/errors';
import { registerStaticRoutes } from './http/static-routes';
import { registerAuditRoutes } from './audit/audit-routes';
import { registerRatingsRoutes } from './inbox/ratings-routes';
import { registerRequestsRoutes } from './inbox/requests-routes';
import { registerStatusRoutes } from './inbox/status-routes';
import { registerExportRoutes } from './export/export-routes';
import { registerQuotesRoutes } from './export/quotes-routes';
import { registerRedactionTermsRoutes } from './export/redaction-terms-routes';
import { registerYouSaidWeDidAdminRoutes } from './inbox/you-said-we-did-admin-routes';
import { registerYouSaidWeDidRoutes } from './inbox/you-said-we-did-routes';
import { registerStaffAdminRoutes } from './staff/staff-admin-routes';
import { registerCommentsRoutes } from './themes/comments-routes';
import { guardOf, registerCsrfGuard, registerNulGuard } from './staff/auth';
import type { Permission } from './staff/permissions';
import { registerAuthRoutes } from './staff/auth-routes';
import { registerSyncRoutes } from './sync/sync-routes';

export type AppOptions = Pick<Config, 'distDir' | 'trustProxy' | 'logLevel'> &
  Partial<Pick<Config, 'bankHolidays'>> & {
    /** How long one request may take to arrive, so drip-fed bodies cannot hold connections (default 30 s). */
    requestTimeoutMs?: number;
  };

/** Browser features the app and inbox never use: denied, so nothing embedded or injected can ask for them. */
const PERMISSIONS_POLICY =
  'accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()';

/** A route that only signed-in staff may use, with what it needs. Listed so tests can cover each one. */
export interface GuardedRoute {
  method: string;
  url: string;
  permission: Permission | 'signed-in';
}

declare module 'fastify' {
  interface FastifyInstance {
    guardedRoutes: GuardedRoute[];
  }
}

/** Builds the one process that serves the app, the inbox and the API. */
export async function buildApp(options: AppOptions, database: DatabaseHandle): Promise<FastifyInstance> {
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const app = Fastify({
    trustProxy: options.trustProxy,
    // Node checks for slow requests only every connectionsCheckingInterval (30 s by default), so a
    // 30 s limit could hold a drip-fed connection for a minute: check as often as the limit itself.
    serverFactory: (handler) =>
      http.createServer({ requestTimeout, connectionsCheckingInterval: Math.min(requestTimeout, 5_000) }, handler),
    logger: {
      level: options.logLevel,
      // No IP addresses or user agents in logs: only what was asked for and the answer.
      serializers: {
        req: (req) => ({ method: req.method, url: req.url.split('?')[0] }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
    },
  });

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        manifestSrc: ["'self'"],
        workerSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Exit this page must leave the site cleanly; nothing here is embedded elsewhere.
    referrerPolicy: { policy: 'no-referrer' },
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('permissions-policy', PERMISSIONS_POLICY);
  });
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'], threshold: 1024 });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  registerErrorHandling(app);
  registerCsrfGuard(app);
  registerNulGuard(app);
  const guarded: GuardedRoute[] = [];
  app.decorate('guardedRoutes', guarded);
  app.addHook('onRoute', (route) => {
    const permission = guardOf(route.preHandler);
    // Deny by default, at start-up: an inbox route without a guard stops the server from starting.
    if (!permission && route.url.startsWith('/api/v1/inbox')) throw new Error(`Inbox route ${route.url} has no permission guard.`);
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) if (permission && method !== 'HEAD') guarded.push({ method, url: route.url, permission });
  });

  app.get('/api/v1/health', async (_request, reply) => {
    try {
      await database.db.selectFrom('items').select('id').limit(1).execute();
      return { ok: true, db: database.dialect };
    } catch {
      return reply.code(503).send({ ok: false, db: database.dialect, error: 'The database is not answering.' });
    }
  });
  registerSyncRoutes(app, database.db);
  registerAuthRoutes(app, database.db);
  registerRatingsRoutes(app, database.db);
  registerRequestsRoutes(app, database.db, { holidays: options.bankHolidays ?? new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS) });
  registerStatusRoutes(app, database.db);
  registerAuditRoutes(app, database.db);
  registerYouSaidWeDidRoutes(app, database.db);
  registerYouSaidWeDidAdminRoutes(app, database.db);
  registerStaffAdminRoutes(app, database.db);
  registerCommentsRoutes(app, database.db);
  registerExportRoutes(app, database.db);
  registerQuotesRoutes(app, database.db);
  registerRedactionTermsRoutes(app, database.db);
  registerStaticRoutes(app, options.distDir);
  return app;
}
