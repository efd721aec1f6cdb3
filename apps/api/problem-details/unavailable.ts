import { ServiceUnavailableException } from '@nestjs/common';
import { isConcurrentWriteConflict, isDatabaseUnavailable } from '../../../libs/persistence';
import { isTemporalUnavailable } from '../../../libs/temporal';

/** What a 503 asks the client to wait before trying again (Retry-After, seconds). */
export const RETRY_AFTER_SECONDS = 5;

/** What a 503 for a write that collided with another asks the client to wait (seconds). */
export const RETRY_AFTER_CONFLICT_SECONDS = 1;

/** The 503 of a transaction PostgreSQL aborted for a concurrent one (its Retry-After is short). */
export class ConcurrentWriteConflictException extends ServiceUnavailableException {}

/**
 * An error of a dependency that is down (not of the request, nor a bug) as the 503 it answers:
 * the database unreachable, silent or overloaded, or the workflow engine (Temporal) not
 * answering; and a write that PostgreSQL aborted because it collided with a concurrent one (a
 * deadlock): its transaction wrote nothing, and trying again succeeds. Null for any other error.
 */
export function asUnavailable(error: unknown): ServiceUnavailableException | null {
  if (error instanceof ServiceUnavailableException) return null;
  if (isConcurrentWriteConflict(error))
    return new ConcurrentWriteConflictException(
      'this write collided with a concurrent one and its transaction was undone; try again',
      { cause: error },
    );
  if (isDatabaseUnavailable(error))
    return new ServiceUnavailableException(
      'the database does not answer now; try again shortly (see /ready)',
      { cause: error },
    );
  if (isTemporalUnavailable(error))
    return new ServiceUnavailableException(
      'the workflow engine (Temporal) does not answer now; try again shortly (see /ready)',
      { cause: error },
    );
  return null;
}
