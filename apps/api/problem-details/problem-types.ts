import { type ErrorCode } from '../../../libs/errors';

export interface ProblemType {
  /** The status every answer of this type has (invalid fields: 400 malformed, 422 refused). */
  status: number;
  title: string;
  description: string;
  /** Members of its own beyond RFC 9457's (extensions), as the document describes them. */
  members?: Record<string, Record<string, unknown>>;
}

const RULE_PROBLEMS = {
  type: 'array',
  items: { $ref: '#/components/schemas/RuleProblem' },
};
/** The open records a rules version would break (RulesBreakRecordsError). */
const BROKEN_RECORDS = {
  type: 'array',
  description: 'each open record whose replay throws under the version, and why',
  items: {
    type: 'object',
    required: ['recordKind', 'recordId', 'title', 'stage', 'reason'],
    properties: {
      recordKind: { type: 'string', enum: ['deal', 'lead'] },
      recordId: { type: 'string', format: 'uuid' },
      title: { type: 'string' },
      stage: { type: 'string', description: 'the stage it is in now' },
      reason: { type: 'string', description: 'what the replay threw' },
    },
  },
};
/** The records a new one may duplicate (DuplicateRecordError). */
const DUPLICATE_MATCHES = {
  type: 'array',
  description: 'each existing record the new one may duplicate, and which field matched',
  items: {
    type: 'object',
    required: ['kind', 'id', 'name', 'field'],
    properties: {
      kind: { type: 'string', enum: ['lead', 'contact', 'company'] },
      id: { type: 'string', format: 'uuid' },
      name: { type: 'string', description: 'its name (a lead: its title)' },
      field: {
        type: 'string',
        enum: ['email', 'phone', 'name'],
        description: 'the field whose normalised value matched (name: a company name)',
      },
    },
  },
};
const RETRY_SECONDS = { type: 'integer', minimum: 1, description: 'seconds, as in Retry-After' };

/**
 * The problem types this API answers with (RFC 9457 §3.1.1), one for each code of the domain's
 * errors. A type names what went wrong beyond the status code, so a client can branch on it;
 * each resolves to its description at `/problems/<type>` on the API.
 */
