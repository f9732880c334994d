// Distributed mode: insights as its own process, consuming over Kafka. Replicas form one consumer
// group and share one database (inbox and fact tables).
import {
  booleanField,
  bootConfig,
  createLogger,
  KafkaTransport,
  kafkaTopicConfigFields,
  ReadinessRegistry,
  serviceConfigFields,
  stopOnSignals,
} from '@sti/platform';
import { z } from 'zod';
import { DEFAULT_PROVINCE_CODE } from './insights.composition.js';
import { SERVICE_NAME, startInsights } from './start-insights.js';

const config = bootConfig(
  z.object({
    ...serviceConfigFields,
    KAFKA_BROKERS: z
      .string()
      .min(1)
      .transform((value) => value.split(',').map((b) => b.trim())),
    /** prefixed to the Kafka consumer group ids: separates environments that share one cluster */
    KAFKA_GROUP_PREFIX: z.string().default(''),
    /** where a group without committed offsets starts: the retained history (default) or only new events */
    KAFKA_FROM_BEGINNING: booleanField().default(true),
    ...kafkaTopicConfigFields,
    /** the province this installation reports for */
    INSIGHTS_PROVINCE_CODE: z.string().min(1).max(20).default(DEFAULT_PROVINCE_CODE),
  }),
);
const logger = createLogger({ service: SERVICE_NAME, level: config.LOG_LEVEL });
const transport = new KafkaTransport({
  brokers: config.KAFKA_BROKERS,
  clientId: SERVICE_NAME,
  groupPrefix: config.KAFKA_GROUP_PREFIX,
  fromBeginningByDefault: config.KAFKA_FROM_BEGINNING,
  partitions: config.KAFKA_TOPIC_PARTITIONS,
  replicationFactor: config.KAFKA_TOPIC_REPLICATION_FACTOR,
  logger,
});
const insights = await startInsights({
  databaseUrl: config.DATABASE_URL,
  transport,
  internalAuthSecret: config.INTERNAL_AUTH_SECRET,
  provinceCode: config.INSIGHTS_PROVINCE_CODE,
  host: config.HOST,
  port: config.PORT,
  logger,
  shutdownHooks: false,
});
insights.app.get(ReadinessRegistry).register('kafka', () => transport.ping(), { timeoutMs: 3000 });
logger.info({ url: insights.url }, 'insights listening');
stopOnSignals([{ stop: () => insights.close() }, { stop: () => transport.close() }]);
