import { NotFoundError as RowNotFoundError } from '@mikro-orm/core';
import { ApplicationFailure } from '@temporalio/common';
import { DomainError } from '../../errors';

/**
 * An effect's error as Temporal should see it. A failure that no retry can mend — a domain error
 * (no such record, a quote with nobody to send it to, rules not published) or a row that is not
 * there — is non-retryable: the workflow hears of it at once and goes on, instead of after every
 * attempt of the retry policy. Anything else (a lost connection, a timeout) is retried.
 */
export function asEffectFailure(error: unknown): unknown {
  if (error instanceof DomainError && !error.transient)
    return ApplicationFailure.create({
      type: error.code,
      message: error.message,
      nonRetryable: true,
    });
  if (error instanceof RowNotFoundError)
    return ApplicationFailure.create({
      type: 'not-found',
      message: error.message,
      nonRetryable: true,
    });
  return error;
}
