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
  type FieldProblem,
  InvalidFieldsException,
  PROBLEM_TYPES,
  ProblemException,
  type ProblemType,
  problemTypeUri,
} from '../../../libs/problems';
import { asUnavailable, RETRY_AFTER_SECONDS } from './unavailable';

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

/**
 * Handlers name the field first in their 400 and 422 messages (`"currency: deals of b2b are in
 * USD"`, `"dealId, contactId: bind the activity to exactly one record"`); this reads the fields
 * back out so that every such answer lists them in `errors`.
 */
export function fieldsFromDetail(detail: string): FieldProblem[] | null {
  const match = /^([A-Za-z][\w.]*(?:, [A-Za-z][\w.]*)*): (.+)$/s.exec(detail);
  if (!match) return null;
  return match[1].split(', ').map((field) => ({ field, problem: match[2] }));
}

export function flattenValidationErrors(errors: ValidationError[], prefix = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((problem) => ({ field, problem }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

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
    const status =
      exception instanceof HttpException
        ? exception.getStatus()
        : exception instanceof OptimisticLockError
          ? HttpStatus.CONFLICT
          : HttpStatus.INTERNAL_SERVER_ERROR;

    const problem: ProblemDetails = {
      type: 'about:blank',
      title: (HttpStatus[status] ?? 'Error').replace(/_/g, ' ').toLowerCase(),
      status,
      instance: request.originalUrl,
    };
    let type: ProblemType | undefined;
    if (exception instanceof ProblemException) {
      type = exception.type;
      Object.assign(problem, exception.extensions, { detail: exception.message });
      if (exception instanceof InvalidFieldsException) problem.errors = exception.fields;
    } else if (exception instanceof HttpException) {
      const body = exception.getResponse();
      problem.detail =
        typeof body === 'string'
          ? body
          : String((body as { message?: unknown }).message ?? exception.message);
    } else if (exception instanceof OptimisticLockError) {
      type = 'stale-version';
      problem.detail =
        'the record was changed by someone else meanwhile; read it again and reapply your change';
    } else {
      // Never leak internals; the log has the stack.
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
      problem.detail = 'an unexpected error occurred';
    }
    if (
      !problem.errors &&
      (status === HttpStatus.BAD_REQUEST || status === HttpStatus.UNPROCESSABLE_ENTITY)
    ) {
      const fields = problem.detail ? fieldsFromDetail(problem.detail) : null;
      if (fields) {
        problem.errors = fields;
        type ??= 'invalid-fields';
      }
    }
    if (type) {
      problem.type = problemTypeUri(type);
      problem.title = PROBLEM_TYPES[type].title.toLowerCase();
    }
    if (status === HttpStatus.UNAUTHORIZED) response.setHeader('WWW-Authenticate', 'Bearer');
    if (status === HttpStatus.SERVICE_UNAVAILABLE && !response.getHeader('Retry-After'))
      response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
    response.status(status).type('application/problem+json').send(problem);
  }
}
