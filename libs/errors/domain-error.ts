/**
 * What can go wrong in the domain, by code. Each code is a problem type of the API: it resolves to
 * its description at `/problems/<code>`, and the API answers it with one status
 * (apps/api/problem-details maps codes to problem details, in one place). The domain throws these
 * and knows nothing of HTTP; the worker marks an effect's domain error as a permanent failure.
 */
export const ERROR_CODES = [
  'invalid-fields',
  'not-found',
  'unauthenticated',
  'forbidden',
  'stale-version',
  'invalid-if-match',
  'duplicate',
  'duplicate-record',
  'record-merged',
  'state-conflict',
  'transition-refused',
  'invalid-rules',
  'invalid-scenario',
  'rules-version-conflict',
  'rules-missing',
  'rules-break-records',
  'user-inactive',
  'workflow-unavailable',
  'service-unavailable',
  'body-too-large',
  'headers-too-large',
  'unsupported-media-type',
  'sign-in-failed',
  'sign-in-locked',
  'csrf-token-invalid',
  'last-admin',
  'rate-limited',
  'idempotency-key-reused',
  'idempotency-key-in-use',
  'internal-error',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One invalid field of a request: a dotted path into the body or the query, and what is wrong. */
export interface FieldProblem {
  field: string;
  problem: string;
}

export interface DomainErrorOptions {
  /** The fields the error is about, each with its problem. */
  fields?: FieldProblem[];
  /** More members for the answer (RFC 9457 §3.2 extensions), e.g. a rules file's problems. */
  extensions?: Record<string, unknown>;
}

/** An error of the domain: a code a client can branch on, a message for people, and fields. */
export class DomainError extends Error {
  readonly fields: FieldProblem[];
  readonly extensions: Record<string, unknown>;

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: DomainErrorOptions = {},
  ) {
    super(message);
    this.name = 'DomainError';
    this.fields = options.fields ?? [];
    this.extensions = options.extensions ?? {};
  }

  /** Transient: the same call may succeed later (an effect that throws it is retried). */
  get transient(): boolean {
    return this.code === 'workflow-unavailable';
  }
}

/**
 * Fields that are wrong: `malformed` when a value is wrong on its own (a shape, a format; the API
 * answers 400), else refused for what it names or how it stands with the rest (answered 422).
 */
export class InvalidFieldsError extends DomainError {
  readonly malformed: boolean;

  constructor(fields: FieldProblem[], options: { malformed?: boolean } = {}) {
    super('invalid-fields', describeFields(fields), { fields });
    this.malformed = options.malformed ?? false;
  }
}

/** One field that is wrong; `field` may list several (`dealId, leadId`) that share the problem. */
export function invalidField(
  field: string,
  problem: string,
  options: { malformed?: boolean } = {},
): InvalidFieldsError {
  return new InvalidFieldsError(
    field.split(', ').map((f) => ({ field: f, problem })),
    options,
  );
}

/** No such record (or version): the message names it, e.g. `no lead 5f0…`. */
export class NotFoundError extends DomainError {
  constructor(message: string) {
    super('not-found', message);
  }
}

/** The record is not in a state that allows this (closed, already answered, not a draft). */
export class StateConflictError extends DomainError {
  constructor(message: string) {
    super('state-conflict', message);
  }
}

/** A unique value that is taken: the field and what holds it. */
export class DuplicateError extends DomainError {
  constructor(field: string, problem: string) {
    super('duplicate', `${field}: ${problem}`, { fields: [{ field, problem }] });
  }
}

/** A record that may be the same as the one being created: what it is, and which field matched. */
export interface DuplicateMatch {
  kind: 'lead' | 'contact' | 'company';
  id: string;
  name: string;
  field: 'email' | 'phone' | 'name';
}

/** The record being created looks like records that exist; the caller may confirm and create it. */
export class DuplicateRecordError extends DomainError {
  constructor(
    what: string,
    readonly matches: DuplicateMatch[],
  ) {
    const fields = [...new Set(matches.map((m) => m.field))];
    super(
      'duplicate-record',
      `${what} looks like ${matches.length === 1 ? 'a record that exists' : `${matches.length} records that exist`} (same ${fields.join(', ')}): send allowDuplicate: true to create it anyway`,
      { extensions: { matches } },
    );
  }
}

/** The record was merged into another: it is kept, but the survivor is the one to use. */
export class RecordMergedError extends DomainError {
  constructor(what: string, mergedInto: string) {
    super('record-merged', `${what} was merged into ${mergedInto}`, {
      extensions: { mergedInto },
    });
  }
}

/** Who may do what: not signed in (unauthenticated), or not allowed (forbidden). */
export class AccessError extends DomainError {
  constructor(code: 'unauthenticated' | 'forbidden', message: string) {
    super(code, message);
  }
}

/** The rules refuse a move; `reason` is the rules' code for why (closed, not_allowed, …). */
export class TransitionRefusedError extends DomainError {
  constructor(message: string, reason: string) {
    super('transition-refused', message, { extensions: { code: reason } });
  }
}

/** `a, b: problem; c: other problem`: fields that share a problem are named together. */
function describeFields(fields: FieldProblem[]): string {
  const byProblem = new Map<string, string[]>();
  for (const f of fields) byProblem.set(f.problem, [...(byProblem.get(f.problem) ?? []), f.field]);
  return [...byProblem].map(([problem, names]) => `${names.join(', ')}: ${problem}`).join('; ');
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
