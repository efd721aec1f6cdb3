import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiKeysService } from '../users/api-keys.service';
import { type Principal, type Role } from '../users/role';
import { ALLOWED_ROLES, PUBLIC_ROUTE } from './auth.decorators';

/** Roles that may call a route that names none: everyone but integrations. */
const DEFAULT_ROLES: Role[] = ['admin', 'salesops', 'head', 'manager'];

/**
 * Every route needs `Authorization: Bearer <api key>` unless marked @Public():
 * 401 without a valid key, 403 when the role may not call the route.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly keys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, targets)) return true;
    const request = context
      .switchToHttp()
      .getRequest<{ headers: Record<string, string | undefined>; principal?: Principal }>();
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match)
      throw new UnauthorizedException('an API key is required: Authorization: Bearer <key>');
    const principal = await this.keys.authenticate(match[1]);
    if (!principal) throw new UnauthorizedException('the API key is not valid or has been revoked');
    request.principal = principal;
    const allowed =
      this.reflector.getAllAndOverride<Role[]>(ALLOWED_ROLES, targets) ?? DEFAULT_ROLES;
    if (!allowed.includes(principal.role)) {
      throw new ForbiddenException(
        `the role ${principal.role} may not do this (allowed: ${allowed.join(', ')})`,
      );
    }
    return true;
  }
}
