import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export interface RunningServer {
  url: string;
  dataDir: string;
  env: Record<string, string>;
  stop(signal?: NodeJS.Signals): Promise<void>;
  /** Stops (SIGTERM, or SIGKILL to crash it) and starts the server again on the same database and port. */
  restart(signal?: NodeJS.Signals): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Server exited early:\n${output()}`);
    try {
      const response = await fetch(`${url}/api/v1/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`Server did not become healthy:\n${output()}`);
}

/** The real production server (built app, real SQLite file) in its own process. */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'your-say-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env = { DATA_DIR: dataDir, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...extraEnv };
  let child: ChildProcess;
  let log = '';

  const launch = async () => {
    log = '';
    child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, ...env, DATABASE_URL: extraEnv.DATABASE_URL ?? '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk) => (log += String(chunk)));
    child.stderr?.on('data', (chunk) => (log += String(chunk)));
    await waitForHealth(url, child, () => log);
  };

  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  };

  await launch();
  return {
    url,
    dataDir,
    env,
    stop: async (signal) => {
      await stop(signal);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    restart: async (signal) => {
      await stop(signal);
      await launch();
    },
  };
}

/** Creates a staff member through the real CLI, as a council would. */
export function addStaffByCli(server: RunningServer, email: string, role: string, password: string): void {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/server/staff/staff-cli.ts', 'add', '--email', email, '--role', role],
    { cwd: ROOT, env: { ...process.env, ...server.env, STAFF_PASSWORD: password }, encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`staff CLI failed: ${result.stderr}`);
}
