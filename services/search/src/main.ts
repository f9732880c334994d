// Distributed mode: the search service as its own process, consuming over Kafka. Any number of
// replicas may run: they form one Kafka consumer group (each event is applied once, by the replica
// that owns its partition) and share one database (inbox and projection table).
import {
  booleanField,
  bootConfig,
  countField,
  createLogger,
  kafkaTopicConfigFields,
  KafkaTransport,
  ReadinessRegistry,
  stopOnSignals,
} from '@sti/platform';
import { z } from 'zod';
import { followProjectionTable } from './projection/projection-table-follower.js';
import { searchConfigSchema } from './search.config.js';
import { createSearchEngine } from './search-engine.factory.js';
import { startSearchService } from './search-service.js';

const config = bootConfig(
  searchConfigSchema.extend({
    /** prefixed to the Kafka consumer group ids: separates environments that share one cluster */
    KAFKA_GROUP_PREFIX: z.string().default(''),
    /** where a group without committed offsets starts: the retained history (default) or only new events */
    KAFKA_FROM_BEGINNING: booleanField().default(true),
    ...kafkaTopicConfigFields,
    /** how often a replica applies what the projection table holds and its engine may not (0 = never) */
    SEARCH_TABLE_FOLLOW_MS: countField(0).default(2000),
    /** the Meilisearch index (several environments or test stacks can share one server) */
    MEILI_INDEX_UID: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,400}$/)
      .default('listings'),
    /** days an archived listing's tombstone is kept (docs/operations.md, "Search tombstones") */
    SEARCH_TOMBSTONE_HORIZON_DAYS: countField(1).default(30),
  }),
);
const logger = createLogger({ service: 'search', level: config.LOG_LEVEL });

const transport = new KafkaTransport({
  brokers: config.KAFKA_BROKERS,
  clientId: 'search',
  groupPrefix: config.KAFKA_GROUP_PREFIX,
  // a projection is rebuilt from the retained topics; the inbox skips what is already applied
  fromBeginningByDefault: config.KAFKA_FROM_BEGINNING,
  partitions: config.KAFKA_TOPIC_PARTITIONS,
  replicationFactor: config.KAFKA_TOPIC_REPLICATION_FACTOR,
  logger,
});
const bootedAt = Date.now();
const engine = await createSearchEngine(
  {
    meiliUrl: config.MEILI_URL,
    meiliKey: config.MEILI_MASTER_KEY,
    meiliIndexUid: config.MEILI_INDEX_UID,
    dataDir: config.SEARCH_DATA_DIR,
  },
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
  tombstoneHorizonDays: config.SEARCH_TOMBSTONE_HORIZON_DAYS,
});

service.app.get(ReadinessRegistry).register('kafka', () => transport.ping(), { timeoutMs: 3000 });

// Embedded: each replica's own index learns what the others projected. Meilisearch: the shared index
// gets what a replica committed but died before writing.
const follower =
  config.SEARCH_TABLE_FOLLOW_MS > 0
    ? followProjectionTable(
        service.db.sql,
        engine,
        { intervalMs: config.SEARCH_TABLE_FOLLOW_MS, since: new Date(bootedAt) },
        logger,
      )
    : undefined;
stopOnSignals([...(follower ? [follower] : []), { stop: () => service.stop() }, { stop: () => transport.close() }]);
