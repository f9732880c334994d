// Distributed mode: the initiatives service as its own process (docker compose, infra/ scripts).
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
import { SERVICE_NAME, startInitiatives } from './start-initiatives.js';

const config = bootConfig(
  z.object({
    ...serviceConfigFields,
    /** attachments, certificates and other files */
    DATA_DIR: z.string().default('./.data/initiatives'),
    /** comma-separated; without it the outbox keeps the events until a relay with a transport runs */
    KAFKA_BROKERS: z.string().optional(),
    ...kafkaTopicConfigFields,
    SEED_DEMO_DATA: booleanField().default(true),
    /** the portal's public address: certificate QR codes point to <PUBLIC_URL>/xac-minh/<code> */
    PUBLIC_URL: z.string().url().optional(),
    /** signs certificate verification codes; keep it stable, changing it invalidates every issued code */
    CERTIFICATE_SECRET: z.string().min(32).optional(),
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

const initiatives = await startInitiatives({
  databaseUrl: config.DATABASE_URL,
  dataDir: config.DATA_DIR,
  internalAuthSecret: config.INTERNAL_AUTH_SECRET,
  ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}),
  ...(config.CERTIFICATE_SECRET ? { certificateSecret: config.CERTIFICATE_SECRET } : {}),
  host: config.HOST,
  port: config.PORT,
  logger,
  seed: config.SEED_DEMO_DATA ? 'background' : 'off',
  shutdownHooks: false,
  ...(transport ? { transport } : {}),
});
if (transport) {
  initiatives.app.get(ReadinessRegistry).register('kafka', () => transport.ping(), { timeoutMs: 3000 });
}
logger.info({ url: initiatives.url }, 'initiatives listening');
stopOnSignals([initiatives, ...(transport ? [transport] : [])]);
