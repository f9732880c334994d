// The distributed stack as this repository runs it without Docker: which processes, on which ports,
// with which environment. docker-compose.yml runs the same processes in containers with the same
// variables; compose-consistency.spec.ts keeps the two in step.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** Fixed ports, the same inside the compose network and on this machine. */
export const STACK_PORTS = {
  gateway: 3000,
  techmart: 8101,
  search: 8102,
  initiatives: 8103,
  'ip-support': 8104,
  incubation: 8105,
  insights: 8106,
  postgres: 5432,
  kafka: 9092,
  keycloak: 8180,
  meilisearch: 7700,
} as const;

/** The services that own a PostgreSQL database (and a login role of the same name). */
export const SERVICE_DATABASES = ['techmart', 'search', 'initiatives', 'ip_support', 'incubation', 'insights'] as const;
export type ServiceDatabase = (typeof SERVICE_DATABASES)[number];

/** Node processes: the compose service of the same name runs the same `main`. */
export const STACK_SERVICES = [
  'techmart',
  'search',
  'initiatives',
  'ip-support',
  'incubation',
  'insights',
  'gateway',
] as const;
export type StackService = (typeof STACK_SERVICES)[number];

/** Servers the infra scripts start (`infra/scripts/<name>.sh`). */
export const STACK_SERVERS = ['postgres', 'kafka', 'keycloak'] as const;
export type StackServer = (typeof STACK_SERVERS)[number];

export const STACK_ENTRY_POINTS: Record<StackService, string> = {
  techmart: 'services/techmart/dist/main.js',
  search: 'services/search/dist/main.js',
  initiatives: 'services/initiatives/dist/main.js',
  'ip-support': 'services/ip-support/dist/main.js',
  incubation: 'services/incubation/dist/main.js',
  insights: 'services/insights/dist/main.js',
  gateway: 'gateway/dist/main.js',
};

/** Coarse role checks at the edge; the services check roles and ownership themselves as well. */
export const GATEWAY_ROLE_GUARDS = '/api/techmart/v1/moderation=officer';

/** Where the search service's projector consumes (`SEARCH_PROJECTOR_GROUP` of @sti/search). */
export const SEARCH_PROJECTOR_GROUP = 'search.projector';

export interface ProcessSpec {
  /** process name: the compose service name, or `search-2`, `search-3`… for extra replicas */
  name: string;
  service: StackService;
  /** entry point relative to the repository root */
  main: string;
  port: number;
  /** `undefined` = a variable the process knows but this run leaves unset (MEILI_URL without Meilisearch) */
  env: Record<string, string | undefined>;
}

/** A service's database: the login role has the database's name (infra/postgres/init). */
export interface DatabaseLogin {
  name: string;
  password: string;
}

export interface StackSettings {
  /** where logs, pid files, state and the services' local data go */
  dataDir: string;
  logLevel: string;
  internalAuthSecret: string;
  pgHost: string;
  pgPort: number;
  databases: Record<ServiceDatabase, DatabaseLogin>;
  kafkaBrokers: string;
  keycloakUrl: string;
  ports: {
    gateway: number;
    techmart: number;
    initiatives: number;
    'ip-support': number;
    incubation: number;
    insights: number /** one per replica */;
    search: number[];
  };
  meiliUrl: string | undefined;
  meiliMasterKey: string | undefined;
  /** the search service's Meilisearch index (unset: its default, `listings`) */
  meiliIndexUid?: string;
  /** prefixed to Kafka consumer group ids (environments sharing one cluster; tests) */
  kafkaGroupPrefix: string;
  seedDemoData: boolean;
  webDist: string;
}

/** The state file `stack:up` writes and `stack:down` / `stack:status` read. */
export interface StackState {
  startedAt: string;
  dataDir: string;
  processes: RecordedProcess[];
  /** servers this stack started (and `stack:down` stops); ones found running are left alone */
  startedServers: StackServer[];
  urls: Record<string, string>;
}

export interface RecordedProcess {
  name: string;
  service: StackService;
  main: string;
  port: number;
  url: string;
  pid: number;
  log: string;
}

export function stackDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(REPO_ROOT, env.STACK_DATA_DIR || '.data/stack');
}

export function stackStateFile(dataDir: string): string {
  return join(dataDir, 'state.json');
}

function intFrom(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`${name} must be a positive whole number, got ${JSON.stringify(value)}`);
  return n;
}

function boolFrom(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['true', '1', 'yes', 'on'].includes(value.toLowerCase());
}

/** One random secret per stack data directory, so restarts of single processes keep agreeing. */
function persistentSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Port of search replica `index` (1-based): 8102, then 8112, 8122… */
export function searchReplicaPort(index: number): number {
  return STACK_PORTS.search + 10 * (index - 1);
}

