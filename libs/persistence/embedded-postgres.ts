import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  /** A postgres:// URL that the ordinary PostgreSQL driver connects to. */
  readonly url: string;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** Folder of the database files; undefined keeps the database in memory. */
  dataDir?: string;
  /**
   * How many client connections the socket accepts at once. It must be at
   * least the ORM's pool size: a connection over the limit is refused, and
   * the request that wanted it fails.
   */
  maxConnections: number;
  /** 0 (the default) picks a free port. */
  port?: number;
}

/**
 * PostgreSQL compiled to WebAssembly (PGlite), served on a loopback socket
 * (pglite-socket) so that MikroORM's ordinary PostgreSQL driver talks to it
 * exactly as to a real server. PGlite runs one backend: the socket server
 * queues statements and keeps a transaction's statements together, so
 * concurrent connections are safe, though not parallel.
 */
export async function startEmbeddedPostgres(
  options: EmbeddedPostgresOptions,
): Promise<EmbeddedPostgres> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir ?? 'memory://');
  const server = new PGLiteSocketServer({
    db,
    host: '127.0.0.1',
    port: options.port ?? 0,
    maxConnections: options.maxConnections,
  });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    throw new Error(
      `the embedded PostgreSQL could not listen on 127.0.0.1:${options.port ?? 0}: ${
        (error as Error).message
      }`,
    );
  }
  const [host, port] = server.getServerConn().split(':');
  let stopped = false;
  return {
    url: `postgres://postgres:postgres@${host}:${port}/postgres`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
    },
  };
}
