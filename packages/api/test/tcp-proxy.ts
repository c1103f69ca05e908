/**
 * A TCP proxy in front of the test PostgreSQL, to take the database away from a running API: `refuse` is a server
 * that died (connections reset, the port closed), `hang` one that stopped answering (a frozen host, a lost network).
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface TcpProxy {
  port: number;
  /** The database URL with its port replaced by the proxy's. */
  url(databaseUrl: string): string;
  fail(mode: 'refuse' | 'hang'): Promise<void>;
  close(): Promise<void>;
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  let mode: 'up' | 'refuse' | 'hang' = 'up';
  const server: Server = createServer((client) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => {});
    if (mode === 'hang') return; // accepted by the kernel, never answered
    const upstream = connect(target.port, target.host);
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
    client.pipe(upstream).pipe(client);
    (client as Socket & { upstream?: Socket }).upstream = upstream;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    url: (databaseUrl) => {
      const parsed = new URL(databaseUrl);
      parsed.hostname = '127.0.0.1';
      parsed.port = String(port);
      return parsed.toString();
    },
    fail: async (next) => {
      mode = next;
      if (next === 'refuse') {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        for (const socket of sockets) socket.destroy();
        await closed;
      } else {
        // Existing connections go silent: nothing more travels either way.
        for (const socket of sockets) {
          socket.unpipe();
          socket.pause();
        }
      }
    },
    close: async () => {
      const closed = server.listening ? new Promise<void>((resolve) => server.close(() => resolve())) : Promise.resolve();
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
