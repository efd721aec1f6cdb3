/**
 * The problem types this API answers with (RFC 9457 §3.1.1). A type names what went wrong beyond
 * the status code, so a client can branch on it; each resolves to its description at
 * `/problems/<type>` on the API. Errors that mean no more than their status code answer
 * `about:blank`, as the RFC says.
 */
export const PROBLEM_TYPES = {
  'invalid-fields': {
    title: 'Invalid fields',
    description:
      'The request has fields that are missing or invalid. `errors` lists each field (a dotted path into the body or the query) and what is wrong with it. Nothing was written.',
  },
  'stale-version': {
    title: 'Stale version',
    description:
      'The record changed after you read it: the version or ETag you sent (If-Match) is not the current one, or someone else wrote it meanwhile. Read the record again and reapply your change. Nothing was written.',
  },
  'invalid-rules': {
    title: 'Invalid rules',
    description:
      'The rules do not validate. `problems` lists each error with the file, line, column and path; `warnings` what is allowed but probably not meant.',
  },
  'invalid-scenario': {
    title: 'Invalid scenario',
    description: 'The dry-run scenario does not validate; `problems` lists each error.',
  },
  'rules-version-conflict': {
    title: 'Rules version conflict',
    description:
      'A different rule set was already published with this version, or the version is not higher than the latest. Publish with a higher version.',
  },
  'transition-refused': {
    title: 'Transition refused',
    description:
      'The rules of the pipeline do not allow this move from the current stage, or its condition does not hold. `detail` says which rule refused it. Nothing was written.',
  },
  duplicate: {
    title: 'Duplicate',
    description:
      'A record with the same unique value exists already (the field is named in `detail`).',
  },
  'sign-in-failed': {
    title: 'Sign-in failed',
    description:
      'The email or the password is not right; the answer never says which. Repeated failures are answered more slowly, then refused for a while (`sign-in-locked`).',
  },
  'sign-in-locked': {
    title: 'Too many failed sign-ins',
    description:
      'Too many failed sign-ins for this account or from this address: signing in is refused until the time in `Retry-After` (and `retryAfterSeconds`) has passed, even with the right password.',
  },
  'csrf-token-invalid': {
    title: 'CSRF token missing or wrong',
    description:
      'A write made with the session cookie must carry the session’s CSRF token in the `X-CSRF-Token` header (from `POST /api/v1/session` or `GET /api/v1/session`). Nothing was written.',
  },
} as const;

export type ProblemType = keyof typeof PROBLEM_TYPES;

/** The path where a problem type is described; also the `type` member of the answer. */
export function problemTypeUri(type: ProblemType): string {
  return `/problems/${type}`;
}

export function isProblemType(value: string): value is ProblemType {
  return Object.hasOwn(PROBLEM_TYPES, value);
}
