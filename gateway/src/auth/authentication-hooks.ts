// Who is calling: verifies the bearer token of API requests (onRequest, so the rate limiter can count
// per user), then refuses invalid tokens and enforces per-prefix role guards (preValidation, after
// the rate limiter has counted the request).
import { type Principal, problem } from '@sti/platform';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RoleGuard } from '../config/gateway-config.js';
import type { TokenVerifier } from './token-verifier.js';

const PRINCIPAL_HEADERS = ['x-sti-principal', 'x-sti-principal-sig'] as const;
const authErrors = new WeakMap<FastifyRequest, unknown>();

export interface AuthenticationOptions {
  verifier: TokenVerifier;
  roleGuards: RoleGuard[];
  /** only these path prefixes are authenticated at the gateway (the API) */
  prefixes: string[];
}

export function registerAuthentication(app: FastifyInstance, options: AuthenticationOptions): void {
  const guards = [...options.roleGuards]
    .map((guard) => ({ ...guard, prefix: guard.prefix.toLowerCase() }))
    .sort((a, b) => b.prefix.length - a.prefix.length);

  // Callback hooks with a synchronous fast path: most requests carry no token and hit no guard.
  app.addHook('onRequest', (request, _reply, done) => {
    const headers = request.headers;
    // Only the gateway may vouch for a user; a client's copy of these headers is dropped.
    if (headers[PRINCIPAL_HEADERS[0]] !== undefined || headers[PRINCIPAL_HEADERS[1]] !== undefined) {
      for (const header of PRINCIPAL_HEADERS) delete headers[header];
    }
    const authorization = headers.authorization;
    if (!authorization || !options.prefixes.some((prefix) => request.url.startsWith(prefix))) {
      done();
      return;
    }
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match?.[1]) {
      authErrors.set(request, problem('unauthenticated', { detail: 'Authorization header is not a Bearer token' }));
      done();
      return;
    }
    options.verifier.verify(match[1]).then(
      (verified) => {
        request.principal = verified.principal;
        done();
      },
      (error: unknown) => {
        authErrors.set(request, error);
        done();
      },
    );
  });

  app.addHook('preValidation', (request, _reply, done) => {
    const error = authErrors.get(request);
    if (error !== undefined) {
      done(error as Error);
      return;
    }
    if (guards.length > 0) {
      const path = normalisedPath(request.url);
      const guard = guards.find(
        (g) => path === g.prefix || path.startsWith(g.prefix.endsWith('/') ? g.prefix : `${g.prefix}/`),
      );
      if (guard && !request.principal) {
        done(problem('unauthenticated'));
        return;
      }
      if (guard && request.principal && !hasAnyRole(request.principal, guard.roles)) {
        done(problem('forbidden', { detail: `requires one of the roles: ${guard.roles.join(', ')}` }));
        return;
      }
    }
    done();
  });
}

/**
 * The path as the upstream will see it after URL normalisation (`%6d` → `m`, `//` → `/`, `a/../b` → `b`),
 * lower-cased: `/api/x/v1/offers/../moderation` must not slip past a guard on `/api/x/v1/moderation`.
 */
export function normalisedPath(url: string): string {
  let path = url.split('?', 1)[0] ?? '/';
  try {
    path = decodeURIComponent(path);
  } catch {
    // malformed escapes: keep them; the router or the service refuses the request
  }
  path = path.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
  return new URL(path, 'http://gateway.invalid').pathname.toLowerCase();
}

function hasAnyRole(principal: Principal, roles: string[]): boolean {
  return principal.roles.some((role) => roles.includes(role));
}
