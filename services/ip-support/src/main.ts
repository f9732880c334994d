// Distributed mode: the IP-support service as its own process (docker compose, infra/ scripts).
// Configuration comes from the environment; events go to Kafka.

import {
  bootConfig,
  booleanField,
  createKafkaTransport,
  createLogger,
  kafkaTopicConfigFields,
  ReadinessRegistry,
  serviceConfigFields,
  stopOnSignals,
} from '@sti/platform';
import { z } from 'zod';
import { SERVICE_NAME, startIpSupport } from './start-ip-support.js';

const config = bootConfig(
  z.object({
    ...serviceConfigFields,
    /** dossier documents and other files */
    DATA_DIR: z.string().default('./.data/ip-support'),
    /** comma-separated; without it the outbox keeps the events until a relay with a transport runs */
    KAFKA_BROKERS: z.string().optional(),
    ...kafkaTopicConfigFields,
    /** prefixed to the consumer groups (several environments on one Kafka cluster) */
    KAFKA_GROUP_PREFIX: z.string().default(''),
    SEED_DEMO_DATA: booleanField().default(true),
  }),
);

const logger = createLogger({ service: SERVICE_NAME, level: config.LOG_LEVEL });
const transport = config.KAFKA_BROKERS
  ? createKafkaTransport({
      brokers: config.KAFKA_BROKERS.split(',').map((b) => b.trim()),
      clientId: SERVICE_NAME,
      partitions: config.KAFKA_TOPIC_PARTITIONS,
      replicationFactor: config.KAFKA_TOPIC_REPLICATION_FACTOR,
      logger,
    })
  : undefined;

const ipSupport = await startIpSupport({
  databaseUrl: config.DATABASE_URL,
  dataDir: config.DATA_DIR,
  internalAuthSecret: config.INTERNAL_AUTH_SECRET,
  host: config.HOST,
  port: config.PORT,
  logger,
  seed: config.SEED_DEMO_DATA ? 'background' : 'off',
  consumerGroupPrefix: config.KAFKA_GROUP_PREFIX,
  shutdownHooks: false,
  ...(transport ? { transport } : {}),
});
if (transport) {
  ipSupport.app.get(ReadinessRegistry).register('kafka', () => transport.ping(), { timeoutMs: 3000 });
}
logger.info({ url: ipSupport.url }, 'ip-support listening');
stopOnSignals([ipSupport, ...(transport ? [transport] : [])]);
