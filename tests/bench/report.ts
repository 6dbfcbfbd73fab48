/** The benchmark's figures as a plain-text table (console) and as Markdown (tests/bench/last-results.md). */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';

export interface Row {
  dialect: string;
  measure: string;
  value: string;
  target: string;
  /** true / false when there is a target, undefined when the row is for information. */
  met?: boolean;
}

const HEADERS = ['dialect', 'measure', 'value', 'target', 'met?'] as const;

function cells(row: Row): string[] {
  return [row.dialect, row.measure, row.value, row.target, row.met === undefined ? '—' : row.met ? 'yes' : 'NO'];
}

export function textTable(rows: readonly Row[]): string {
  const all = [[...HEADERS], ...rows.map(cells)];
  const widths = HEADERS.map((_, col) => Math.max(...all.map((line) => (line[col] ?? '').length)));
  const format = (line: string[]) => line.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join('  ').trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [format(all[0] ?? []), rule, ...all.slice(1).map(format)].join('\n');
}

export function markdownTable(rows: readonly Row[]): string {
  const line = (values: readonly string[]) => `| ${values.join(' | ')} |`;
  return [line(HEADERS), line(HEADERS.map(() => '---')), ...rows.map((row) => line(cells(row)))].join('\n');
}

function pgVersion(url: string): string {
  try {
    return execFileSync('psql', [url, '-Atc', 'SHOW server_version'], { encoding: 'utf8', timeout: 10_000 }).trim();
  } catch {
    return 'unknown';
  }
}

/** Where the figures were measured: they mean little without it. */
export function machineLine(pgUrl: string): string {
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${os.cpus().length} cores (${cpu}), ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, ${os.platform()} ${os.release()}, PostgreSQL ${pgVersion(pgUrl)}`;
}

export function writeMarkdown(file: string, rows: readonly Row[], notes: readonly string[], machine: string): void {
  const text = [
    '# Sync benchmark: last results',
    '',
    `Measured ${new Date().toISOString()} on ${machine}.`,
    'Reproduce with `npm run bench:sync` (PostgreSQL at `postgres://postgres@127.0.0.1:5432/test`, or set `BENCH_DATABASE_URL`).',
    '',
    markdownTable(rows),
    '',
    ...notes.map((note) => `- ${note}`),
    '',
  ].join('\n');
  fs.writeFileSync(file, text);
}
