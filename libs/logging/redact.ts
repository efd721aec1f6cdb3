import pino from 'pino';

/**
 * What never reaches a log line: credentials (API keys, passwords, cookies, session ids),
 * webhook signatures and signing secrets, the tokens of signed links, and the values in SQL.
 * Three layers, each cheap: pino's `redact` for the known places in structured fields, the
 * request and error serializers (URLs, database errors), and a scrub of free text for the
 * shapes our secrets have (`vk_…`, `whsec_…`, `sha256=<hex>`, `/q/<token>`).
 */
export const REDACTED = '[redacted]';

/** Headers that carry a credential or a signature, in requests and answers. */
export const SECRET_HEADERS = [
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'x-voronka-signature',
  'x-csrf-token',
  'idempotency-key',
];

/** Field names whose values are secrets wherever they appear (one level deep, or at the top). */
const SECRET_FIELDS = [
  'password',
  'passwd',
  'secret',
  'signingSecret',
  'linkSecret',
  'apiKey',
  'token',
  'accessToken',
  'refreshToken',
  'sessionId',
  'csrfToken',
  'cookie',
  'authorization',
];

/** pino `redact` paths: the secret headers of pino-http's req/res and of any logged headers. */
export const REDACT_PATHS = [
  ...SECRET_HEADERS.flatMap((h) => [
    `req.headers["${h}"]`,
    `res.headers["${h}"]`,
    `headers["${h}"]`,
    `*.headers["${h}"]`,
  ]),
  ...SECRET_FIELDS.flatMap((f) => [f, `*.${f}`]),
];

/** Query parameters and path segments that carry a secret. */
const SECRET_PARAM = /^(?:.*(?:key|token|secret|signature|password|passwd|session).*)$/i;

/**
 * A URL as it may be logged: the token of a public link (`/q/<token>/…`) and secret query
 * parameters replaced.
 */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  const [path, query] = splitOnce(url, '?');
  const safePath = path.replace(/\/q\/[^/?#]+/g, `/q/${REDACTED}`);
  if (query === undefined) return safePath;
  const safeQuery = query
    .split('&')
    .map((pair) => {
      const [name] = splitOnce(pair, '=');
      return SECRET_PARAM.test(decodeSafely(name)) ? `${name}=${REDACTED}` : pair;
    })
    .join('&');
  return `${safePath}?${safeQuery}`;
}

/** The shapes our secrets have, found in free text (messages, stacks, URLs in messages). */
const SECRET_SHAPES: [RegExp, string][] = [
  [/\bvk_[A-Za-z0-9_-]{8,}/g, `vk_${REDACTED}`],
  [/\bwhsec_[A-Za-z0-9_-]{8,}/g, `whsec_${REDACTED}`],
  [/\bsha256=[0-9a-fA-F]{16,}/g, `sha256=${REDACTED}`],
  [/\/q\/[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}/g, `/q/${REDACTED}`],
  [/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, `$1 ${REDACTED}`],
  // Passwords in URLs: postgres://user:pass@host, smtps://user:pass@host.
  [/\b([a-z][a-z0-9+.-]*:\/\/[^\s:/@]+):[^\s@/]+@/gi, `$1:${REDACTED}@`],
];

export function scrubText(text: string): string {
  let out = text;
  for (const [shape, replacement] of SECRET_SHAPES) out = out.replace(shape, replacement);
  return out;
}

/**
 * A database error without the values of its statement: PostgreSQL and the query builder put
 * the SQL with its parameters inlined into the message (`insert … values ('ann@x', …) - …`), and
 * PostgreSQL's detail names the row's values (`Key (email)=(ann@x) already exists`).
 */
export function scrubSqlValues(text: string): string {
  return (
    text
      // String literals of inlined SQL, and the values PostgreSQL quotes in its messages.
      .replace(/'(?:[^']|'')*'/g, "'?'")
      .replace(/(invalid input (?:syntax|value)[^:\n]*: )"[^"\n]*"/g, '$1"?"')
      .replace(/(\b(?:Key|row contains) \([^)]*\))=?\([^)\n]*\)/g, '$1=(?)')
      // Numbers given as values: after an operator, in a values list or an in-list.
      .replace(/([=<>(,]\s*)-?\d+(?:\.\d+)?(?=\s*[,)\s]|$)/g, '$1?')
  );
}

/** A PostgreSQL error, as the driver or MikroORM throws it. */
export function isDatabaseError(error: object): boolean {
  const e = error as Record<string, unknown>;
  return (
    typeof e.sqlState === 'string' ||
    (typeof e.severity === 'string' && typeof e.routine === 'string') ||
    (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) && 'constraint' in e)
  );
}

/** Fields of a database error that hold values or whole statements. */
const DATABASE_VALUE_FIELDS = ['detail', 'where', 'internalQuery', 'query', 'sql', 'parameters'];

export interface SerializerOptions {
  /** Keep SQL values in logged database errors (LOG_SQL_VALUES): for debugging only. */
  sqlValues?: boolean;
}

/** pino's error serializer, then: secrets scrubbed, database errors without their values. */
export function errorSerializer(options: SerializerOptions = {}) {
  return (error: unknown): unknown => {
    if (!(error instanceof Error)) return error;
    const serialized = pino.stdSerializers.err(error) as unknown as Record<string, unknown>;
    return scrubSerializedError(serialized, error, options);
  };
}

function scrubSerializedError(
  serialized: Record<string, unknown>,
  original: unknown,
  options: SerializerOptions,
): Record<string, unknown> {
  const database = typeof original === 'object' && original !== null && isDatabaseError(original);
  const clean = (text: string) =>
    scrubText(database && !options.sqlValues ? scrubSqlValues(text) : text);
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(serialized)) {
    if (database && !options.sqlValues && DATABASE_VALUE_FIELDS.includes(name)) continue;
    if (typeof value === 'string') out[name] = clean(value);
    else if (name === 'cause' && value && typeof value === 'object')
      out[name] = scrubSerializedError(
        value as Record<string, unknown>,
        (original as { cause?: unknown }).cause,
        options,
      );
    else out[name] = value;
  }
  return out;
}

/** pino-http's request serializer: the URL without link tokens or secret query parameters. */
export const requestSerializer = pino.stdSerializers.wrapRequestSerializer((req) => {
  req.url = redactUrl(req.url) ?? req.url;
  const query = (req as unknown as { query?: Record<string, unknown> }).query;
  if (query && typeof query === 'object') {
    for (const name of Object.keys(query)) if (SECRET_PARAM.test(name)) query[name] = REDACTED;
  }
  const params = (req as unknown as { params?: Record<string, unknown> }).params;
  if (params && typeof params.token === 'string') params.token = REDACTED;
  return req;
});

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
