/**
 * Lighthouse (mobile) against the young person's first screen, on the real server: a benchmark, not
 * part of `npm test`. Run `npm run build` first; then `npm run bench:lighthouse`.
 *
 * Lighthouse runs through `npx -y lighthouse@12.2.3` rather than from package.json: 12.2.3 is the last
 * release that runs on Node 20, and it brings about 30 packages (puppeteer-core, Sentry, the trace
 * engine, third-party-web…) that neither the app nor its tests need, so only this script pays for them.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS } from '../e2e/support/browser';
import { startServer } from '../e2e/support/server';

const ROOT = path.resolve(import.meta.dirname, '../..');
const LIGHTHOUSE = 'lighthouse@12.2.3';
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// This machine's network reaches only the npm registry: Chromium must not call home.
const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGETS: Record<(typeof CATEGORIES)[number], number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

interface Report {
  categories: Record<string, { title: string; score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; displayValue?: string }>;
}

function runLighthouse(url: string, outputPath: string): Promise<void> {
  const args = [
    '-y',
    LIGHTHOUSE,
    url,
    '--output=json',
    `--output-path=${outputPath}`,
    `--only-categories=${CATEGORIES.join(',')}`,
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    '--quiet',
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, { cwd: ROOT, env: { ...process.env, CHROME_PATH }, stdio: ['ignore', 'inherit', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`Lighthouse exited with ${code}`))));
  });
}

/** The audits that cost a category points, so a score below 100 says why. */
function lostPoints(report: Report, category: string): string[] {
  return (report.categories[category]?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0 && (report.audits[ref.id]?.score ?? 1) < 1)
    .map((ref) => {
      const audit = report.audits[ref.id];
      return `    ${ref.id}: ${audit?.title ?? ''}${audit?.displayValue ? ` (${audit.displayValue})` : ''}, score ${audit?.score ?? '?'}`;
    });
}

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(ROOT, 'dist/index.html'))) throw new Error('No build found: run "npm run build" first.');
  const server = await startServer();
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'your-say-lighthouse-'));
  const outputPath = path.join(outDir, 'report.json');
  try {
    await runLighthouse(`${server.url}/`, outputPath);
    const report = JSON.parse(fs.readFileSync(outputPath, 'utf8')) as Report;
    console.log(`Lighthouse ${LIGHTHOUSE.split('@')[1]}, mobile, ${server.url}/ (load on this machine: ${os.loadavg()[0]?.toFixed(2)})`);
    for (const category of CATEGORIES) {
      const score = Math.round((report.categories[category]?.score ?? 0) * 100);
      console.log(`  ${category}: ${score} (target ${TARGETS[category]})`);
      if (score < 100) console.log(lostPoints(report, category).join('\n'));
    }
  } finally {
    await server.stop();
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
