// `npm run rebuild-index -w @sti/search [-- options]`: rebuilds the search projection table and the
// engine index from the event history. See README.md next to this file.
//
//   embedded (default when DATABASE_URL is unset) — stop `npm start` first:
//     npm run rebuild-index -w @sti/search                      # DATA_DIR=.data, relative to where npm runs
//     npm run rebuild-index -w @sti/search -- --data-dir /srv/sti/.data
//   distributed — while the services run:
//     DATABASE_URL=postgres://search:…@127.0.0.1:5432/search KAFKA_BROKERS=127.0.0.1:9092 \
//       [MEILI_URL=http://127.0.0.1:7700 MEILI_MASTER_KEY=…] npm run rebuild-index -w @sti/search
//
// Options: --embedded | --distributed, --data-dir <dir>, --from-table (no replay: rebuild only the
// engine index from the current table), --timeout <seconds> (replay, default 1800), --force (embedded:
// skip the "is the platform running?" check).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  createInProcessTransport,
  createKafkaTransport,
  createLogger,
  type Database,
  type EventTransport,
  loadConfig,
  logLevelField,
  openDatabase,
  urlField,
} from '@sti/platform';
import { z } from 'zod';
import { SEARCH_TOPICS } from '../projection/search-projector.js';
import { SEARCH_MIGRATIONS_DIR } from '../search-service.js';
import { GenerationalEmbeddedEngine } from './generational-embedded-engine.js';
import { readIndexGeneration } from './index-state.js';
import { rebuildMeilisearchIndex } from './meilisearch-rebuild.js';
import { type EngineRebuildTarget, type RebuildReport, rebuildSearchIndex } from './rebuild-search-index.js';

const USAGE = `Usage: npm run rebuild-index -w @sti/search -- [--embedded | --distributed] [--data-dir DIR] [--from-table] [--timeout SECONDS] [--force]
  embedded (default without DATABASE_URL): stop \`npm start\` first; reads DATA_DIR (default .data)
  distributed: DATABASE_URL (search database), KAFKA_BROKERS, optional MEILI_URL / MEILI_MASTER_KEY / MEILI_INDEX_UID; run while the services run`;

