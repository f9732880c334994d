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
  SEED_DEMO_DATA: z.enum(['true', 'false']).default('true'),
});

export interface HostConfig {
  host: string;
  port: number;
  publicUrl: string | undefined;
  logLevel: z.output<typeof hostConfigSchema>['LOG_LEVEL'];
  dataDir: string;
  webDist: string;
  internalAuthSecret: string;
  seedDemoData: boolean;
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
    seedDemoData: e.SEED_DEMO_DATA === 'true',
  };
}

/** One random secret per data directory, so the processes of one install agree across restarts. */
function persistentSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
