import { type Middleware } from 'openapi-fetch';
import { createApiClient } from '../../../../libs/api-client/client';

/** The document's schemas by name (`Schemas['Deal']`): the app's types of what the API answers. */
export { type Schemas } from '../../../../libs/api-client/client';

/**
 * The transport every API call of the app goes through: the typed client generated from
 * docs/openapi.json (libs/api-client, docs/api.md), same origin, the session cookie, the
 * session's CSRF token on every write, and problem details (RFC 9457) turned into an ApiError
 * that names the invalid fields, so forms can show each beside its field.
 */
export interface FieldProblem {
  field: string;
  problem: string;
}

/** A record a new one may duplicate (the `duplicate-record` problem's `matches`). */
export interface DuplicateMatch {
  kind: 'lead' | 'contact' | 'company';
  id: string;
  name: string;
  field: 'email' | 'phone' | 'name';
}

interface ProblemBody {
  type?: string;
  title?: string;
  detail?: string;
  errors?: FieldProblem[];
  retryAfterSeconds?: number;
  matches?: DuplicateMatch[];
  mergedInto?: string;
}

export class ApiError extends Error {
  readonly status: number;
  /** The problem type's last segment: `sign-in-locked`, `invalid-fields`, `stale-version`… */
  readonly type: string | undefined;
  readonly errors: FieldProblem[];
  readonly retryAfterSeconds: number | undefined;
  /** The problem's members as they came, its extensions too (the rules' `problems`…). */
  readonly problem: Record<string, unknown>;
  /** `duplicate-record`: the records the new one may duplicate. */
  readonly matches: DuplicateMatch[];
  /** `record-merged`: the survivor's id. */
  readonly mergedInto: string | undefined;

  constructor(status: number, body: ProblemBody | string | undefined) {
    const problem = typeof body === 'object' && body ? body : {};
    super(
      problem.detail ??
        problem.title ??
        (typeof body === 'string' && body ? body : `HTTP ${status}`),
    );
    this.status = status;
    this.type = problem.type?.split('/').pop();
    this.errors = Array.isArray(problem.errors) ? problem.errors : [];
    this.retryAfterSeconds = problem.retryAfterSeconds;
    this.problem = problem as Record<string, unknown>;
    this.matches = Array.isArray(problem.matches) ? problem.matches : [];
    this.mergedInto = problem.mergedInto;
  }
}

let csrfToken: string | null = null;

/** The session's CSRF token, sent as X-CSRF-Token with every write (set at sign-in). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

const csrf: Middleware = {
  onRequest({ request }) {
    if (!SAFE.has(request.method) && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

/**
 * The API, typed by the document: `client.GET('/api/v1/deals/{id}', { params: { path: { id } } })`.
 * Wrap a call in `answer()` to get its data or an ApiError. It asks for JSON, so an answer that
 * could also be a file (a report's CSV) is typed as its JSON.
 */
export const client = createApiClient<'application/json'>({
  headers: { accept: 'application/json' },
  credentials: 'same-origin',
  middleware: [csrf],
});

/** The data of a successful answer (undefined for 204); a failed one throws its ApiError. */
export async function answer<T>(
  call: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, error as ProblemBody | string | undefined);
  return data as T;
}

/** The field errors of a failed write, by field, for a form: `{ email: 'is not an email' }`. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(error.errors.map((e) => [e.field, e.problem]));
}
