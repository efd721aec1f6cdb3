import { http, type HttpResult } from './http';

/** What a browser keeps after signing in: the session cookie (HttpOnly) and the CSRF token. */
export interface BrowserSession {
  cookie: string;
  csrfToken: string;
  setCookie: string;
}

/** A request as the web app makes it: the cookie, and the CSRF token unless told otherwise. */
export function asBrowser(
  baseUrl: string,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  session: Pick<BrowserSession, 'cookie' | 'csrfToken'> | null,
  body?: unknown,
  options: { csrf?: boolean; headers?: Record<string, string> } = {},
): Promise<HttpResult> {
  const headers: Record<string, string> = { ...options.headers };
  if (session) {
    headers.cookie = session.cookie;
    if (options.csrf !== false) headers['x-csrf-token'] = session.csrfToken;
  }
  return http(baseUrl, method, path, body, { key: null, headers });
}

/** The session a sign-in answer opened, or null when it opened none. */
export function sessionFrom(answer: HttpResult): BrowserSession | null {
  const setCookie = answer.headers.get('set-cookie') ?? '';
  const cookie = /^(voronka_session=[^;]+)/.exec(setCookie)?.[1];
  if (!cookie || !answer.body?.csrfToken) return null;
  return { cookie, csrfToken: answer.body.csrfToken, setCookie };
}

export async function signIn(baseUrl: string, email: string, password: string) {
  const answer = await asBrowser(baseUrl, 'POST', '/api/v1/session', null, { email, password });
  return { answer, session: sessionFrom(answer) };
}
