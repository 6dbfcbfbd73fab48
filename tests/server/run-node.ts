import { spawn } from 'node:child_process';
import path from 'node:path';

/** The repository root (/work/main), where `--import tsx` resolves. */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node --import tsx <args>` in the repository with only PATH, HOME and the given
 * variables in its environment (so no DATABASE_URL or PORT leaks in from the test run).
 * A process still running after `timeoutMs` is killed, so a server that starts by mistake fails
 * the test instead of hanging it.
 */
export function runNode(args: readonly string[], env: Record<string, string>, timeoutMs = 25_000): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? REPO_ROOT, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: timeoutMs,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
