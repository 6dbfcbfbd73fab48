import fs from 'node:fs';
import path from 'node:path';

export const DIST = path.resolve(import.meta.dirname, '../../dist');

export interface ManifestChunk {
  file: string;
  src?: string;
  imports?: string[];
  dynamicImports?: string[];
}

export type Manifest = Record<string, ManifestChunk>;

export function readManifest(): Manifest {
  const file = path.join(DIST, '.vite/manifest.json');
  if (!fs.existsSync(file)) throw new Error('No build found: run "npm run build" first.');
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Manifest;
}

/** The chunk and everything it imports statically: what the browser must fetch before it runs. */
function staticGraph(manifest: Manifest, key: string, seen: Set<string>): void {
  if (seen.has(key)) return;
  seen.add(key);
  for (const child of manifest[key]?.imports ?? []) staticGraph(manifest, child, seen);
}

/**
 * Lazy chunks a first visit needs to draw `/`: the first-use screen (if it is ever made lazy again)
 * and its text. Matched by source, so renaming a chunk cannot quietly drop it from the budget.
 */
const FIRST_SCREEN_LAZY_SOURCES = ['features/profile/first-use-screen.tsx', 'locales/en/first-use.json'];

/** The built files (e.g. `assets/index-abc.js`) that run before a first visit's first screen. */
export function firstScreenFiles(manifest: Manifest): Set<string> {
  const entry = Object.keys(manifest).find((key) => manifest[key]?.src === 'index.html');
  if (!entry) throw new Error('The app entry is not in the build manifest.');
  const keys = new Set<string>();
  staticGraph(manifest, entry, keys);
  for (const key of Object.keys(manifest)) {
    if (FIRST_SCREEN_LAZY_SOURCES.some((source) => key.endsWith(source))) staticGraph(manifest, key, keys);
  }
  return new Set([...keys].map((key) => manifest[key]?.file ?? '').filter((file) => file.endsWith('.js')));
}

export function chunkFile(manifest: Manifest, source: string): string {
  const key = Object.keys(manifest).find((name) => name.endsWith(source));
  if (!key) throw new Error(`No chunk for ${source} in the build manifest.`);
  return manifest[key]?.file ?? '';
}
