import { createConnection, createServer, type Socket } from 'node:net';

export interface TcpProxy {
  /** The port to connect to instead of the target's. */
  port: number;
  /** Cuts every connection and refuses new ones: the target looks down. */
  cut(): void;
  /** Accepts connections again. */
  restore(): void;
  /**
   * Drops every packet, silently: open connections stay open but carry nothing, and new ones
   * are accepted but never reach the target (a network partition, a hung server).
   */
  partition(): void;
  /** Ends the partition: what was held back is delivered, held connections reach the target. */
  heal(): void;
  close(): Promise<void>;
}

/**
 * A loopback TCP proxy in front of a real server, so a test can take that
 * server "down" and bring it back without stopping it.
 */
export async function startTcpProxy(targetHost: string, targetPort: number): Promise<TcpProxy> {
  const sockets = new Set<Socket>();
  const pairs = new Set<{ client: Socket; upstream?: Socket }>();
  let open = true;
  let partitioned = false;

  const forward = (pair: { client: Socket; upstream?: Socket }) => {
    const { client } = pair;
    const upstream = createConnection({ host: targetHost, port: targetPort });
    pair.upstream = upstream;
    sockets.add(upstream);
    upstream.on('close', () => sockets.delete(upstream));
    for (const s of [client, upstream]) {
      s.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  };

  const server = createServer((client) => {
    if (!open) return client.destroy();
    const pair: { client: Socket; upstream?: Socket } = { client };
    sockets.add(client);
    pairs.add(pair);
    client.on('close', () => {
      sockets.delete(client);
      pairs.delete(pair);
      pair.upstream?.destroy();
    });
    client.on('error', () => client.destroy());
    if (partitioned) client.pause();
    else forward(pair);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    cut() {
      open = false;
      for (const s of sockets) s.destroy();
    },
    restore() {
      open = true;
    },
    partition() {
      partitioned = true;
      for (const { client, upstream } of pairs) {
        client.unpipe();
        upstream?.unpipe();
        client.pause();
        upstream?.pause();
      }
    },
    heal() {
      partitioned = false;
      for (const pair of pairs) {
        if (!pair.upstream) {
          forward(pair);
        } else {
          pair.client.pipe(pair.upstream).pipe(pair.client);
        }
      }
    },
    close() {
      open = false;
      for (const s of sockets) s.destroy();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
