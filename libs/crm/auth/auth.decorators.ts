import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import { type Principal, type Role } from '../users/role';

export const PUBLIC_ROUTE = 'voronka:public';
export const ALLOWED_ROLES = 'voronka:roles';

/** No API key needed (probes). */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/**
 * Only these roles may call the route (on a controller: every route of it).
 * Without it, reads (GET) are for every role but `integration`, writes for admin, head and
 * manager (the roles that work records).
 */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

/** The caller, as the auth guard resolved it. */
export const CurrentUser = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal =>
    context.switchToHttp().getRequest<{ principal: Principal }>().principal,
);
