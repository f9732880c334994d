// The gateway's settings. The embedded host builds a GatewayConfig in code; distributed mode reads
// it from environment variables with loadGatewayConfig.
import { resolve } from 'node:path';
import {
  booleanField,
  type EnvSource,
  MODERATOR_ROLES,
  loadConfig,
  type LogLevel,
  logLevelField,
  portField,
  secretField,
  urlField,
} from '@sti/platform';
import { z } from 'zod';

/** Services the gateway routes to: `/api/<name>/*` → the upstream's base URL, same path. */
export const SERVICE_NAMES = ['techmart', 'search', 'initiatives', 'ip-support', 'incubation', 'insights'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

export const REALM = 'sti';
export const GATEWAY_CLIENT_ID = 'sti-gateway';
export const PORTAL_CLIENT_ID = 'sti-portal';

export interface RoleGuard {
  /** path prefix, e.g. `/api/insights/v1/admin` */
  prefix: string;
  /** any one of these realm roles lets the request through */
  roles: string[];
}

/**
 * Guards every gateway applies ahead of configured ones, so configuration cannot loosen them:
 * moderation is for MODERATOR_ROLES, the same list Techmart's canModerate is tested against.
 */
export const BUILT_IN_ROLE_GUARDS: readonly RoleGuard[] = [
  { prefix: '/api/techmart/v1/moderation', roles: [...MODERATOR_ROLES] },
];

export type AuthConfig =
  | {
      mode: 'embedded';
      /** where the signing key and revoked sessions are kept, e.g. `.data/gateway` */
      dataDir: string;
      /** extra origins allowed as redirect targets besides publicUrl (portal dev server) */
      redirectOrigins?: string[];
      /** demo mode: the demo accounts with their published password; off unless asked for */
      demo?: boolean;
      /** the first administrator's password (outside demo mode); generated and printed once when absent */
      initialAdminPassword?: string;
    }
  | {
      mode: 'keycloak';
      /** Keycloak's public base URL as it appears in the tokens' `iss`, e.g. http://127.0.0.1:8080 */
      keycloakUrl: string;
      /** where the gateway itself reaches Keycloak, when different from keycloakUrl */
      keycloakInternalUrl?: string;
    };

export interface GatewayConfig {
  host: string;
  port: number;
  /** the URL users reach the gateway at; the embedded provider's issuer is `<publicUrl>/realms/sti` */
  publicUrl: string;
  logLevel: LogLevel;
  internalAuthSecret: string;
  auth: AuthConfig;
  /** base URLs of the services; a service without one answers 503 */
  upstreams: Partial<Record<ServiceName, string>>;
  /** the built portal (web/dist); when absent, non-API paths answer a short hint page */
  webDist?: string;
  /** the portal's origin when it is served from elsewhere (Vite dev server); enables CORS for it */
  portalOrigin?: string;
  rateLimit: {
    enabled: boolean;
    anonymousPerMinute: number;
    userPerMinute: number;
    /** token endpoint and login form, per IP */
    tokenPerMinute: number;
  };
  /** JSON and form bodies */
  bodyLimitBytes: number;
  /** multipart uploads (attachments are ≤ 10 MB plus multipart overhead) */
  uploadBodyLimitBytes: number;
  roleGuards: RoleGuard[];
  /** trust X-Forwarded-* from a reverse proxy in front of the gateway */
  trustProxy: boolean;
  /** per-request timeout towards upstreams */
  upstreamTimeoutMs: number;
  /** `/metrics` answers only with `Authorization: Bearer <metricsToken>`; without one, only loopback callers */
  metricsToken?: string;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;
export const DEFAULT_UPLOAD_BODY_LIMIT = 11 * 1024 * 1024;

/** Fills the optional parts of a config; the embedded host passes what it knows and gets the rest. */
export function gatewayConfig(
  partial: Partial<GatewayConfig> & Pick<GatewayConfig, 'port' | 'internalAuthSecret' | 'auth'>,
): GatewayConfig {
  const host = partial.host ?? '127.0.0.1';
  const defined = Object.fromEntries(
    Object.entries(partial).filter(([, value]) => value !== undefined),
  ) as typeof partial;
  return {
    logLevel: 'info',
    upstreams: {},
    rateLimit: { enabled: true, anonymousPerMinute: 600, userPerMinute: 1200, tokenPerMinute: 30 },
    bodyLimitBytes: DEFAULT_BODY_LIMIT,
    uploadBodyLimitBytes: DEFAULT_UPLOAD_BODY_LIMIT,
    trustProxy: false,
    upstreamTimeoutMs: 30_000,
    ...defined,
    roleGuards: [...BUILT_IN_ROLE_GUARDS, ...(partial.roleGuards ?? [])],
    host,
    publicUrl: stripSlash(partial.publicUrl ?? `http://${host}:${partial.port}`),
  };
}

const positiveInt = () => z.string().regex(/^\d+$/, 'expected a whole number').transform(Number);

const envSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: portField().default(3000),
  PUBLIC_URL: urlField().optional(),
  LOG_LEVEL: logLevelField().default('info'),
  INTERNAL_AUTH_SECRET: secretField(),
  AUTH_MODE: z.enum(['embedded', 'keycloak']).optional(),
  DEMO: booleanField().default(false),
  INITIAL_ADMIN_PASSWORD: secretField(12).optional(),
  METRICS_TOKEN: secretField(24).optional(),
  KEYCLOAK_URL: urlField().optional(),
  KEYCLOAK_INTERNAL_URL: urlField().optional(),
  DATA_DIR: z.string().default('.data'),
  WEB_DIST: z.string().optional(),
  PORTAL_ORIGIN: urlField().optional(),
  TECHMART_URL: urlField().optional(),
  SEARCH_URL: urlField().optional(),
  INITIATIVES_URL: urlField().optional(),
  IP_SUPPORT_URL: urlField().optional(),
  INCUBATION_URL: urlField().optional(),
  INSIGHTS_URL: urlField().optional(),
  RATE_LIMIT_ENABLED: booleanField().default(true),
  RATE_LIMIT_ANON_PER_MINUTE: positiveInt().default(600),
  RATE_LIMIT_USER_PER_MINUTE: positiveInt().default(1200),
  RATE_LIMIT_TOKEN_PER_MINUTE: positiveInt().default(30),
  BODY_LIMIT_BYTES: positiveInt().default(DEFAULT_BODY_LIMIT),
  UPLOAD_BODY_LIMIT_BYTES: positiveInt().default(DEFAULT_UPLOAD_BODY_LIMIT),
  ROLE_GUARDS: z
    .string()
    .regex(/^(\/[^=;]*=[a-z|]+)(;\/[^=;]*=[a-z|]+)*$/, 'expected /prefix=role|role;/other=role')
    .optional(),
  TRUST_PROXY: booleanField().default(false),
  UPSTREAM_TIMEOUT_MS: positiveInt().default(30_000),
});

