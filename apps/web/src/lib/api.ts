/**
 * The transport every API call of the app goes through: same origin, the session cookie, the
 * session's CSRF token on every write, and problem details (RFC 9457) turned into an ApiError
 * that names the invalid fields, so forms can show each beside its field.
 */
export interface FieldProblem {
  field: string;
  problem: string;
}

interface ProblemBody {
  type?: string;
  title?: string;
  detail?: string;
  errors?: FieldProblem[];
  retryAfterSeconds?: number;
}

export class ApiError extends Error {
  readonly status: number;
  /** The problem type's last segment: `sign-in-locked`, `invalid-fields`, `stale-version`… */
  readonly type: string | undefined;
  readonly errors: FieldProblem[];
  readonly retryAfterSeconds: number | undefined;

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
  }
}

let csrfToken: string | null = null;

/** The session's CSRF token, sent as X-CSRF-Token with every write (set at sign-in). */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export async function api<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<T> {
  const sent: Record<string, string> = { accept: 'application/json', ...headers };
  if (body !== undefined) sent['content-type'] = 'application/json';
  if (!SAFE.has(method) && csrfToken) sent['x-csrf-token'] = csrfToken;
  const response = await fetch(path, {
    method,
    headers: sent,
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'same-origin',
  });
  const type = response.headers.get('content-type') ?? '';
  const data: unknown =
    response.status === 204
      ? undefined
      : type.includes('json')
        ? await response.json()
        : await response.text();
  if (!response.ok) throw new ApiError(response.status, data as ProblemBody | string);
  return data as T;
}

/** The field errors of a failed write, by field, for a form: `{ email: 'is not an email' }`. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(error.errors.map((e) => [e.field, e.problem]));
}
