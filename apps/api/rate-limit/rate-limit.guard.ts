import {
  applyDecorators,
  type CanActivate,
  type ExecutionContext,
  Injectable,
  SetMetadata,
  UseGuards,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { type Request, type Response } from 'express';
import { type Principal } from '../../../libs/crm/users/role';
import { Problems } from '../openapi/operation';
import { rateLimited, type RateLimitName, RateLimits } from '../../../libs/rate-limits/rate-limits';

const RATE_LIMIT = 'voronka:rate-limit';

/** Who a limit counts: the client's address, or the API key the request came with. */
export type RateLimitKey = 'address' | 'api-key';

/**
 * Counts every request to the route (or every route of the controller) against a named limit,
 * per address or per API key; over it, 429 with Retry-After, before anything else is done.
 * `@RateLimit('public', 'address')`. Runs after the API-key guard, so `api-key` sees the key.
 */
export const RateLimit = (name: RateLimitName, per: RateLimitKey) =>
  applyDecorators(
    SetMetadata(RATE_LIMIT, { name, per }),
    UseGuards(RateLimitGuard),
    Problems(`rate-limit`, ['rate-limited']),
  );

@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RateLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<{ name: RateLimitName; per: RateLimitKey }>(
      RATE_LIMIT,
      [context.getHandler(), context.getClass()],
    );
    if (!rule) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<Request & { principal?: Principal }>();
    const caller =
      rule.per === 'api-key'
        ? `key:${request.principal?.apiKeyId ?? request.principal?.userId ?? request.ip}`
        : `ip:${request.ip}`;
    const limited = await this.limits.consume(rule.name, caller);
    if (limited) throw rateLimited(http.getResponse<Response>(), limited);
    return true;
  }
}