/**
 * Settings from the environment (the same names as `.env.example` where they overlap).
 * `STACK_*` variables only exist for the no-Docker stack.
 */
export function resolveStackSettings(env: NodeJS.ProcessEnv = process.env): StackSettings {
  const dataDir = stackDataDir(env);
  const kafkaPort = intFrom(env.STACK_KAFKA_PORT, STACK_PORTS.kafka, 'STACK_KAFKA_PORT');
  const keycloakPort = intFrom(env.STACK_KEYCLOAK_PORT, STACK_PORTS.keycloak, 'STACK_KEYCLOAK_PORT');
  const replicas = intFrom(env.STACK_SEARCH_REPLICAS, 1, 'STACK_SEARCH_REPLICAS');
  return {
    dataDir,
    logLevel: env.LOG_LEVEL || 'info',
    internalAuthSecret: env.INTERNAL_AUTH_SECRET || persistentSecret(join(dataDir, 'internal-auth-secret')),
    pgHost: '127.0.0.1',
    pgPort: STACK_PORTS.postgres,
    databases: {
      techmart: { name: 'techmart', password: env.TECHMART_DB_PASSWORD || 'techmart' },
      search: { name: 'search', password: env.SEARCH_DB_PASSWORD || 'search' },
      initiatives: { name: 'initiatives', password: env.INITIATIVES_DB_PASSWORD || 'initiatives' },
      ip_support: { name: 'ip_support', password: env.IP_SUPPORT_DB_PASSWORD || 'ip_support' },
      incubation: { name: 'incubation', password: env.INCUBATION_DB_PASSWORD || 'incubation' },
      insights: { name: 'insights', password: env.INSIGHTS_DB_PASSWORD || 'insights' },
    },
    kafkaBrokers: `127.0.0.1:${kafkaPort}`,
    keycloakUrl: `http://127.0.0.1:${keycloakPort}`,
    ports: {
      gateway: STACK_PORTS.gateway,
      techmart: STACK_PORTS.techmart,
      initiatives: STACK_PORTS.initiatives,
      'ip-support': STACK_PORTS['ip-support'],
      incubation: STACK_PORTS.incubation,
      search: Array.from({ length: replicas }, (_, i) => searchReplicaPort(i + 1)),
      insights: STACK_PORTS.insights,
    },
    meiliUrl: env.MEILI_URL || undefined,
    meiliMasterKey: env.MEILI_MASTER_KEY || undefined,
    meiliIndexUid: env.MEILI_INDEX_UID || undefined,
    kafkaGroupPrefix: env.KAFKA_GROUP_PREFIX || '',
    seedDemoData: boolFrom(env.SEED_DEMO_DATA, true),
    webDist: join(REPO_ROOT, 'web/dist'),
  };
}

export function databaseUrl(settings: StackSettings, service: ServiceDatabase): string {
  const { name, password } = settings.databases[service];
  return `postgres://${name}:${encodeURIComponent(password)}@${settings.pgHost}:${settings.pgPort}/${name}`;
}

/** The search service's process for replica `index` (1 = `search`, 2 = `search-2`…). */
export function searchProcess(settings: StackSettings, index: number): ProcessSpec {
  const name = index === 1 ? 'search' : `search-${index}`;
  const port = settings.ports.search[index - 1];
  if (port === undefined) throw new Error(`no port for search replica ${index}`);
  return {
    name,
    service: 'search',
    main: STACK_ENTRY_POINTS.search,
    port,
    env: {
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: settings.logLevel,
      DATABASE_URL: databaseUrl(settings, 'search'),
      INTERNAL_AUTH_SECRET: settings.internalAuthSecret,
      KAFKA_BROKERS: settings.kafkaBrokers,
      KAFKA_GROUP_PREFIX: settings.kafkaGroupPrefix || undefined,
      MEILI_URL: settings.meiliUrl,
      MEILI_MASTER_KEY: settings.meiliUrl ? settings.meiliMasterKey : undefined,
      ...(settings.meiliUrl && settings.meiliIndexUid ? { MEILI_INDEX_UID: settings.meiliIndexUid } : {}),
      // Each replica keeps its own embedded index (only used without Meilisearch).
      SEARCH_DATA_DIR: join(settings.dataDir, name),
    },
  };
}

