// Builds the gateway: one Fastify app on one port with the portal, the API routes to the services,
// the aggregated OpenAPI document, the embedded identity provider (embedded mode) and the security
// layer. The embedded host calls createGateway and listens; main.ts does the same for distributed mode.
import {
  catalogueCodeForStatus,
  createLogger,
  createServiceMetrics,
  type Logger,
  PROBLEM_CONTENT_TYPE,
  ProblemError,
  problem,
  ReadinessRegistry,
  registerObservability,
  registerRequestContext,
  renderProblem,
  toProblemError,
} from '@sti/platform';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { registerAuthentication } from './auth/authentication-hooks.js';
import { KeycloakTokenVerifier } from './auth/keycloak-token-verifier.js';
import type { TokenVerifier } from './auth/token-verifier.js';
import { GATEWAY_CLIENT_ID, type GatewayConfig, PORTAL_CLIENT_ID, REALM } from './config/gateway-config.js';
import { adminOpenApiDocument } from './admin/admin-openapi.js';
import { registerUserAdminRoutes } from './admin/user-admin-routes.js';
import { seedAccounts } from './identity/account-seeding.js';
import { AuditLog } from './identity/audit-log.js';
import { embeddedIdentityProvider, realmUrlOf } from './identity/embedded-identity-provider.js';
import { UserStore } from './identity/user-store.js';
import { protectOperationalEndpoints } from './security/operational-endpoints.js';
import type { SigningKey } from './identity/signing-key-store.js';
import { registerOpenApiRoutes } from './openapi/openapi-routes.js';
import { registerPortalConfigRoute } from './portal/portal-config-route.js';
import { registerPortal } from './portal/portal-routes.js';
import { serviceProxy } from './routing/service-proxy.js';
import {
  registerCors,
  registerRateLimits,
  registerSecurityHeaders,
  sensitiveRouteConfig,
} from './security/security-plugins.js';
import { join } from 'node:path';

export interface CreateGatewayOptions {
  /** the host's logger; a JSON logger for service "gateway" otherwise */
  logger?: Logger;
  /** replaces the keycloak-connect verifier (tests of other parts only) */
  verifier?: TokenVerifier;
  /** embedded mode: use this key instead of the one under the data dir */
  signingKey?: SigningKey;
  /**
   * embedded mode: where the first administrator's generated password is shown, once (standard output
   * by default; never the JSON log, which is shipped elsewhere)
   */
  announce?: (text: string) => void;
}

export type GatewayApp = FastifyInstance;

