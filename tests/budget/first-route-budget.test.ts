import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = path.resolve(import.meta.dirname, '../../dist');
const BUDGET_KB = 110;

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  src?: string;
}

function readManifest(): Record<string, ManifestChunk> {
  const file = path.join(DIST, '.vite/manifest.json');
  if (!fs.existsSync(file)) throw new Error('No build found: run "npm run build" first.');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, ManifestChunk>;
}

/** The chunk and everything it imports statically: what the browser must fetch before it runs. */
function staticGraph(manifest: Record<string, ManifestChunk>, key: string, seen = new Set<string>()): Set<string> {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const child of manifest[key]?.imports ?? []) staticGraph(manifest, child, seen);
  return seen;
}

function gzipKb(manifest: Record<string, ManifestChunk>, keys: Iterable<string>): number {
  let bytes = 0;
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk?.file.endsWith('.js')) continue;
    bytes += gzipSync(fs.readFileSync(path.join(DIST, chunk.file)), { level: 9 }).length;
  }
  return bytes / 1000;
}

describe('young person app: first-route JavaScript budget', () => {
  it(`loads at most ${BUDGET_KB} kB of gzipped JavaScript before the first screen`, () => {
    const manifest = readManifest();
    const entry = Object.entries(manifest).find(([, chunk]) => chunk.src === 'index.html');
    expect(entry, 'the app entry is in the build manifest').toBeDefined();
    const firstRoute = staticGraph(manifest, entry?.[0] ?? '');
    const firstRouteKb = gzipKb(manifest, firstRoute);

    // The outbox (Dexie and the sync client) is fetched right after the first screen is drawn.
    const outboxKey = Object.keys(manifest).find((key) => key.endsWith('features/outbox/outbox-service.ts')) ?? '';
    const afterStartKb = gzipKb(manifest, staticGraph(manifest, outboxKey, new Set(firstRoute)));

    console.log(
      `First-route JS: ${firstRouteKb.toFixed(1)} kB gzipped (budget ${BUDGET_KB} kB, ${((firstRouteKb / BUDGET_KB) * 100).toFixed(0)}% used); ` +
        `with the outbox loaded after the first screen: ${afterStartKb.toFixed(1)} kB`,
    );
    expect(outboxKey, 'the outbox is a separate chunk').not.toBe('');
    expect(firstRoute.has(outboxKey), 'the outbox is not on the first route').toBe(false);
    expect(firstRouteKb).toBeGreaterThan(10);
    expect(firstRouteKb).toBeLessThanOrEqual(BUDGET_KB);
  });

  it('keeps the staff inbox out of the young person app and its precache', () => {
    const manifest = readManifest();
    const appFiles = Object.values(manifest).map((chunk) => chunk.file);
    expect(appFiles.some((file) => file.includes('inbox'))).toBe(false);
    const sw = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
    const precached = [...sw.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(precached).toContain('index.html');
    expect(precached.some((url) => /^assets\/rate-.*\.js$/.test(url)), 'the English rate texts are precached').toBe(true);
    expect(precached.filter((url) => url.startsWith('inbox'))).toEqual([]);
    expect(fs.existsSync(path.join(DIST, 'inbox/index.html'))).toBe(true);
  });
});
