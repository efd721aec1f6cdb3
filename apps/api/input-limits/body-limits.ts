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
  // The quote answer page's buttons post an empty form.
  { prefix: '/q/', bytes: 1 * KB, forms: true },
];

export function bodyLimitFor(path: string, limits: BodyLimit[] = BODY_LIMITS): BodyLimit {
  return limits
    .filter((l) => path.startsWith(l.prefix))
    .reduce((best, l) => (l.prefix.length > best.prefix.length ? l : best));
}

const isJson = (mediaType: string) =>
  mediaType === 'application/json' || /^application\/[\w.+-]+\+json$/.test(mediaType);

function tooLarge(limit: BodyLimit): HttpException {
  return new PayloadTooLargeException(
    `body: larger than this route takes (at most ${limit.bytes} bytes)`,
  );
}

/** The body parser's own errors, as the problems the API answers with. */
function parserProblem(error: { type?: string; message: string }, limit: BodyLimit) {
  switch (error.type) {
    case 'entity.too.large':
      return tooLarge(limit);
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
      return [limit, { json, form }] as const;
    }),
  );

  return (req: Request, res: Response, next: NextFunction) => {
    const limit = bodyLimitFor(req.path, limits);
    const length = Number(req.headers['content-length'] ?? 0);
    const chunked = req.headers['transfer-encoding'] !== undefined;
    if (!chunked && !(length > 0)) return next();
    if (length > limit.bytes) return next(tooLarge(limit));

    const mediaType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const parser = parsers.get(limit)!;
    const done = (error?: unknown) =>
      next(error ? parserProblem(error as { type?: string; message: string }, limit) : undefined);
    if (isJson(mediaType)) return parser.json(req, res, done);
    if (limit.forms && mediaType === 'application/x-www-form-urlencoded')
      return parser.form(req, res, done);
    next(
      new UnsupportedMediaTypeException(
        `content-type: ${mediaType ? `${mediaType} is not taken here` : 'missing'}; send application/json`,
      ),
    );
  };
}
