import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  StreamableFile,
  UseInterceptors,
} from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { createHash } from 'node:crypto';
import { type Request, type Response } from 'express';
import { from, mergeMap, type Observable, of } from 'rxjs';
import { type Principal } from '../../../libs/crm/users/role';
import {
  IDEMPOTENCY_KEY_HOURS,
  IdempotencyStore,
  type StoredAnswer,
} from '../../../libs/idempotency/idempotency-store';
import { DomainError, InvalidFieldsError } from '../../../libs/errors';
import { Problems } from '../openapi/operation';
import { problemTypeUri } from '../problem-details/problem-types';
import { canonicalJson, sha256 } from '../../../libs/rules/publishing/canonical-json';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const REPLAYED_HEADER = 'Idempotent-Replayed';
/** The answer headers a replay repeats, beside the status and the body. */
const KEPT_HEADERS = ['content-type', 'location', 'etag'];
/** How long a repeat waits for the first request with its key to finish. */
const WAIT_FOR_FIRST_MS = 10_000;
const VALID_KEY = /^[\x21-\x7e]{1,255}$/;

/**
 * Marks a route that creates (a POST answering 201) as idempotent by `Idempotency-Key`: the same
 * caller sending the same key with the same request within IDEMPOTENCY_KEY_HOURS gets the first
 * answer again, byte for byte, with `Idempotent-Replayed: true`, and nothing is created twice; the
 * same key with another request is a 422. Without the header the route works as before.
 */
export const IdempotentCreate = () =>
  applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: IDEMPOTENCY_KEY_HEADER,
      required: false,
      description: `Up to 255 visible ASCII characters, unique per request you mean (a UUID). A repeat with the same key and body within ${IDEMPOTENCY_KEY_HOURS} hours answers the first answer again (${REPLAYED_HEADER}: true) and creates nothing.`,
      schema: { type: 'string', pattern: VALID_KEY.source },
    }),
    Problems('idempotency', ['idempotency-key-reused', 'idempotency-key-in-use']),
  );

@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly store: IdempotencyStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request & { principal?: Principal }>();
    const response = http.getResponse<Response>();
    const key = request.header(IDEMPOTENCY_KEY_HEADER);
    if (key === undefined || !request.principal) return next.handle();
    if (!VALID_KEY.test(key))
      throw new InvalidFieldsError(
        [{ field: IDEMPOTENCY_KEY_HEADER, problem: 'must be 1 to 255 visible ASCII characters' }],
        { malformed: true },
      );
    const principalId = request.principal.userId;
    // A file uploaded as it is (a CSV import) is compared by its bytes' digest.
    const body: unknown = request.body;
    const content = Buffer.isBuffer(body)
      ? `bytes ${createHash('sha256').update(body).digest('hex')}`
      : canonicalJson(body ?? null);
    const fingerprint = sha256(`${request.method} ${request.originalUrl}\n${content}`);
    return from(this.settle(response, principalId, key, fingerprint)).pipe(
      mergeMap((stored) => {
        if (stored) return of(replay(response, stored));
        this.keepAnswer(response, principalId, key);
        return next.handle();
      }),
    );
  }

  /** The stored answer to repeat, or null when this request runs (it claimed the key). */
  private async settle(response: Response, principalId: string, key: string, fingerprint: string) {
    const deadline = Date.now() + WAIT_FOR_FIRST_MS;
    for (let pause = 25; ; pause = Math.min(pause * 2, 500)) {
      const claim = await this.store.claim(principalId, key, fingerprint);
      if (claim.kind === 'claimed') return null;
      if (claim.kind === 'answered') return claim.answer;
      if (claim.kind === 'other-request') {
        const problem = 'used before with another request; send a new key for a new request';
        throw new DomainError('idempotency-key-reused', `${IDEMPOTENCY_KEY_HEADER}: ${problem}`, {
          fields: [{ field: IDEMPOTENCY_KEY_HEADER, problem }],
        });
      }
      if (Date.now() > deadline) {
        response.setHeader('Retry-After', '1');
        throw new DomainError(
          'idempotency-key-in-use',
          `${IDEMPOTENCY_KEY_HEADER}: the first request with this key is still running; retry shortly`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }

  /**
   * Keeps the answer as it goes out: the bytes Express sends, after every interceptor and the
   * error filter. A success is stored before the client sees it; a failure frees the key, so a
   * retry runs the request again (it created nothing).
   */
  private keepAnswer(response: Response, principalId: string, key: string): void {
    const send = response.send.bind(response);
    let kept = false;
    response.send = (body?: unknown) => {
      // res.json() calls send again with the text: keep that one.
      if (kept || typeof body !== 'string') return send(body);
      kept = true;
      const status = response.statusCode;
      const done =
        status >= 200 && status < 300
          ? this.store.answer(principalId, key, {
              status,
              headers: keptHeaders(response),
              body,
            })
          : this.store.release(principalId, key);
      done.then(
        () => send(body),
        () => {
          // Not stored: answer the error, not the success the client could not repeat.
          response.status(503).setHeader('Retry-After', '1');
          response.type('application/problem+json');
          send(
            JSON.stringify({
              type: problemTypeUri('service-unavailable'),
              title: 'service unavailable',
              status: 503,
              detail:
                'the answer could not be stored for its Idempotency-Key; retry with the same key',
            }),
          );
        },
      );
      return response;
    };
  }
}

function keptHeaders(response: Response): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of KEPT_HEADERS) {
    const value = response.getHeader(name);
    if (value !== undefined) headers[name] = String(value);
  }
  return headers;
}

function replay(response: Response, stored: StoredAnswer): StreamableFile {
  response.status(stored.status);
  for (const [name, value] of Object.entries(stored.headers)) response.setHeader(name, value);
  response.setHeader(REPLAYED_HEADER, 'true');
  const bytes = Buffer.from(stored.body, 'utf8');
  return new StreamableFile(bytes, { type: stored.headers['content-type'], length: bytes.length });
}
