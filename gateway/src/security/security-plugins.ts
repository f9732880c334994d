// Security headers (helmet, CSP 'self' only), CORS for the portal's origin, and rate limits
// (per user when signed in, else per IP; stricter on the token endpoint and login form).
import type { IncomingMessage, ServerResponse } from 'node:http';
import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import { problem } from '@sti/platform';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import helmet from 'helmet';
import type { GatewayConfig } from '../config/gateway-config.js';

/**
 * Helmet's headers with a CSP of 'self' only. Helmet runs once at start-up to compute them (its
 * options are static), and a hook copies the result onto every reply: helmet per request was a
 * measurable share of the proxy's CPU time. Handlers may still override (the login page's CSP).
 */
export function registerSecurityHeaders(app: FastifyInstance, config: GatewayConfig): void {
  const headers = securityHeaders(config);
  app.addHook('onRequest', (_request, reply, done) => {
    reply.headers(headers);
    done();
  });
}

export function securityHeaders(config: GatewayConfig): Record<string, string> {
  const https = config.publicUrl.startsWith('https:');
  // In distributed mode the portal talks to Keycloak's token endpoint and is sent to its login page.
  const identityOrigin = config.auth.mode === 'keycloak' ? [new URL(config.auth.keycloakUrl).origin] : [];
  const middleware = helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'", ...identityOrigin],
        formAction: ["'self'", ...identityOrigin],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  });
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: string) => {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader: (name: string) => {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: unknown;
  middleware({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure;
  return headers;
}

export async function registerCors(app: FastifyInstance, config: GatewayConfig): Promise<void> {
  const origins = config.portalOrigin ? [new URL(config.portalOrigin).origin] : [];
  await app.register(cors, {
    // Same-origin needs no CORS; only a portal served elsewhere (Vite dev server) is let in.
    origin: origins.length > 0 ? origins : false,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: [
      'authorization',
      'content-type',
      'accept',
      'accept-language',
      'x-request-id',
      'traceparent',
      'if-match',
    ],
    exposedHeaders: ['x-request-id', 'retry-after', 'location', 'etag'],
    credentials: false,
    maxAge: 600,
  });
}

// `/ready` fans out to every upstream: counted like the API so a flood cannot amplify against them.
const LIMITED_PREFIXES = ['/api/', '/realms/', '/ready', '/metrics'];
const MINUTE = 60_000;

export async function registerRateLimits(app: FastifyInstance, config: GatewayConfig): Promise<void> {
  if (!config.rateLimit.enabled) return;
  const { anonymousPerMinute, userPerMinute } = config.rateLimit;
  await app.register(rateLimit, {
    global: true,
    hook: 'onRequest',
    timeWindow: MINUTE,
    // Runs after the authentication hook, so a signed-in user is counted as themself.
    keyGenerator: (request: FastifyRequest) =>
      request.principal ? `u:${request.principal.userId}` : `ip:${request.ip}`,
    max: (_request, key) => (key.startsWith('u:') ? userPerMinute : anonymousPerMinute),
    allowList: (request) => !LIMITED_PREFIXES.some((prefix) => request.url.startsWith(prefix)),
    errorResponseBuilder: (_request, context) => rateLimited(context.after, context.ttl),
  });
}

/** Route config for the token endpoint and the login form: few attempts per IP. */
export function sensitiveRouteConfig(config: GatewayConfig): Record<string, unknown> | undefined {
  if (!config.rateLimit.enabled) return undefined;
  return {
    rateLimit: {
      max: config.rateLimit.tokenPerMinute,
      timeWindow: MINUTE,
      keyGenerator: (request: FastifyRequest) => `token-ip:${request.ip}`,
    },
  };
}

function rateLimited(after: string, ttlMs: number) {
  return problem('rate_limited', {
    detail: `retry after ${after}`,
    extensions: { retryAfterSeconds: Math.ceil(ttlMs / 1000) },
  });
}
