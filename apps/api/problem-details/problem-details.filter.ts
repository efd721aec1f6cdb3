import {
  type ArgumentsHost,
  BadRequestException,
  Catch,
  type ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import { OptimisticLockError } from '@mikro-orm/core';
import { type ValidationError } from 'class-validator';
import { type Request, type Response } from 'express';

/** One invalid field of a request, as listed in a 400/422 problem. */
export interface FieldProblem {
  field: string;
  problem: string;
}

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
 * An error answer with extension members: `new ProblemException(422, 'the rules are not valid',
 * { problems })` answers those members beside type, title, status and detail.
 */
export class ProblemException extends HttpException {
  constructor(
    status: number,
    detail: string,
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(detail, status);
  }
}

/** Thrown by the ValidationPipe: carries each invalid field and why. */
export class InvalidFieldsException extends BadRequestException {
  constructor(readonly fields: FieldProblem[]) {
    super(fields.map((f) => `${f.field}: ${f.problem}`).join('; '));
  }
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

  catch(exception: unknown, host: ArgumentsHost): void {
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
    if (exception instanceof InvalidFieldsException) {
      problem.detail = 'the request has invalid fields';
      problem.errors = exception.fields;
    } else if (exception instanceof ProblemException) {
      Object.assign(problem, exception.extensions, { detail: exception.message });
    } else if (exception instanceof HttpException) {
      const body = exception.getResponse();
      problem.detail =
        typeof body === 'string'
          ? body
          : String((body as { message?: unknown }).message ?? exception.message);
    } else if (exception instanceof OptimisticLockError) {
      problem.detail =
        'the record was changed by someone else meanwhile; read it again and reapply your change';
    } else {
      // Never leak internals; the log has the stack.
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
      problem.detail = 'an unexpected error occurred';
    }
    if (status === HttpStatus.UNAUTHORIZED) response.setHeader('WWW-Authenticate', 'Bearer');
    response.status(status).type('application/problem+json').send(problem);
  }
}
