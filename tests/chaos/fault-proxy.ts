import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { pick } from './prng';

export const FAULTS = [
  'drop-request',
  'drop-response',
  'delay',
  'error-500',
  'error-502',
  'error-503',
  'rate-limit',
  'duplicate',
  'truncate',
] as const;
export type Fault = (typeof FAULTS)[number] | 'none';

export interface FaultProxy {
  url: string;
  counts: Record<Fault, number>;
  setFaulty(on: boolean): void;
  close(): Promise<void>;
}

function readBody(request: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

async function forward(target: string, request: http.IncomingMessage, body: Buffer) {
  const response = await fetch(`${target}${request.url ?? '/'}`, {
    method: request.method ?? 'POST',
    headers: { 'content-type': String(request.headers['content-type'] ?? 'application/json') },
    body: request.method === 'GET' ? undefined : new Uint8Array(body),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/**
 * Sits between the real sync client and the real server and, chosen by the seeded `random`, breaks
 * things the way bad networks and busy servers do. Only ever talks to the loopback `target`.
 */
export async function startFaultProxy(target: string, random: () => number, faultRate: number): Promise<FaultProxy> {
  const counts = Object.fromEntries([...FAULTS, 'none'].map((f) => [f, 0])) as Record<Fault, number>;
  let faulty = true;
  const server = http.createServer((request, response) => {
    void (async () => {
      const body = await readBody(request);
      const fault: Fault = faulty && random() < faultRate ? pick(random, FAULTS) : 'none';
      counts[fault] += 1;
      const send = (status: number, text: string, headers: Record<string, string> = {}) => {
        response.writeHead(status, { 'content-type': 'application/json', ...headers }).end(text);
      };
      try {
        if (fault === 'drop-request') return void request.socket.destroy();
        if (fault.startsWith('error-')) return send(Number(fault.slice(6)), '{"error":"injected"}');
        if (fault === 'rate-limit') return send(429, '{"error":"injected"}', { 'retry-after': random() < 0.5 ? '0' : '1' });
        if (fault === 'delay') await new Promise((r) => setTimeout(r, Math.floor(random() * 300)));
        const sent = fault === 'truncate' ? body.subarray(0, Math.floor(body.length * random())) : body;
        if (fault === 'duplicate') await Promise.all([forward(target, request, sent), forward(target, request, sent)]);
        const answer = await forward(target, request, sent);
        // The server has committed; the phone never hears back.
        if (fault === 'drop-response') return void request.socket.destroy();
        const retryAfter = answer.headers.get('retry-after');
        send(answer.status, answer.text, retryAfter ? { 'retry-after': retryAfter } : {});
      } catch {
        // The server is down (killed or restarting): to the phone this looks like no network.
        request.socket.destroy();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    setFaulty: (on) => {
      faulty = on;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