export const PROBLEM_TYPES: Record<ErrorCode, ProblemType> = {
  'invalid-fields': {
    status: 422,
    title: 'Invalid fields',
    description:
      'The request has fields that are missing or invalid. `errors` lists each field (a dotted path into the body or the query) and what is wrong with it. 400 when a value is malformed on its own, 422 when it is refused for what it names or how it stands with the rest (a record that does not exist, a currency the pipeline does not use). Nothing was written.',
  },
  'not-found': {
    status: 404,
    title: 'Not found',
    description:
      'There is no such record, route or version (or it was never published). `detail` names what was looked for.',
  },
  unauthenticated: {
    status: 401,
    title: 'Unauthenticated',
    description:
      'The request carries no valid credentials: send `Authorization: Bearer <API key>` with a key that is active (the payment webhook: a valid signature).',
  },
  forbidden: {
    status: 403,
    title: 'Forbidden',
    description:
      'The caller is known, but their role may not do this, or the record is not among those they may see or change. `detail` says which.',
  },
  'stale-version': {
    status: 409,
    title: 'Stale version',
    description:
      'The record changed after you read it: the version or ETag you sent (If-Match) is not the current one, or someone else wrote it meanwhile. Read the record again and reapply your change. Nothing was written.',
  },
  'invalid-if-match': {
    // A header that breaks the document's pattern is a malformed request, as a malformed body
    // is (400), not a precondition that failed (412 would say the record is not at that version).
    status: 400,
    title: 'Invalid If-Match',
    description:
      'The If-Match header is not an ETag of the record: send the ETag you read (e.g. `"3"`), or `*`. Nothing was written.',
  },
  duplicate: {
    status: 409,
    title: 'Duplicate',
    description:
      'A record with the same unique value exists already (the field is named in `detail` and `errors`).',
  },
  'duplicate-record': {
    status: 409,
    title: 'Possible duplicate',
    description:
      'A record with the same normalised email or phone (a company: also name) exists already: `matches` lists each with its kind, id, name and the field that matched. Nothing was written. To create the record anyway, send the same request again with `allowDuplicate: true`; to use the existing one, open it (or merge the two later).',
    members: { matches: DUPLICATE_MATCHES },
  },
  'record-merged': {
    status: 410,
    title: 'Merged',
    description:
      'The record was merged into another (`mergedInto`, its id): its links, activities, comments and deals are the survivor’s now. The merged record is kept, but is read and changed no more: use the survivor.',
    members: {
      mergedInto: { type: 'string', format: 'uuid', description: 'the id of the survivor' },
    },
  },
  'state-conflict': {
    status: 409,
    title: 'State conflict',
    description:
      'The record is not in a state that allows this: a closed lead or deal, an activity already done, a quote already answered, a document no longer a draft. `detail` says which state it is in. Nothing was written.',
  },
  'transition-refused': {
    status: 409,
    title: 'Transition refused',
    description:
      'The rules of the pipeline do not allow this move from the current stage, or its condition does not hold. `detail` says which rule refused it, `code` why (`closed`, `not_allowed`, …). Nothing was written.',
    members: {
      code: { type: 'string', description: 'why the rules refused it', example: 'not_allowed' },
    },
  },
  'invalid-rules': {
    status: 422,
    title: 'Invalid rules',
    description:
      'The rules do not validate. `problems` lists each error with the file, line, column and path; `warnings` what is allowed but probably not meant.',
    members: { problems: RULE_PROBLEMS, warnings: RULE_PROBLEMS },
  },
  'invalid-scenario': {
    status: 422,
    title: 'Invalid scenario',
    description: 'The dry-run scenario does not validate; `problems` lists each error.',
    members: { problems: RULE_PROBLEMS },
  },
  'rules-version-conflict': {
    status: 409,
    title: 'Rules version conflict',
    description:
      'A different rule set was already published with this version, or the version is not higher than the latest. Publish with a higher version.',
  },
  'rules-missing': {
    status: 422,
    title: 'Rules missing',
    description:
      'The rules this needs are not published, or lack what it needs (no lead rules yet; lead rules without a converted stage). Publish them first.',
  },
  'rules-break-records': {
    status: 422,
    title: 'Rules break running records',
    description:
      'Not published: replaying the inputs of some open records under this version throws (a loop of conditions, say). `records` lists each with its id and why. Nothing was written.',
    members: { records: BROKEN_RECORDS },
  },
  'user-inactive': {
    status: 422,
    title: 'User inactive',
    description: 'The user is deactivated: activate them first.',
  },
  'workflow-unavailable': {
    status: 503,
    title: 'Workflow unavailable',
    description:
      "The record's workflow did not answer in time (starting, or no worker running). Nothing was changed; try again shortly.",
  },
  'service-unavailable': {
    status: 503,
    title: 'Service unavailable',
    description:
      'A service the API depends on (the database) does not answer now, or the database undid this write because it collided with a concurrent one (a deadlock). Nothing was changed; try again after `Retry-After` seconds (`/ready` says what is down).',
  },
  'body-too-large': {
    status: 413,
    title: 'Body too large',
    description:
      'The body is larger than this route takes (its limit is in `detail`); it was refused before it was read. Nothing was written.',
  },
  'headers-too-large': {
    status: 431,
    title: 'Request headers too large',
    description:
      'The request line (the path with its query) and the headers together are larger than the server reads (16 KB); the request was refused before it was read. Nothing was written: shorten the query (fewer or shorter filters, a cursor as given).',
  },
  'unsupported-media-type': {
    status: 415,
    title: 'Unsupported media type',
    description: 'The body is not of a content type this route takes: send `application/json`.',
  },
  'sign-in-failed': {
    status: 401,
    title: 'Sign-in failed',
    description:
      'The email or the password is not right; the answer never says which. Repeated failures are answered more slowly, then refused for a while (`sign-in-locked`).',
  },
  'sign-in-locked': {
    status: 429,
    title: 'Too many failed sign-ins',
    description:
      'Too many failed sign-ins for this account or from this address: signing in is refused until the time in `Retry-After` (and `retryAfterSeconds`) has passed, even with the right password.',
    members: { retryAfterSeconds: RETRY_SECONDS },
  },
  'csrf-token-invalid': {
    status: 403,
    title: 'CSRF token missing or wrong',
    description:
      'A write made with the session cookie must carry the session’s CSRF token in the `X-CSRF-Token` header (from `POST /api/v1/session` or `GET /api/v1/session`). Nothing was written.',
  },
  'last-admin': {
    status: 409,
    title: 'Last admin',
    description:
      'The change would leave no active admin (deactivating or demoting the last one), and nobody could manage users and keys any more. Make someone else an admin first. Nothing was written.',
  },
  'rate-limited': {
    status: 429,
    title: 'Rate limited',
    description:
      'Too many requests from this address or API key in a short time (the public quote pages, the payments webhook, or failed sign-ins with API keys). Wait for the seconds in the Retry-After header (also `retryAfter`), then try again. Nothing was done.',
    members: { retryAfter: RETRY_SECONDS },
  },
  'idempotency-key-reused': {
    status: 422,
    title: 'Idempotency key reused',
    description:
      'The Idempotency-Key was sent before, by you, with another request (another path or body). A key names one request: send a new key for a new request. Nothing was done.',
  },
  'idempotency-key-in-use': {
    status: 409,
    title: 'Idempotency key in use',
    description:
      'The first request with this Idempotency-Key is still running. Retry after the seconds in Retry-After: you will get its answer.',
  },
  'internal-error': {
    status: 500,
    title: 'Internal error',
    description:
      'Something failed that the server did not expect. The answer shows nothing of the cause (the server log has it); a write either happened whole or not at all. Try again; if it persists, report it with the time and `instance`.',
  },
};

/** The path where a problem type is described; also the `type` member of the answer. */
export function problemTypeUri(type: ErrorCode): string {
  return `/problems/${type}`;
}

export function isProblemType(value: string): value is ErrorCode {
  return Object.hasOwn(PROBLEM_TYPES, value);
}
