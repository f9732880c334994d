import {
  type CanActivate,
  createParamDecorator,
  type ExecutionContext,
  SetMetadata,
  applyDecorators,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { problem } from '../../http/problem/problem-catalogue.js';
import { type Principal, type Role, verifyPrincipalHeaders } from './principal.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
  }
}

export const ROLES_METADATA = 'sti:roles';
export const AUTHENTICATED_METADATA = 'sti:authenticated';

/** Requires a signed-in user holding at least one of the roles (401 if anonymous, 403 if none held). */
export const Roles = (...roles: Role[]) =>
  applyDecorators(SetMetadata(AUTHENTICATED_METADATA, true), SetMetadata(ROLES_METADATA, roles));

/** Requires a signed-in user, any role. */
export const Authenticated = () => SetMetadata(AUTHENTICATED_METADATA, true);

/**
 * The verified principal of the request. `@CurrentUser()` answers 401 when anonymous;
 * `@CurrentUser({ optional: true })` gives `undefined` instead (public endpoints that vary by user).
 */
export const CurrentUser = createParamDecorator(
  (options: { optional?: boolean } | undefined, context: ExecutionContext): Principal | undefined => {
    const principal = context.switchToHttp().getRequest<FastifyRequest>().principal;
    if (!principal && !options?.optional) throw problem('unauthenticated');
    return principal;
  },
);

/** True if the principal holds any of the roles. */
export function hasAnyRole(principal: Principal | undefined, ...roles: Role[]): boolean {
  return principal?.roles.some((role) => roles.includes(role)) ?? false;
}

/**
 * Global guard installed by createServiceApp: verifies the gateway-signed principal headers
 * (a principal with a missing or bad signature → 401 even on public routes), then enforces @Roles / @Authenticated.
 */
export class PrincipalGuard implements CanActivate {
  constructor(
    private readonly secret: string,
    private readonly reflector: Reflector = new Reflector(),
    /** this service's name: principal headers signed for another service are refused */
    private readonly audience?: string,
  ) {}

  canActivate(context: ExecutionContext): boolean {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const verification = verifyPrincipalHeaders(request.headers, this.secret, {
      audience: this.audience ?? serviceOfPath(request.url),
      method: request.method,
      path: request.url,
    });
    if (!verification.ok) {
      throw problem('unauthenticated', { detail: `Identity headers rejected: ${verification.reason}` });
    }
    request.principal = verification.principal;

    const targets = [context.getHandler(), context.getClass()];
    const required = this.reflector.getAllAndOverride<boolean | undefined>(AUTHENTICATED_METADATA, targets);
    if (!required) return true;
    if (!request.principal) throw problem('unauthenticated');
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_METADATA, targets);
    if (roles && roles.length > 0 && !hasAnyRole(request.principal, ...roles)) throw problem('forbidden');
    return true;
  }
}

/** `/api/<name>/…` → `<name>`: the audience when the guard was built without one. */
function serviceOfPath(url: string): string {
  return /^\/api\/([^/?]+)/.exec(url)?.[1] ?? '';
}
