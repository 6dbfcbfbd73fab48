import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Config } from './config';
import type { DatabaseHandle } from './db/database';
import { registerErrorHandling } from './http/errors';
import { registerStaticRoutes } from './http/static-routes';
import { registerAuditRoutes } from './audit/audit-routes';
import { registerRatingsRoutes } from './inbox/ratings-routes';
import { registerRequestsRoutes } from './inbox/requests-routes';
import { registerStatusRoutes } from './inbox/status-routes';
import { registerYouSaidWeDidRoutes } from './inbox/you-said-we-did-routes';
import { registerCsrfGuard } from './staff/auth';
import { registerAuthRoutes } from './staff/auth-routes';
import { registerSyncRoutes } from './sync/sync-routes';

export type AppOptions = Pick<Config, 'distDir' | 'trustProxy' | 'logLevel'>;

/** Builds the one process that serves the app, the inbox and the API. */
export async function buildApp(options: AppOptions, database: DatabaseHandle): Promise<FastifyInstance> {
  const app = Fastify({
    trustProxy: options.trustProxy,
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
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // Exit this page must leave the site cleanly; nothing here is embedded elsewhere.
    referrerPolicy: { policy: 'no-referrer' },
  });
  await app.register(fastifyCompress, { encodings: ['br', 'gzip'], threshold: 1024 });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  registerErrorHandling(app);
  registerCsrfGuard(app);

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
  registerRequestsRoutes(app, database.db);
  registerStatusRoutes(app, database.db);
  registerAuditRoutes(app, database.db);
  registerYouSaidWeDidRoutes(app, database.db);
  registerStaticRoutes(app, options.distDir);
  return app;
}
