/**
 * Edges of the HTTP layer: no build notes or dotfiles served, headers that deny what is never used,
 * and a request that arrives too slowly is cut off instead of holding a connection.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { type TestDatabase, makeTempDir, openTestDatabase, removeDir } from './test-database';

describe('HTTP edges', () => {
  let database: TestDatabase;
  let dist: string;
  let app: Awaited<ReturnType<typeof buildApp>>;

  beforeAll(async () => {
    database = await openTestDatabase('sqlite');
    dist = makeTempDir('your-say-dist-');
    fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Your Say</title>');
    fs.mkdirSync(path.join(dist, '.vite'));
    fs.writeFileSync(path.join(dist, '.vite', 'manifest.json'), '{"secret":"build notes"}');
    fs.writeFileSync(path.join(dist, '.env'), 'KEY=value');
    app = await buildApp({ distDir: dist, trustProxy: false, logLevel: 'silent', requestTimeoutMs: 500 }, database.handle);
  });

  afterAll(async () => {
    await app.close();
    await database.cleanup();
    removeDir(dist);
  });

  it.each(['/.vite/manifest.json', '/%2Evite/manifest.json', '/.env'])('does not serve %s', async (url) => {
    const response = await app.inject({ method: 'GET', url });
    expect(response.body).not.toContain('build notes');
    expect(response.body).not.toContain('KEY=value');
    // A file is a 404; a path with no extension gets the app's page (it is a screen the app may know).
    if (url.endsWith('.json')) expect(response.statusCode).toBe(404);
    else expect(response.body).toContain('<title>Your Say</title>');
  });

  it('still serves the app, with base-uri none and a Permissions-Policy', async () => {
    const response = await app.inject({ method: 'GET', url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-security-policy']).toContain("base-uri 'none'");
    expect(response.headers['permissions-policy']).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  });

  it('cuts off a request whose body is drip-fed', async () => {
    const address = await app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = new URL(address);
    const started = Date.now();
    const closed = await new Promise<string>((resolve) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => {
        socket.write('POST /api/v1/sync HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"it');
      });
      let answer = '';
      const drip = setInterval(() => socket.write(' '), 100);
      socket.on('data', (chunk) => {
        answer += chunk.toString();
      });
      socket.on('close', () => {
        clearInterval(drip);
        resolve(answer);
      });
      setTimeout(() => socket.destroy(), 10_000);
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(closed).toMatch(/^HTTP\/1.1 408/);
  });
});