export async function createGateway(config: GatewayConfig, options: CreateGatewayOptions = {}): Promise<GatewayApp> {
  const logger = options.logger ?? createLogger({ service: 'gateway', level: config.logLevel });
  const app = Fastify({
    logger: false,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    return503OnClosing: true,
    // the embedded provider hashes demo passwords and may create a key at start; slow on a busy 2-core box
    pluginTimeout: 120_000,
    keepAliveTimeout: 72_000,
    routerOptions: { maxParamLength: 500 },
  });

  registerRequestContext(app);
  app.setErrorHandler((error, request, reply) => sendProblem(request, reply, toGatewayProblem(error, logger, request)));

  registerSecurityHeaders(app, config);
  await registerCors(app, config);

  const identityBase = config.auth.mode === 'keycloak' ? config.auth.keycloakUrl : config.publicUrl;
  const internalBase =
    config.auth.mode === 'keycloak'
      ? config.auth.keycloakInternalUrl
      : `http://${loopbackHost(config.host)}:${config.port}`;
  const verifier =
    options.verifier ??
    new KeycloakTokenVerifier({
      authServerUrl: identityBase,
      internalAuthServerUrl: internalBase,
      realm: REALM,
      clientId: GATEWAY_CLIENT_ID,
    });
  registerAuthentication(app, { verifier, roleGuards: config.roleGuards, prefixes: ['/api/'] });
  await registerRateLimits(app, config);
  protectOperationalEndpoints(app, { metricsToken: config.metricsToken });

  const readiness = new ReadinessRegistry();
  const metrics = createServiceMetrics('gateway');
  registerObservability(app, { service: 'gateway', readiness, metrics, logger });
  for (const [name, base] of Object.entries(config.upstreams)) {
    readiness.register(`upstream:${name}`, () => expectOk(`${base}/health`), { timeoutMs: 1500 });
  }
  const realmUrl = realmUrlOf(internalBase ?? identityBase, REALM);
  readiness.register('identity-provider', () => expectOk(`${realmUrl}/.well-known/openid-configuration`), {
    timeoutMs: 1500,
  });

  if (config.auth.mode === 'embedded') {
    const auth = config.auth;
    const identityDir = join(auth.dataDir, 'identity');
    const users = await UserStore.open(identityDir);
    const audit = new AuditLog(identityDir);
    const seeded = await seedAccounts(users, audit, {
      demo: auth.demo === true,
      initialAdminPassword: auth.initialAdminPassword,
    });
    if (seeded.createdAdmin) {
      const announce = options.announce ?? ((text: string) => process.stdout.write(`${text}\n`));
      announce(
        seeded.generatedAdminPassword
          ? `Tài khoản quản trị đầu tiên / first administrator: ${seeded.createdAdmin}  mật khẩu tạm / temporary password: ${seeded.generatedAdminPassword}\n` +
              '  (chỉ hiện một lần, phải đổi khi đăng nhập lần đầu / shown once, must be changed at the first sign-in)'
          : `Tài khoản quản trị đầu tiên / first administrator: ${seeded.createdAdmin} (mật khẩu / password: INITIAL_ADMIN_PASSWORD, phải đổi khi đăng nhập lần đầu / must be changed at the first sign-in)`,
      );
    }
    await app.register(async (scope) =>
      embeddedIdentityProvider(scope, {
        publicUrl: config.publicUrl,
        realm: REALM,
        portalClientId: PORTAL_CLIENT_ID,
        gatewayClientId: GATEWAY_CLIENT_ID,
        redirectOrigins: [...(auth.redirectOrigins ?? []), ...(config.portalOrigin ? [config.portalOrigin] : [])],
        dataDir: identityDir,
        verifier,
        users,
        audit,
        demo: auth.demo === true,
        portalUrl: config.portalOrigin ?? `${config.publicUrl}/`,
        log: (fields, message) => logger.warn(fields, message),
        signingKey: options.signingKey,
        sensitiveRouteConfig: sensitiveRouteConfig(config),
      }),
    );
    registerUserAdminRoutes(app, { mode: 'embedded', users, audit });
  } else {
    registerUserAdminRoutes(app, { mode: 'keycloak', keycloakUrl: config.auth.keycloakUrl, realm: REALM });
  }

  registerPortalConfigRoute(app, {
    authMode: config.auth.mode,
    oidc: { authority: realmUrlOf(identityBase, REALM), clientId: PORTAL_CLIENT_ID, scope: 'openid profile email' },
  });
  registerOpenApiRoutes(app, {
    upstreams: config.upstreams,
    oidcBase: `${realmUrlOf(identityBase, REALM)}/protocol/openid-connect`,
    localDocuments: [adminOpenApiDocument()],
  });

  await app.register(async (scope) =>
    serviceProxy(scope, {
      upstreams: config.upstreams,
      internalAuthSecret: config.internalAuthSecret,
      bodyLimitBytes: config.bodyLimitBytes,
      uploadBodyLimitBytes: config.uploadBodyLimitBytes,
      timeoutMs: config.upstreamTimeoutMs,
    }),
  );

  const portalFallback = await registerPortal(app, { webDist: config.webDist });
  app.setNotFoundHandler((request, reply) => {
    if (portalFallback(request, reply)) return;
    sendProblem(
      request,
      reply,
      problem('not_found', { detail: `no route for ${request.method} ${request.url.split('?', 1)[0]}` }),
    );
  });

  return app;
}

/** Listens on config.host:config.port and answers the address. */
export async function listenGateway(app: GatewayApp, config: Pick<GatewayConfig, 'host' | 'port'>): Promise<string> {
  return app.listen({ host: config.host, port: config.port });
}

function loopbackHost(host: string): string {
  return host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
}

async function expectOk(url: string): Promise<void> {
  const response = await fetch(url, { signal: AbortSignal.timeout(1500) });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
}

function toGatewayProblem(error: unknown, logger: Logger, request: FastifyRequest): ProblemError {
  if (error instanceof ProblemError) {
    if (error.status >= 500)
      logger.warn({ err: error.cause ?? error, traceId: request.traceId, code: error.code }, 'request failed');
    return error;
  }
  const status = (error as FastifyError).statusCode;
  const fastifyCode = (error as FastifyError).code;
  if (typeof status === 'number' && status >= 400 && status < 500 && !fastifyCode?.startsWith('FST_ERR_CTP')) {
    return problem(catalogueCodeForStatus(status), { detail: (error as Error).message, cause: error });
  }
  const { problem: mapped, unexpected } = toProblemError(error);
  if (unexpected) logger.error({ err: error, traceId: request.traceId, url: request.url }, 'unhandled error');
  return mapped;
}

function sendProblem(request: FastifyRequest, reply: FastifyReply, error: ProblemError): void {
  if (reply.sent) return;
  const body = renderProblem(error, {
    acceptLanguage: request.headers['accept-language'],
    instance: request.url.split('?', 1)[0] ?? '',
    traceId: request.traceId,
  });
  if (error.status === 401) reply.header('www-authenticate', 'Bearer');
  reply
    .code(error.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .header('cache-control', 'no-store')
    .send(JSON.stringify(body));
}
