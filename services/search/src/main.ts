// Distributed mode: the search service as its own process, consuming over Kafka.
import { bootConfig, createKafkaTransport, createLogger, stopOnSignals } from '@sti/platform';
import { searchConfigSchema } from './search.config.js';
import { createSearchEngine } from './search-engine.factory.js';
import { startSearchService } from './search-service.js';

const config = bootConfig(searchConfigSchema);
const logger = createLogger({ service: 'search', level: config.LOG_LEVEL });
const transport = createKafkaTransport({ brokers: config.KAFKA_BROKERS, clientId: 'search', logger });
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
stopOnSignals([{ stop: () => service.stop() }, { stop: () => transport.close() }]);
