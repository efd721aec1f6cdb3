import { ServiceUnavailableException } from '@nestjs/common';
import { isDatabaseUnavailable } from '../../../libs/persistence';
import { isTemporalUnavailable } from '../../../libs/temporal';

/** What a 503 asks the client to wait before trying again (Retry-After, seconds). */
export const RETRY_AFTER_SECONDS = 5;

/**
 * An error of a dependency that is down (not of the request, nor a bug) as the 503 it answers:
 * the database unreachable, silent or overloaded, or the workflow engine (Temporal) not
 * answering. Null for any other error.
 */
export function asUnavailable(error: unknown): ServiceUnavailableException | null {
  if (error instanceof ServiceUnavailableException) return null;
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
