import {
  PayloadTooLargeException,
  UnsupportedMediaTypeException,
  type HttpException,
} from '@nestjs/common';
import bodyParser from 'body-parser';
import { type NextFunction, type Request, type Response } from 'express';
import { InvalidFieldsError } from '../../../libs/errors';
import { jsonDepth } from './json-depth';

const KB = 1024;
const MB = 1024 * KB;

/** How deeply a JSON body may nest objects and arrays. */
export const MAX_JSON_DEPTH = 32;

export interface BodyLimit {
  /** Paths that start with this take the limit (the longest match wins). */
  prefix: string;
  /** The largest body taken, in bytes. */
  bytes: number;
  /** Also takes HTML form posts (application/x-www-form-urlencoded). */
  forms?: boolean;
  /** Only this very path takes the limit, not the paths below it. */
  exact?: boolean;
  /** Also takes bodies of these media types as raw bytes (a Buffer), up to `bytes`: a file. */
  raw?: { types: string[]; bytes: number };
}

/**
 * The largest body each route takes (documented in docs/api.md). Bodies over it answer 413
 * before anything is read, authenticated or parsed.
 */
export const BODY_LIMITS: BodyLimit[] = [
  { prefix: '/', bytes: 256 * KB },
  // A payment notification is a few hundred bytes; anything large there is not from a payer.
  { prefix: '/api/v1/integrations/payments', bytes: 16 * KB },
  // Rule sets travel with their templates and scenarios.
  { prefix: '/api/v1/rules/', bytes: 2 * MB },
  // A CSV file to import, as it is: 100,000 rows of a dozen columns are some 15 MB.
  {
    prefix: '/api/v1/imports',
    exact: true,
    bytes: 256 * KB,
    raw: { types: ['text/csv', 'text/plain'], bytes: 32 * MB },
  },
  // The quote answer page's buttons post an empty form.
  { prefix: '/q/', bytes: 1 * KB, forms: true },
  // A web form's post: a few short fields.
  { prefix: '/f/', bytes: 16 * KB, forms: true },
];

export function bodyLimitFor(path: string, limits: BodyLimit[] = BODY_LIMITS): BodyLimit {
  return limits
    .filter((l) => (l.exact ? path.replace(/\/$/, '') === l.prefix : path.startsWith(l.prefix)))
    .reduce((best, l) => (l.prefix.length > best.prefix.length ? l : best));
}

const isJson = (mediaType: string) =>
  mediaType === 'application/json' || /^application\/[\w.+-]+\+json$/.test(mediaType);

function tooLarge(bytes: number): HttpException {
  return new PayloadTooLargeException(
    `body: larger than this route takes (at most ${bytes} bytes)`,
  );
}

/** The body parser's own errors, as the problems the API answers with. */
function parserProblem(error: { type?: string; message: string }, bytes: number) {
  switch (error.type) {
    case 'entity.too.large':
      return tooLarge(bytes);
    case 'entity.verify.failed':
    case 'entity.parse.failed':
    case 'request.size.invalid':
    case 'request.aborted':
      return new InvalidFieldsError([{ field: 'body', problem: error.message }], {
        malformed: true,
      });
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return new UnsupportedMediaTypeException(`content-type: ${error.message}`);
    default:
      return error;
  }
}

/**
 * Runs first for every request: a body over its route's limit answers 413 at once (from its
 * Content-Length; a body sent in chunks is cut off when it passes the limit), a body of a
 * content type the route does not take answers 415, and JSON nested deeper than
 * MAX_JSON_DEPTH answers 400 before it is parsed. Then it parses JSON (keeping the raw bytes as
 * `rawBody`, which the webhook signature covers) and, where a route takes them, forms.
 */
export function bodyLimits(limits: BodyLimit[] = BODY_LIMITS) {
  const parsers = new Map(
    limits.map((limit) => {
      const json = bodyParser.json({
        limit: limit.bytes,
        verify: (req, _res, buffer) => {
          const depth = jsonDepth(buffer, MAX_JSON_DEPTH);
          if (depth > MAX_JSON_DEPTH) {
            throw Object.assign(
              new Error(`nests deeper than ${MAX_JSON_DEPTH} levels of objects and arrays`),
              { status: 400, type: 'entity.verify.failed' },
            );
          }
          (req as Request & { rawBody?: Buffer }).rawBody = buffer;
        },
      });
      const form = bodyParser.urlencoded({ limit: limit.bytes, extended: false });
      const raw = bodyParser.raw({ limit: limit.raw?.bytes ?? limit.bytes, type: () => true });
      return [limit, { json, form, raw }] as const;
    }),
  );

  return (req: Request, res: Response, next: NextFunction) => {
    const limit = bodyLimitFor(req.path, limits);
    const length = Number(req.headers['content-length'] ?? 0);
    const chunked = req.headers['transfer-encoding'] !== undefined;
    if (!chunked && !(length > 0)) return next();
    const mediaType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const raw = limit.raw?.types.includes(mediaType) ? limit.raw : undefined;
    const bytes = raw?.bytes ?? limit.bytes;
    if (length > bytes) return next(tooLarge(bytes));

    const parser = parsers.get(limit)!;
    const done = (error?: unknown) =>
      next(error ? parserProblem(error as { type?: string; message: string }, bytes) : undefined);
    if (isJson(mediaType)) return parser.json(req, res, done);
    if (limit.forms && mediaType === 'application/x-www-form-urlencoded')
      return parser.form(req, res, done);
    if (raw) return parser.raw(req, res, done);
    next(
      new UnsupportedMediaTypeException(
        `content-type: ${mediaType ? `${mediaType} is not taken here` : 'missing'}; send application/json`,
      ),
    );
  };
}
