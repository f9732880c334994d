// The embedded host's settings: everything has a default so `npm start` needs no configuration.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type EnvSource, loadConfig, logLevelField, portField, secretField, urlField } from '@sti/platform';
import { z } from 'zod';

export const hostConfigSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: portField().default(8080),
  PUBLIC_URL: urlField().optional(),
  LOG_LEVEL: logLevelField().default('info'),
  DATA_DIR: z.string().default('.data'),
  WEB_DIST: z.string().default('web/dist'),
  INTERNAL_AUTH_SECRET: secretField().optional(),
  /** demo mode: the demo accounts (published password) and the demo catalogue; `npm start` turns it on */
  DEMO: z.enum(['true', 'false']).default('false'),
  /** outside demo mode: the first administrator's password (generated and printed once when unset) */
  INITIAL_ADMIN_PASSWORD: secretField(12).optional(),
});

/**
 * The environment `npm start` (host/src/main.ts) runs with: demo mode unless DEMO=false, so a newcomer
 * meets the demo accounts of the README. Everything else (loadHostConfig's own default, the gateway,
 * docker-compose) is fail-closed.
 */
export function hostStartEnv(env: EnvSource = process.env): EnvSource {
  return { ...env, DEMO: env.DEMO ?? 'true' };
}

export interface HostConfig {
  host: string;
  port: number;
  publicUrl: string | undefined;
  logLevel: z.output<typeof hostConfigSchema>['LOG_LEVEL'];
  dataDir: string;
  webDist: string;
  internalAuthSecret: string;
  /** demo accounts on the login page and in the banner */
  demo: boolean;
  /** the demo catalogue on the first start (demo mode) */
  seedDemoData: boolean;
  initialAdminPassword?: string;
}

export function loadHostConfig(env: EnvSource = process.env): HostConfig {
  const e = loadConfig(hostConfigSchema, env);
  const dataDir = resolve(e.DATA_DIR);
  mkdirSync(dataDir, { recursive: true });
  return {
    host: e.HOST,
    port: e.PORT,
    publicUrl: e.PUBLIC_URL,
    logLevel: e.LOG_LEVEL,
    dataDir,
    webDist: resolve(e.WEB_DIST),
    internalAuthSecret: e.INTERNAL_AUTH_SECRET ?? persistentSecret(join(dataDir, 'internal-auth-secret')),
    demo: e.DEMO === 'true',
    seedDemoData: e.DEMO === 'true',
    initialAdminPassword: e.INITIAL_ADMIN_PASSWORD,
  };
}

/** One random secret per data directory, so the processes of one install agree across restarts. */
function persistentSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
