// Distributed mode: Techmart as its own process (docker compose, infra/ scripts).
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
import { DEFAULT_EXCHANGE_SOURCE } from './exchange/exchange.service.js';
import { DEFAULT_EXPIRY_POLICY } from './expiry/listing-expiry.js';
import { COMMUNE_OFFICER_MODERATION_VALUES } from './moderation/listing-ownership.policy.js';
import { SERVICE_NAME, startTechmart } from './start-techmart.js';

const config = bootConfig(
  z.object({
    ...serviceConfigFields,
    /** attachments and other files */
    DATA_DIR: z.string().default('./.data/techmart'),
    /** comma-separated; without it the outbox keeps the events until a relay with a transport runs */
    KAFKA_BROKERS: z.string().optional(),
    ...kafkaTopicConfigFields,
    SEED_DEMO_DATA: booleanField().default(true),
    /** the province's choice: commune officers moderate their commune's listings, or none */
    COMMUNE_OFFICER_MODERATION: z.enum(COMMUNE_OFFICER_MODERATION_VALUES).default('commune'),
    /** this platform as a source in its export feed */
    EXCHANGE_SOURCE_CODE: z.string().default(DEFAULT_EXCHANGE_SOURCE.code),
    EXCHANGE_SOURCE_NAME_VI: z.string().default(DEFAULT_EXCHANGE_SOURCE.name.vi),
    EXCHANGE_SOURCE_NAME_EN: z.string().default(DEFAULT_EXCHANGE_SOURCE.name.en),
    /** published listings lapse after this many months unless their owner renews them */
    LISTING_EXPIRY_MONTHS: z.coerce.number().int().min(1).max(120).default(DEFAULT_EXPIRY_POLICY.months),
    /** owners are reminded this many days before */
    LISTING_EXPIRY_REMINDER_DAYS: z.coerce.number().int().min(1).max(365).default(DEFAULT_EXPIRY_POLICY.reminderDays),
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

const techmart = await startTechmart({
  databaseUrl: config.DATABASE_URL,
  dataDir: config.DATA_DIR,
  internalAuthSecret: config.INTERNAL_AUTH_SECRET,
  host: config.HOST,
  port: config.PORT,
  logger,
  seed: config.SEED_DEMO_DATA ? 'background' : 'off',
  communeOfficerModeration: config.COMMUNE_OFFICER_MODERATION,
  expiryPolicy: { months: config.LISTING_EXPIRY_MONTHS, reminderDays: config.LISTING_EXPIRY_REMINDER_DAYS },
  exchangeSource: {
    code: config.EXCHANGE_SOURCE_CODE,
    name: { vi: config.EXCHANGE_SOURCE_NAME_VI, en: config.EXCHANGE_SOURCE_NAME_EN },
  },
  shutdownHooks: false,
  ...(transport ? { transport } : {}),
});
if (transport) {
  techmart.app.get(ReadinessRegistry).register('kafka', () => transport.ping(), { timeoutMs: 3000 });
}
logger.info({ url: techmart.url }, 'techmart listening');
stopOnSignals([techmart, ...(transport ? [transport] : [])]);