/** Every Node process of the stack, in start order (the gateway last). */
export function stackProcesses(settings: StackSettings): ProcessSpec[] {
  const techmart: ProcessSpec = {
    name: 'techmart',
    service: 'techmart',
    main: STACK_ENTRY_POINTS.techmart,
    port: settings.ports.techmart,
    env: {
      HOST: '127.0.0.1',
      PORT: String(settings.ports.techmart),
      LOG_LEVEL: settings.logLevel,
      DATABASE_URL: databaseUrl(settings, 'techmart'),
      INTERNAL_AUTH_SECRET: settings.internalAuthSecret,
      KAFKA_BROKERS: settings.kafkaBrokers,
      DATA_DIR: join(settings.dataDir, 'techmart'),
      SEED_DEMO_DATA: String(settings.seedDemoData),
    },
  };
  const initiatives: ProcessSpec = {
    name: 'initiatives',
    service: 'initiatives',
    main: STACK_ENTRY_POINTS.initiatives,
    port: settings.ports.initiatives,
    env: {
      HOST: '127.0.0.1',
      PORT: String(settings.ports.initiatives),
      LOG_LEVEL: settings.logLevel,
      DATABASE_URL: databaseUrl(settings, 'initiatives'),
      INTERNAL_AUTH_SECRET: settings.internalAuthSecret,
      KAFKA_BROKERS: settings.kafkaBrokers,
      DATA_DIR: join(settings.dataDir, 'initiatives'),
      SEED_DEMO_DATA: String(settings.seedDemoData),
    },
  };
  const ipSupport: ProcessSpec = {
    name: 'ip-support',
    service: 'ip-support',
    main: STACK_ENTRY_POINTS['ip-support'],
    port: settings.ports['ip-support'],
    env: {
      HOST: '127.0.0.1',
      PORT: String(settings.ports['ip-support']),
      LOG_LEVEL: settings.logLevel,
      DATABASE_URL: databaseUrl(settings, 'ip_support'),
      INTERNAL_AUTH_SECRET: settings.internalAuthSecret,
      KAFKA_BROKERS: settings.kafkaBrokers,
      KAFKA_GROUP_PREFIX: settings.kafkaGroupPrefix || undefined,
      DATA_DIR: join(settings.dataDir, 'ip-support'),
      SEED_DEMO_DATA: String(settings.seedDemoData),
    },
  };
  const incubation: ProcessSpec = {
    name: 'incubation',
    service: 'incubation',
    main: STACK_ENTRY_POINTS.incubation,
    port: settings.ports.incubation,
    env: {
      HOST: '127.0.0.1',
      PORT: String(settings.ports.incubation),
      LOG_LEVEL: settings.logLevel,
      DATABASE_URL: databaseUrl(settings, 'incubation'),
      INTERNAL_AUTH_SECRET: settings.internalAuthSecret,
      KAFKA_BROKERS: settings.kafkaBrokers,
      DATA_DIR: join(settings.dataDir, 'incubation'),
      SEED_DEMO_DATA: String(settings.seedDemoData),
    },
  };
  const searches = settings.ports.search.map((_, i) => searchProcess(settings, i + 1));
  const insights: ProcessSpec = {
    name: 'insights',
    service: 'insights',
    main: STACK_ENTRY_POINTS.insights,
    port: settings.ports.insights,
    env: {
      HOST: '127.0.0.1',
      PORT: String(settings.ports.insights),
      LOG_LEVEL: settings.logLevel,
      DATABASE_URL: databaseUrl(settings, 'insights'),
      INTERNAL_AUTH_SECRET: settings.internalAuthSecret,
      KAFKA_BROKERS: settings.kafkaBrokers,
      KAFKA_GROUP_PREFIX: settings.kafkaGroupPrefix || undefined,
    },
  };
  const gatewayPort = settings.ports.gateway;
  const gateway: ProcessSpec = {
    name: 'gateway',
    service: 'gateway',
    main: STACK_ENTRY_POINTS.gateway,
    port: gatewayPort,
    env: {
      HOST: '127.0.0.1',
      PORT: String(gatewayPort),
      PUBLIC_URL: `http://127.0.0.1:${gatewayPort}`,
      LOG_LEVEL: settings.logLevel,
      INTERNAL_AUTH_SECRET: settings.internalAuthSecret,
      AUTH_MODE: 'keycloak',
      KEYCLOAK_URL: settings.keycloakUrl,
      // The same address here; in compose the gateway fetches keys inside the network.
      KEYCLOAK_INTERNAL_URL: settings.keycloakUrl,
      TECHMART_URL: `http://127.0.0.1:${settings.ports.techmart}`,
      SEARCH_URL: `http://127.0.0.1:${settings.ports.search[0] ?? STACK_PORTS.search}`,
      INITIATIVES_URL: `http://127.0.0.1:${settings.ports.initiatives}`,
      IP_SUPPORT_URL: `http://127.0.0.1:${settings.ports['ip-support']}`,
      INCUBATION_URL: `http://127.0.0.1:${settings.ports.incubation}`,
      INSIGHTS_URL: `http://127.0.0.1:${settings.ports.insights}`,
      WEB_DIST: settings.webDist,
      ROLE_GUARDS: GATEWAY_ROLE_GUARDS,
    },
  };
  return [techmart, initiatives, ipSupport, incubation, ...searches, insights, gateway];
}
