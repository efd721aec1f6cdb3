import { type Options } from '@mikro-orm/postgresql';

/** How long the API and the worker wait for PostgreSQL before they give up. */
export interface DatabaseTimeouts {
  /** Opening a connection (TCP, TLS, authentication). */
  connectMs: number;
  /** One statement, on the server; the client waits a second longer, then drops the connection. */
  statementMs: number;
}

/**
 * How long a request waits for a pooled connection while all are busy (a burst queues rather
 * than fails). When the server is gone this wait is not what bounds a request: opening a new
 * connection fails within connectMs, and that failure ends the wait at once.
 */
const POOL_WAIT_MS = 15_000;
/** A session left idle inside a transaction is ended by the server after this long. */
const IDLE_IN_TRANSACTION_MS = 10_000;
/** An idle pooled connection is closed after this long, so dead ones do not linger. */
const POOL_IDLE_MS = 10_000;
/** The client waits this much longer than the server's statement timeout. */
const CLIENT_GRACE_MS = 1000;

interface PgClient {
  query(config: unknown, ...rest: unknown[]): unknown;
  connection?: { stream?: { destroy(): void } };
}

/**
 * The ORM options that make a request fail fast when PostgreSQL is gone, cleanly or silently
 * (packets dropped): a connect timeout, a statement timeout on the server, a read timeout on the
 * client (a partitioned server never cancels anything), an idle-in-transaction timeout, and a
 * bounded wait for a pooled connection. A connection whose read timed out is closed at once,
 * so the pool replaces it: once the server answers again, so does the API, by itself.
 */
export function timeoutOptions(t: DatabaseTimeouts): Pick<Options, 'pool' | 'driverOptions'> {
  return {
    pool: {
      createTimeoutMillis: t.connectMs,
      acquireTimeoutMillis: POOL_WAIT_MS,
      // A connection that cannot be opened fails the requests waiting for it, now.
      propagateCreateError: true,
      idleTimeoutMillis: POOL_IDLE_MS,
      afterCreate: (connection: PgClient, done: (error: Error | null, c: PgClient) => void) => {
        closeOnReadTimeout(connection);
        done(null, connection);
      },
    },
    driverOptions: {
      acquireConnectionTimeout: POOL_WAIT_MS,
      connection: {
        connectionTimeoutMillis: t.connectMs,
        statement_timeout: t.statementMs,
        query_timeout: t.statementMs + CLIENT_GRACE_MS,
        idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_MS,
        keepAlive: true,
      },
    },
  };
}

/**
 * node-postgres answers a query that outlived its read timeout with an error but keeps the
 * connection, whose socket still waits for the lost answer: every later query on it would
 * queue behind. Closing the socket ends the connection, and the pool drops it.
 */
function closeOnReadTimeout(connection: PgClient): void {
  const query = connection.query.bind(connection);
  connection.query = (config: unknown, ...rest: unknown[]) => {
    const last = rest.length - 1;
    if (typeof rest[last] === 'function') {
      const callback = rest[last] as (error: Error | null, result?: unknown) => void;
      rest[last] = (error: Error | null, result?: unknown) => {
        if (error?.message === 'Query read timeout') connection.connection?.stream?.destroy();
        callback(error, result);
      };
    }
    return query(config, ...rest);
  };
}
