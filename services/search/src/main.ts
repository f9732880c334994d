// Distributed mode: the search service as its own process, consuming over Kafka. Any number of
// replicas may run: they form one Kafka consumer group (each event is applied once, by the replica
// that owns its partition) and share one database (inbox and projection table).
import {
  booleanField,
  bootConfig,
  createLogger,
  eventMetrics,
  KafkaTransport,
  ReadinessRegistry,
  SERVICE_METRICS,
  type ServiceMetrics,
  type SqlClient,
  type SubscribeOptions,
  stopOnSignals,
  type TransportSubscription,
} from '@sti/platform';
import type { Logger } from 'pino';
import { z } from 'zod';
import type { SearchDocument, SearchEngine } from './engine/index.js';
import { searchConfigSchema } from './search.config.js';
import { createSearchEngine } from './search-engine.factory.js';
import { startSearchService } from './search-service.js';

const count = (min: number) =>
  z.string().regex(/^\d+$/, 'expected a whole number').transform(Number).pipe(z.number().int().min(min));

const config = bootConfig(
  searchConfigSchema.extend({
    /** prefixed to the Kafka consumer group ids: separates environments that share one cluster */
    KAFKA_GROUP_PREFIX: z.string().default(''),
    /** where a group without committed offsets starts: the retained history (default) or only new events */
    KAFKA_FROM_BEGINNING: booleanField().default(true),
    /** partitions and replication of the topics this process creates when they are missing */
    KAFKA_TOPIC_PARTITIONS: count(1).default(6),
    KAFKA_TOPIC_REPLICATION_FACTOR: count(1).default(1),
    /** embedded engine only: how often a replica applies what other replicas projected (0 = never) */
    SEARCH_TABLE_FOLLOW_MS: count(0).default(2000),
  }),
);
const logger = createLogger({ service: 'search', level: config.LOG_LEVEL });

/** The Kafka transport with this deployment's consumer-group settings applied to every subscription. */
class SearchKafkaTransport extends KafkaTransport {
  override subscribe(options: SubscribeOptions): Promise<TransportSubscription> {
    return super.subscribe({
      ...options,
      group: `${config.KAFKA_GROUP_PREFIX}${options.group}`,
      // a projection is rebuilt from the retained topics; the inbox skips what is already applied
      fromBeginning: options.fromBeginning ?? config.KAFKA_FROM_BEGINNING,
    });
  }
}

const transport = new SearchKafkaTransport({
  brokers: config.KAFKA_BROKERS,
  clientId: 'search',
  partitions: config.KAFKA_TOPIC_PARTITIONS,
  replicationFactor: config.KAFKA_TOPIC_REPLICATION_FACTOR,
  logger,
});
const bootedAt = Date.now();
const engine = await createSearchEngine(
  { meiliUrl: config.MEILI_URL, meiliKey: config.MEILI_MASTER_KEY, dataDir: config.SEARCH_DATA_DIR },
  logger,
);
const service = await startSearchService({
  databaseUrl: config.DATABASE_URL,
  engine,
  transport,
  internalAuthSecret: config.INTERNAL_AUTH_SECRET,
  host: config.HOST,
  port: config.PORT,
  logger,
  shutdownHooks: false,
});

// one probe in flight at a time: while the broker is down a probe waits for the client's retries
let kafkaProbe: Promise<void> | undefined;
const kafkaReachable = () =>
  (kafkaProbe ??= transport
    .getAdmin()
    .then((admin) => admin.describeCluster())
    .then(() => undefined)
    .finally(() => {
      kafkaProbe = undefined;
    }));
service.app.get(ReadinessRegistry).register('kafka', kafkaReachable, { timeoutMs: 3000 });
exposeEventMetrics(service.app.get<ServiceMetrics>(SERVICE_METRICS).registry);

const follower =
  !config.MEILI_URL && config.SEARCH_TABLE_FOLLOW_MS > 0
    ? followProjectionTable(
        service.db.sql,
        engine,
        { intervalMs: config.SEARCH_TABLE_FOLLOW_MS, since: bootedAt },
        logger,
      )
    : undefined;
stopOnSignals([...(follower ? [follower] : []), { stop: () => service.stop() }, { stop: () => transport.close() }]);

/**
 * The relay's and consumers' `sti_*` metrics are recorded in prom-client's global registry, while
 * `/metrics` serves the app's own registry: register them there too (the same metric objects).
 */
function exposeEventMetrics(target: ServiceMetrics['registry']): void {
  const global = (eventMetrics().consumed as unknown as { registers: ServiceMetrics['registry'][] }).registers[0];
  for (const metric of global?.getMetricsAsArray() ?? []) {
    if (metric.name.startsWith('sti_') && !target.getSingleMetric(metric.name)) {
      target.registerMetric(metric as unknown as Parameters<typeof target.registerMetric>[0]);
    }
  }
}

/**
 * Each replica's embedded engine is its own index, but only one replica applies a given event: every
 * replica follows the shared projection table (rows changed since its last look, with an overlap for
 * transactions that committed late) so all of them answer for everything. The engine ignores versions
 * it already holds. Meilisearch replicas share one index and need none of this.
 */
function followProjectionTable(
  sql: SqlClient,
  target: SearchEngine,
  options: { intervalMs: number; since: number },
  log: Logger,
) {
  const { intervalMs } = options;
  const overlapMs = Math.max(10_000, intervalMs * 5);
  // the start-up sync (after `since`) covered every row changed before it
  let since = new Date(options.since);
  let running: Promise<void> | undefined;
  const tick = async () => {
    const [clock] = await sql.query<{ now: Date }>('SELECT clock_timestamp() AS now');
    const from = new Date(since.getTime() - overlapMs);
    const rows = await sql.query<{ id: string; version: number; deleted: boolean; document: unknown }>(
      'SELECT id, version, deleted, document FROM search_document WHERE updated_at >= $1 ORDER BY updated_at',
      [from],
    );
    const live = rows.flatMap((row) => (row.deleted || !row.document ? [] : [parseDocument(row.document)]));
    const gone = rows.filter((row) => row.deleted).map((row) => ({ id: row.id, version: row.version }));
    if (live.length > 0) await target.upsert(live);
    if (gone.length > 0) await target.remove(gone);
    since = clock?.now ?? since;
  };
  const timer = setInterval(() => {
    running ??= tick()
      .catch((err: unknown) => log.warn({ err }, 'following the projection table failed; retrying'))
      .finally(() => {
        running = undefined;
      });
  }, intervalMs);
  log.info({ intervalMs }, 'embedded engine follows the projection table (replicas stay in line)');
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

function parseDocument(value: unknown): SearchDocument {
  return (typeof value === 'string' ? JSON.parse(value) : value) as SearchDocument;
}
