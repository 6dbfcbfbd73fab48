import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, readManifest } from './build-manifest';

describe('young person app: what the service worker precaches', () => {
  it('keeps the staff inbox out of the young person app and its precache', () => {
    const manifest = readManifest();
    const appFiles = Object.values(manifest).map((chunk) => chunk.file);
    expect(appFiles.some((file) => file.includes('inbox'))).toBe(false);
    const sw = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
    const precached = [...sw.matchAll(/"url":"([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(precached).toContain('index.html');
    expect(precached.some((url) => /^assets\/rate-.*\.js$/.test(url)), 'the English rate texts are precached').toBe(true);
    expect(precached.some((url) => /^assets\/outbox-service-.*\.js$/.test(url)), 'the outbox works offline').toBe(true);
    expect(precached.filter((url) => url.startsWith('inbox'))).toEqual([]);
    expect(fs.existsSync(path.join(DIST, 'inbox/index.html'))).toBe(true);
  });
});
