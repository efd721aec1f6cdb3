/** gRPC status codes of a server that cannot be reached or did not answer in time. */
const UNAVAILABLE = 14;
const DEADLINE_EXCEEDED = 4;

/**
 * Whether an error of the Temporal client means the server is unavailable now (down,
 * unreachable, not answering in time) rather than that the call was refused. Follows the
 * error's causes (the SDK wraps the gRPC error in a ServiceError).
 */
export function isTemporalUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    if (current.code === UNAVAILABLE || current.code === DEADLINE_EXCEEDED) return true;
    if (
      typeof current.message === 'string' &&
      /^(14 UNAVAILABLE|4 DEADLINE_EXCEEDED)/.test(current.message)
    )
      return true;
    current = current.cause as typeof current;
  }
  return false;
}
