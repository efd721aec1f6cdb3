/** Socket errors that mean the server cannot be reached or went away. */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * SQLSTATEs of a server that is unavailable or overloaded rather than of a bad request:
 * connection exceptions (08…), too many connections, shutting down or starting, and a
 * statement cancelled by its timeout.
 */
const UNAVAILABLE_SQLSTATES = /^(08\d{3}|53300|57P0[1-3]|57014)$/;

/** Messages of node-postgres and knex for a connection that was lost, hung or never made. */
const UNAVAILABLE_MESSAGES =
  /Connection terminated|Query read timeout|is not queryable|Connection ended unexpectedly|timeout exceeded when trying to connect|Timeout acquiring a connection/i;

/**
 * Whether an error means PostgreSQL is unavailable now (down, unreachable, silent, overloaded),
 * not that the request was wrong: such an error answers 503 with Retry-After. Follows the
 * error's causes (the ORM wraps the driver's error).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const link of causesOf(error)) {
    const code = typeof link.code === 'string' ? link.code : '';
    if (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATES.test(sqlStateOf(link))) return true;
    if (link.name === 'KnexTimeoutError' || link.name === 'ConnectionException') return true;
    if (typeof link.message === 'string' && UNAVAILABLE_MESSAGES.test(link.message)) return true;
  }
  return false;
}

/**
 * SQLSTATEs of a transaction that PostgreSQL aborted because it collided with a concurrent one:
 * a deadlock (40P01) or a serialization failure (40001). Nothing of it was written, and the same
 * request a moment later succeeds.
 */
const CONFLICT_SQLSTATES = new Set(['40P01', '40001']);

/** Whether an error is a transaction aborted by a concurrent one (see CONFLICT_SQLSTATES). */
export function isConcurrentWriteConflict(error: unknown): boolean {
  for (const link of causesOf(error)) if (CONFLICT_SQLSTATES.has(sqlStateOf(link))) return true;
  return false;
}

interface ErrorLink {
  code?: unknown;
  sqlState?: unknown;
  message?: unknown;
  name?: unknown;
  cause?: unknown;
  previous?: unknown;
}

/** The error and the errors it wraps (`cause`, or the ORM's `previous`), each once. */
function* causesOf(error: unknown): Generator<ErrorLink> {
  const seen = new Set<unknown>();
  let current = error as ErrorLink | undefined;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    yield current;
    current = (current.cause ?? current.previous) as ErrorLink | undefined;
  }
}

/** The driver's SQLSTATE (`code`), or the ORM's copy of it (`sqlState`). */
function sqlStateOf(link: ErrorLink): string {
  if (typeof link.sqlState === 'string') return link.sqlState;
  return typeof link.code === 'string' ? link.code : '';
}
