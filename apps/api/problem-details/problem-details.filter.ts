import {
  type ArgumentsHost,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { OptimisticLockError } from '@mikro-orm/core';
import { type ValidationError } from 'class-validator';
import { type Request, type Response } from 'express';
import {
  DomainError,
  type ErrorCode,
  type FieldProblem,
  InvalidFieldsError,
} from '../../../libs/errors';
import { PROBLEM_TYPES, problemTypeUri } from './problem-types';
import {
  asUnavailable,
  ConcurrentWriteConflictException,
  RETRY_AFTER_CONFLICT_SECONDS,
  RETRY_AFTER_SECONDS,
} from './unavailable';

/** RFC 9457 problem details, the body of every error response. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldProblem[];
  /** Extension members (RFC 9457 §3.2), e.g. the problems found in a rules file. */
  [extension: string]: unknown;
}

/** class-validator's checks of a value's type: when one fails, the field's other checks mean nothing. */
const TYPE_CHECKS = new Set([
  'isString',
  'isBoolean',
  'isInt',
  'isNumber',
  'isArray',
  'isObject',
  'isDate',
]);

/**
 * Each broken rule of each field, nested fields by their path. A value of the wrong type is told
 * that alone (`description must be a string`, not also that it is too long).
 */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const constraints = Object.entries(error.constraints ?? {});
    const typeProblems = constraints.filter(([check]) => TYPE_CHECKS.has(check));
    const own = (typeProblems.length > 0 ? typeProblems : constraints).map(([, problem]) => ({
      field,
      problem,
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

/** The problem type of an error the framework raised by itself (no route, a body it cannot parse). */
const FRAMEWORK_TYPES: Partial<Record<number, ErrorCode>> = {
  [HttpStatus.BAD_REQUEST]: 'invalid-fields',
  [HttpStatus.UNAUTHORIZED]: 'unauthenticated',
  [HttpStatus.FORBIDDEN]: 'forbidden',
  [HttpStatus.NOT_FOUND]: 'not-found',
  [HttpStatus.PAYLOAD_TOO_LARGE]: 'body-too-large',
  [HttpStatus.UNSUPPORTED_MEDIA_TYPE]: 'unsupported-media-type',
  [HttpStatus.SERVICE_UNAVAILABLE]: 'service-unavailable',
  [HttpStatus.INTERNAL_SERVER_ERROR]: 'internal-error',
};

/** The status a domain error is answered with. */
export function statusOf(error: DomainError): number {
  if (error instanceof InvalidFieldsError && error.malformed) return HttpStatus.BAD_REQUEST;
  return PROBLEM_TYPES[error.code].status;
}

/**
 * The one place where errors become answers: a domain error by its code (status, type, title),
 * its fields as `errors` and its extension members; the framework's own errors by their status;
 * anything else a 500 that shows nothing of the internals (the log has the stack).
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(caught: unknown, host: ArgumentsHost): void {
    const unavailable = asUnavailable(caught);
    if (unavailable) this.logger.warn(`${unavailable.message}: ${(caught as Error).message}`);
    const exception = unavailable ?? caught;
    const http = host.switchToHttp();
    const response = http.getResponse<Response>();
    const request = http.getRequest<Request>();
    const problem = this.problemOf(exception);
    problem.instance = request.originalUrl;
    if (problem.status === HttpStatus.UNAUTHORIZED)
      response.setHeader('WWW-Authenticate', 'Bearer');
    if (problem.status === HttpStatus.SERVICE_UNAVAILABLE && !response.getHeader('Retry-After'))
      response.setHeader(
        'Retry-After',
        String(
          exception instanceof ConcurrentWriteConflictException
            ? RETRY_AFTER_CONFLICT_SECONDS
            : RETRY_AFTER_SECONDS,
        ),
      );
    response.status(problem.status).type('application/problem+json').send(problem);
  }

  private problemOf(exception: unknown): ProblemDetails {
    if (exception instanceof DomainError) {
      return {
        ...exception.extensions,
        ...typed(exception.code, statusOf(exception)),
        detail: exception.message,
        ...(exception.fields.length > 0 ? { errors: exception.fields } : {}),
      };
    }
    if (exception instanceof OptimisticLockError) {
      return {
        ...typed('stale-version', HttpStatus.CONFLICT),
        detail:
          'the record was changed by someone else meanwhile; read it again and reapply your change',
      };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const body = exception.getResponse();
      const code = FRAMEWORK_TYPES[status];
      return {
        ...(code ? typed(code, status) : blank(status)),
        detail:
          typeof body === 'string'
            ? body
            : String((body as { message?: unknown }).message ?? exception.message),
      };
    }
    // Never leak internals; the log has the error (its SQL values and secrets redacted).
    this.logger.error(exception instanceof Error ? exception : String(exception));
    return {
      ...typed('internal-error', HttpStatus.INTERNAL_SERVER_ERROR),
      detail: 'an unexpected error occurred',
    };
  }
}

function typed(code: ErrorCode, status: number): ProblemDetails {
  return { type: problemTypeUri(code), title: PROBLEM_TYPES[code].title.toLowerCase(), status };
}

/** A status no problem type of ours names (RFC 9457 §4.2.1): none the API is known to answer. */
function blank(status: number): ProblemDetails {
  return {
    type: 'about:blank',
    title: (HttpStatus[status] ?? 'Error').replace(/_/g, ' ').toLowerCase(),
    status,
  };
}
