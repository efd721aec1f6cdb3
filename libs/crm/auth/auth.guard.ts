import { type CanActivate, type ExecutionContext, Injectable } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import { Reflector } from '@nestjs/core';
import { type Response } from 'express';
import { rateLimited, RateLimits } from '../../rate-limits/rate-limits';
import { ApiKeysService } from '../users/api-keys.service';
import { type Principal, type Role } from '../users/role';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from './auth.decorators';
import { SessionsService, sessionTokenOf } from './sessions.service';
import { DomainError, AccessError } from '../../errors';

/** Methods that change nothing: no CSRF token needed with the session cookie. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

interface GuardedRequest {
  method: string;
  ip?: string;
  headers: Record<string, string | undefined>;
  principal?: Principal;
}

/**
 * Roles that may call a route that names none: reads, everyone but integrations; writes, those
 * who work records. Sales ops read records and write rules and the catalogue, whose routes name
 * them; a new write route is closed to them unless it says otherwise.
 */
const DEFAULT_READERS: Role[] = ['admin', 'salesops', 'head', 'manager'];
const DEFAULT_WRITERS: Role[] = ['admin', 'head', 'manager'];

/**
 * Every route needs `Authorization: Bearer <api key>` (integrations, scripts) or the web app's
 * session cookie unless marked @Public(): 401 without a valid key or session, 403 when the role
 * may not call the route. A write with the cookie must also carry the session's CSRF token in
 * `X-CSRF-Token` (403 `csrf-token-invalid` otherwise): another site can make the browser send the
 * cookie, but cannot read the token.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeysService,
    private readonly sessions: SessionsService,
    private readonly limits: RateLimits,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<GuardedRequest>();
    const principal = await this.principalOf(request, http.getResponse<Response>());
    request.principal = principal;
    const reads = request.method === 'GET' || request.method === 'HEAD';
    const allowed =
      this.reflector.getAllAndOverride<Role[]>(ALLOWED_ROLES, targets) ??
      (reads ? DEFAULT_READERS : DEFAULT_WRITERS);
    if (!allowed.includes(principal.role)) {
      if (principal.role === 'salesops' && allowed === DEFAULT_WRITERS)
        throw new AccessError('forbidden', 'sales ops read records but do not change them');
      throw new AccessError(
        'forbidden',
        `the role ${principal.role} may not do this (allowed: ${allowed.join(', ')})`,
      );
    }
    return true;
  }

  private async principalOf(request: GuardedRequest, response: Response): Promise<Principal> {
    const header = request.headers.authorization;
    const token = header ? undefined : sessionTokenOf(request.headers.cookie);
    if (token) {
      const session = await this.sessions.authenticate(token);
      if (!session)
        throw new AccessError('unauthenticated', 'the session has ended: sign in again');
      if (
        !SAFE_METHODS.has(request.method) &&
        !sameToken(request.headers['x-csrf-token'], session.csrfToken)
      )
        throw new DomainError(
          'csrf-token-invalid',
          "a write with the session cookie needs the session's CSRF token in X-CSRF-Token",
        );
      return session.principal;
    }
    const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
    if (!match)
      throw new AccessError(
        'unauthenticated',
        'an API key is required: Authorization: Bearer <key>',
      );
    // An address that sent too many keys that do not work waits, whatever key it sends now.
    const address = `ip:${request.ip}`;
    const exhausted = await this.limits.exhausted('signIn', address);
    if (exhausted) throw rateLimited(response, exhausted);
    const principal = await this.keys.authenticate(match[1]);
    if (!principal) {
      await this.limits.consume('signIn', address);
      throw new AccessError('unauthenticated', 'the API key is not valid or has been revoked');
    }
    return principal;
  }
}

function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
