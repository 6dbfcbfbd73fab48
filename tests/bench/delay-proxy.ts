/**
 * A tiny TCP proxy on 127.0.0.1 that adds latency: every chunk is held for half the round trip on its
 * way to the server and half on its way back, in order. A request and its answer therefore take at
 * least one full round trip longer, like a phone on a slow mobile network. Only forwards to 127.0.0.1.
 */
import net from 'node:net';

export interface DelayProxy {
  url: string;
  close(): Promise<void>;
}

/** Forwards `from` to `to`, delaying each chunk (and the end) by `delayMs`, keeping their order. */
function pipeDelayed(from: net.Socket, to: net.Socket, delayMs: number): void {
  from.on('data', (chunk: Buffer) => {
    setTimeout(() => {
      if (to.writable) to.write(chunk);
    }, delayMs);
  });
  from.on('end', () => {
    setTimeout(() => {
      if (to.writable) to.end();
    }, delayMs);
  });
}

export async function startDelayProxy(targetUrl: string, roundTripMs: number): Promise<DelayProxy> {
  const target = new URL(targetUrl);
  if (target.hostname !== '127.0.0.1') throw new Error('The delay proxy only forwards to 127.0.0.1.');
  const targetPort = Number(target.port);
  const oneWayMs = roundTripMs / 2;
  const sockets = new Set<net.Socket>();

  const server = net.createServer({ allowHalfOpen: true }, (client) => {
    const upstream = net.connect({ host: '127.0.0.1', port: targetPort, allowHalfOpen: true });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.setNoDelay(true);
      socket.on('close', () => sockets.delete(socket));
    }
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', closeBoth);
    upstream.on('error', closeBoth);
    client.on('close', () => setTimeout(() => upstream.destroy(), oneWayMs));
    upstream.on('close', () => setTimeout(() => client.destroy(), oneWayMs));
    pipeDelayed(client, upstream, oneWayMs);
    pipeDelayed(upstream, client, oneWayMs);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;

  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
