// A distributed stack of its own for one test file: the processes `stack:up` runs (same definition,
// same start-up code), on free ports, with their own databases and roles (created by the postgres
// init script), their own Kafka consumer groups, and a temporary data directory.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { dropDatabases, pgAdminUrl } from '../databases.ts';
import { logTail, type StartedProcess } from '../processes.ts';
import { assertBuilt } from './build-check.ts';
import { startStackProcesses, stopStackProcesses } from '../stack.ts';
import { databaseUrl, resolveStackSettings, type StackSettings } from '../stack.definition.ts';

export interface TestStack {
  id: string;
  settings: StackSettings;
  gatewayUrl: string;
  techmart: StartedProcess;
  /** one per replica, `search` first (the gateway's SEARCH_URL) */
  searches: StartedProcess[];
  gateway: StartedProcess;
  /** the Kafka group id the search replicas share */
  searchGroupId: string;
  techmartDb: pg.Pool;
  searchDb: pg.Pool;
  /** last lines of every process log (for failure messages) */
  logs(): string;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/** The search engine a test stack runs: the embedded one, or Meilisearch (MEILI_URL) with an index of its own. */
export type StackEngine = 'embedded' | 'meilisearch';

/**
 * The engines the distributed tests run with: always the embedded one, Meilisearch when MEILI_URL is
 * set. `skipped` names what is left out, for a visible skipped test.
 */
export function stackEngines(): { engines: StackEngine[]; skipped: string | undefined } {
  return process.env.MEILI_URL
    ? { engines: ['embedded', 'meilisearch'], skipped: undefined }
    : { engines: ['embedded'], skipped: 'the Meilisearch run needs MEILI_URL (and MEILI_MASTER_KEY)' };
}

export interface TestStackOptions {
  searchReplicas?: number;
  /** default `embedded` */
  engine?: StackEngine;
  /** default: KAFKA_BROKERS (the shared broker) */
  kafkaBrokers?: string;
  keycloakUrl: string;
}

function meiliSettings(
  engine: StackEngine,
  id: string,
): Pick<StackSettings, 'meiliUrl' | 'meiliMasterKey' | 'meiliIndexUid'> {
  if (engine === 'embedded') return { meiliUrl: undefined, meiliMasterKey: undefined, meiliIndexUid: undefined };
  const url = process.env.MEILI_URL;
  if (!url) throw new Error('a Meilisearch test stack needs MEILI_URL');
  return { meiliUrl: url, meiliMasterKey: process.env.MEILI_MASTER_KEY, meiliIndexUid: `${id}_listings` };
}

async function dropMeiliIndex(settings: StackSettings): Promise<void> {
  if (!settings.meiliUrl || !settings.meiliIndexUid) return;
  await fetch(`${settings.meiliUrl.replace(/\/+$/, '')}/indexes/${settings.meiliIndexUid}`, {
    method: 'DELETE',
    headers: settings.meiliMasterKey ? { authorization: `Bearer ${settings.meiliMasterKey}` } : {},
  }).catch(() => undefined);
}

export async function startTestStack(options: TestStackOptions): Promise<TestStack> {
  assertBuilt();
  const id = `stk${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const dataDir = await mkdtemp(join(tmpdir(), `${id}-`));
  const base = resolveStackSettings({
    STACK_DATA_DIR: dataDir,
    INTERNAL_AUTH_SECRET: randomBytes(32).toString('base64url'),
    LOG_LEVEL: 'info',
  });
  const ports = await Promise.all(Array.from({ length: 5 + (options.searchReplicas ?? 1) }, () => freePort()));
  const [gatewayPort = 0, techmartPort = 0, initiativesPort = 0, insightsPort = 0, incubationPort = 0, ...searchPorts] =
    ports;
  const adminUrl = pgAdminUrl();
  const admin = new URL(adminUrl);
  const settings: StackSettings = {
    ...base,
    pgHost: admin.hostname,
    pgPort: Number(admin.port || 5432),
    databases: {
      techmart: { name: `${id}_techmart`, password: randomBytes(12).toString('hex') },
      search: { name: `${id}_search`, password: randomBytes(12).toString('hex') },
      initiatives: { name: `${id}_initiatives`, password: randomBytes(12).toString('hex') },
      incubation: { name: `${id}_incubation`, password: randomBytes(12).toString('hex') },
      insights: { name: `${id}_insights`, password: randomBytes(12).toString('hex') },
    },
    kafkaBrokers: options.kafkaBrokers ?? process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
    keycloakUrl: options.keycloakUrl,
    ports: {
      gateway: gatewayPort,
      techmart: techmartPort,
      initiatives: initiativesPort,
      incubation: incubationPort,
      insights: insightsPort,
      search: searchPorts,
    },
    kafkaGroupPrefix: `${id}.`,
    seedDemoData: false,
    ...meiliSettings(options.engine ?? 'embedded', id),
  };
  const dbNames = Object.values(settings.databases).map((d) => d.name);
  let processes: StartedProcess[] = [];
  try {
    processes = await startStackProcesses(settings, {
      detached: false,
      logDir: join(dataDir, 'logs'),
      adminUrl,
      readyTimeoutMs: 90_000,
    });
  } catch (error) {
    await dropDatabases(dbNames, adminUrl).catch(() => {});
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const byService = (service: string) => processes.filter((p) => p.service === service);
  const [techmart] = byService('techmart');
  const [gateway] = byService('gateway');
  if (!techmart || !gateway) throw new Error('stack without techmart or gateway');
  const techmartDb = new pg.Pool({ connectionString: databaseUrl(settings, 'techmart'), max: 2 });
  const searchDb = new pg.Pool({ connectionString: databaseUrl(settings, 'search'), max: 2 });
  let stopped = false;
  return {
    id,
    settings,
    gatewayUrl: gateway.url,
    techmart,
    searches: byService('search'),
    gateway,
    searchGroupId: `${settings.kafkaGroupPrefix}search.projector`,
    techmartDb,
    searchDb,
    logs: () => processes.map((p) => `--- ${p.name} (${p.log})\n${logTail(p.log, 15)}`).join('\n'),
    async stop() {
      if (stopped) return;
      stopped = true;
      await stopStackProcesses(processes);
      await dropMeiliIndex(settings);
      await techmartDb.end();
      await searchDb.end();
      await dropDatabases(dbNames, adminUrl);
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
