import { HttpException } from '@nestjs/common';
import { type ProblemType } from './problem-types';

/** One invalid field of a request, as listed in a 400/422 problem. */
export interface FieldProblem {
  field: string;
  problem: string;
}

/**
 * An error answer of a known problem type, with extension members:
 * `new ProblemException(422, 'the rules are not valid', { type: 'invalid-rules', extensions: { problems } })`
 * answers those members beside type, title, status and detail.
 */
export class ProblemException extends HttpException {
  readonly type?: ProblemType;
  readonly extensions: Record<string, unknown>;

  constructor(
    status: number,
    detail: string,
    options: { type?: ProblemType; extensions?: Record<string, unknown> } = {},
  ) {
    super(detail, status);
    this.type = options.type;
    this.extensions = options.extensions ?? {};
  }
}

/** Each invalid field and why (400): thrown by the ValidationPipe and by handlers alike. */
export class InvalidFieldsException extends ProblemException {
  constructor(readonly fields: FieldProblem[]) {
    super(400, fields.map((f) => `${f.field}: ${f.problem}`).join('; '), {
      type: 'invalid-fields',
    });
  }
}

/** A write against a version the client did not read (409). */
export class StaleVersionException extends ProblemException {
  constructor(detail: string) {
    super(409, detail, { type: 'stale-version' });
  }
}
