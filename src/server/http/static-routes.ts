import fs from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const ALWAYS_CHECK = 'no-cache';

/**
 * Serves the built app at / and the inbox at /inbox/. Hashed assets never change, so they are
 * cached for a year; pages, the service worker and the manifest are checked every time.
 */
export function registerStaticRoutes(app: FastifyInstance, distDir: string): void {
  if (!fs.existsSync(path.join(distDir, 'index.html'))) {
    app.log.warn(`No built app in ${distDir}: run "npm run build". The API still works.`);
    return;
  }
  app.register(fastifyStatic, {
    root: distDir,
    index: false,
    wildcard: true,
    cacheControl: false,
    // Nothing whose path has a part starting with a dot (".vite/manifest.json", ".env"): build notes, not pages.
    allowedPath: (pathName) => !pathName.split('/').some((part) => part.startsWith('.')),
    setHeaders(res, filePath) {
      const relative = path.relative(distDir, filePath).split(path.sep).join('/');
      const hashed = /(^|\/)assets\//.test(relative);
      res.header('cache-control', hashed ? IMMUTABLE : ALWAYS_CHECK);
    },
  });

  app.get('/inbox', (_request, reply) => reply.redirect('/inbox/', 301));
  // The two folders are pages, not directory listings.
  app.get('/', (_request, reply) => reply.header('cache-control', ALWAYS_CHECK).sendFile('index.html'));
  app.get('/inbox/', (_request, reply) => reply.header('cache-control', ALWAYS_CHECK).sendFile('inbox/index.html'));

  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split('?')[0] ?? '/';
    const wantsPage = request.method === 'GET' && !url.startsWith('/api/') && !path.extname(url);
    if (!wantsPage) return reply.code(404).send({ error: `Nothing at ${url}.` });
    reply.header('cache-control', ALWAYS_CHECK);
    return reply.sendFile(url.startsWith('/inbox/') ? 'inbox/index.html' : 'index.html');
  });
}
