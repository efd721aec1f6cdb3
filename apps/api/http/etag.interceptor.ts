import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
} from '@nestjs/common';
import { type Response } from 'express';
import { map, type Observable } from 'rxjs';
import { etagOf } from '../../../libs/crm/concurrency/if-match';

/**
 * Answers the ETag of every single record a route returns: its `version`.
 * (Lists carry versions per item instead.) Clients send it back in If-Match.
 */
@Injectable()
export class EtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      map((body: unknown) => {
        const version = (body as { version?: unknown } | null)?.version;
        if (typeof version === 'number')
          context.switchToHttp().getResponse<Response>().setHeader('ETag', etagOf(version));
        return body;
      }),
    );
  }
}