/**
 * Reads the gateway's environment. The auth mode is explicit (fail closed): AUTH_MODE=keycloak (or
 * KEYCLOAK_URL set) selects Keycloak, AUTH_MODE=embedded the built-in provider; neither is an error.
 */
export function loadGatewayConfig(env: EnvSource = process.env): GatewayConfig {
  const e = loadConfig(envSchema, env);
  const mode = e.AUTH_MODE ?? (e.KEYCLOAK_URL ? 'keycloak' : undefined);
  if (!mode) {
    throw new Error(
      'Invalid configuration:\n  AUTH_MODE: required — keycloak (with KEYCLOAK_URL) or embedded (built-in sign-in; DEMO=true adds the demo accounts)',
    );
  }
  let auth: AuthConfig;
  if (mode === 'keycloak') {
    if (!e.KEYCLOAK_URL) throw new Error('Invalid configuration:\n  KEYCLOAK_URL: required when AUTH_MODE=keycloak');
    auth = {
      mode,
      keycloakUrl: stripSlash(e.KEYCLOAK_URL),
      keycloakInternalUrl: e.KEYCLOAK_INTERNAL_URL && stripSlash(e.KEYCLOAK_INTERNAL_URL),
    };
  } else {
    auth = {
      mode,
      dataDir: resolve(e.DATA_DIR, 'gateway'),
      redirectOrigins: e.PORTAL_ORIGIN ? [e.PORTAL_ORIGIN] : [],
      demo: e.DEMO,
      initialAdminPassword: e.INITIAL_ADMIN_PASSWORD,
    };
  }
  const upstreams: Partial<Record<ServiceName, string>> = {};
  const urls: Record<ServiceName, string | undefined> = {
    techmart: e.TECHMART_URL,
    search: e.SEARCH_URL,
    initiatives: e.INITIATIVES_URL,
    'ip-support': e.IP_SUPPORT_URL,
    incubation: e.INCUBATION_URL,
    insights: e.INSIGHTS_URL,
  };
  for (const name of SERVICE_NAMES) {
    const url = urls[name];
    if (url) upstreams[name] = stripSlash(url);
  }
  return gatewayConfig({
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL,
    logLevel: e.LOG_LEVEL,
    internalAuthSecret: e.INTERNAL_AUTH_SECRET,
    auth,
    upstreams,
    webDist: e.WEB_DIST ? resolve(e.WEB_DIST) : undefined,
    portalOrigin: e.PORTAL_ORIGIN && stripSlash(e.PORTAL_ORIGIN),
    rateLimit: {
      enabled: e.RATE_LIMIT_ENABLED,
      anonymousPerMinute: e.RATE_LIMIT_ANON_PER_MINUTE,
      userPerMinute: e.RATE_LIMIT_USER_PER_MINUTE,
      tokenPerMinute: e.RATE_LIMIT_TOKEN_PER_MINUTE,
    },
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    uploadBodyLimitBytes: e.UPLOAD_BODY_LIMIT_BYTES,
    roleGuards: parseRoleGuards(e.ROLE_GUARDS),
    trustProxy: e.TRUST_PROXY,
    upstreamTimeoutMs: e.UPSTREAM_TIMEOUT_MS,
    metricsToken: e.METRICS_TOKEN,
  });
}

/** `/api/insights/v1/admin=admin;/api/initiatives/v1/councils=officer|admin` (added after the built-in guards) */
export function parseRoleGuards(value: string | undefined): RoleGuard[] {
  if (!value) return [];
  return value.split(';').map((entry) => {
    const [prefix = '', roles = ''] = entry.split('=');
    return { prefix, roles: roles.split('|').filter(Boolean) };
  });
}

export function stripSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