const distributedSchema = z.object({
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//, 'expected a postgres:// URL'),
  KAFKA_BROKERS: z
    .string()
    .min(1)
    .transform((value) => value.split(',').map((b) => b.trim())),
  MEILI_URL: urlField().optional(),
  MEILI_MASTER_KEY: z.string().optional(),
  MEILI_INDEX_UID: z.string().optional(),
  LOG_LEVEL: logLevelField().default('info'),
});

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      embedded: { type: 'boolean', default: false },
      distributed: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
      'from-table': { type: 'boolean', default: false },
      timeout: { type: 'string', default: '1800' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const distributed = values.distributed || (!values.embedded && Boolean(process.env.DATABASE_URL));
  const timeoutMs = Number(values.timeout) * 1000;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    process.stderr.write(`--timeout expects seconds\n${USAGE}\n`);
    return 2;
  }

  // npm runs workspace scripts in the package folder; relative paths mean the caller's folder
  const callerDir = process.env.INIT_CWD ?? process.cwd();
  const opened: { close(): Promise<void> }[] = [];
  try {
    let search: Database<undefined>;
    let transport: EventTransport;
    let engine: EngineRebuildTarget;
    const level = logLevelField().catch('info').parse(process.env.LOG_LEVEL);
    let logger = createLogger({ service: 'search-rebuild', level });

    if (distributed) {
      const config = loadConfig(distributedSchema, process.env);
      logger = createLogger({ service: 'search-rebuild', level: config.LOG_LEVEL });
      search = await openDatabase(config.DATABASE_URL, { migrationsDir: SEARCH_MIGRATIONS_DIR, logger });
      opened.push(search);
      const kafka = createKafkaTransport({ brokers: config.KAFKA_BROKERS, clientId: 'search-rebuild', logger });
      transport = kafka;
      opened.push(kafka);
      engine = config.MEILI_URL
        ? {
            kind: 'meilisearch',
            host: config.MEILI_URL,
            apiKey: config.MEILI_MASTER_KEY,
            indexUid: config.MEILI_INDEX_UID,
          }
        : { kind: 'services' };
    } else {
      const dataDir = resolve(callerDir, values['data-dir'] ?? process.env.DATA_DIR ?? '.data');
      const searchDb = join(dataDir, 'search', 'db');
      if (!existsSync(searchDb)) {
        process.stderr.write(
          `No embedded search database at ${searchDb} (has \`npm start\` run with DATA_DIR=${dataDir}?)\n`,
        );
        return 1;
      }
      // the databases of the services whose topics search consumes (techmart.offer.v1 → techmart)
      const producers = [...new Set(SEARCH_TOPICS.map((topic) => topic.split('.')[0] as string))];
      const producerDbs = producers.map((name) => join(dataDir, name, 'db'));
      for (const dir of [searchDb, ...producerDbs]) {
        if (!values.force && existsSync(join(dir, 'postmaster.pid'))) {
          process.stderr.write(
            `${dir} is open (postmaster.pid): stop the platform (\`npm start\`) first — ` +
              'Hãy dừng nền tảng trước khi dựng lại chỉ mục. If it crashed instead, run again with --force.\n',
          );
          return 1;
        }
      }
      search = await openDatabase(`pglite://${searchDb}`, { migrationsDir: SEARCH_MIGRATIONS_DIR, logger });
      opened.push(search);
      const inProcess = createInProcessTransport();
      for (const dir of producerDbs) {
        if (!existsSync(dir)) {
          logger.warn({ dir }, 'no database for a producer of search topics; its history is empty');
          continue;
        }
        const producer = await openDatabase(`pglite://${dir}`);
        opened.push(producer);
        inProcess.attachOutbox(producer.sql);
      }
      transport = inProcess;
      engine = { kind: 'embedded', dataDir: join(dataDir, 'search') };
    }

    if (values['from-table']) {
      process.stdout.write(`${await rebuildEngineOnly(search, engine, logger)}\n`);
      return 0;
    }
    const report = await rebuildSearchIndex({
      db: search.sql,
      transport,
      engine,
      timeoutMs,
      logger,
    });
    process.stdout.write(`${summary(report)}\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`Dựng lại chỉ mục thất bại / rebuild failed: ${(error as Error).message}\n`);
    if (process.env.LOG_LEVEL === 'debug') process.stderr.write(`${(error as Error).stack}\n`);
    return 1;
  } finally {
    for (const resource of opened.reverse()) await resource.close().catch(() => undefined);
  }
}

/** `--from-table`: the table is trusted, only the engine index is rebuilt from it. */
async function rebuildEngineOnly(
  search: Database<undefined>,
  engine: EngineRebuildTarget,
  logger: ReturnType<typeof createLogger>,
): Promise<string> {
  if (engine.kind === 'meilisearch') {
    const result = await rebuildMeilisearchIndex(search.sql, engine, logger);
    return `Meilisearch index ${result.indexUid} rebuilt from the table: ${result.documents} documents`;
  }
  if (engine.kind === 'services') {
    const rows = await search.sql.query<{ generation: number }>(
      'UPDATE search_index_state SET generation = generation + 1 WHERE id RETURNING generation',
    );
    return `generation ${rows[0]?.generation}: running search services rebuild their embedded index from the table within seconds`;
  }
  const generation = await readIndexGeneration(search.sql);
  const index = await GenerationalEmbeddedEngine.open({ dataDir: engine.dataDir, logger });
  try {
    await index.ensureIndex();
    const built = await index.rebuildFromTable(generation, search.sql);
    return `embedded index rebuilt from the table under ${index.directory}: ${built.documents} documents`;
  } finally {
    await index.close();
  }
}

function summary(report: RebuildReport): string {
  const types = Object.entries(report.documents.byType)
    .map(([type, n]) => `${type} ${n}`)
    .join(', ');
  return [
    'Đã dựng lại chỉ mục tìm kiếm từ lịch sử sự kiện / search index rebuilt from the event history',
    `  replayed messages: ${report.replayedMessages} (parked: ${report.parkedMessages}; consumer group ${report.group})`,
    `  searchable listings: ${report.documents.live}${types ? ` (${types})` : ''}; archived tombstones: ${report.documents.tombstones}`,
    `  table generation: ${report.generation}; engine: ${report.engine.note}`,
    `  time: replay ${report.ms.replay} ms, swap ${report.ms.swap} ms, engine ${report.ms.engine} ms, total ${report.ms.total} ms`,
    ...(report.parkedMessages > 0
      ? [`  ${report.parkedMessages} message(s) could not be applied and were parked for ${report.group}: see the logs`]
      : []),
  ].join('\n');
}

process.exitCode = await main();
