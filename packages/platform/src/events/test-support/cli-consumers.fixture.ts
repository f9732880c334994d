// A service-style consumers module for the replay CLI test (EVENTS_CLI_DB_URL, EVENTS_CLI_TOPIC, EVENTS_CLI_GROUP).
import { openSqlClient, type SqlExecutor } from '../../database/sql-client.js';
import type { EventConsumersModule } from '../cli/replay-dead-letters.js';
import { createInProcessTransport } from '../in-process.transport.js';
import { createConsumer } from '../inbox.consumer.js';
import { sqlTransactionRunner } from '../transaction.runner.js';
import { sequencedHandlers } from './pipeline.fixture.js';

export const createEventConsumers: EventConsumersModule['createEventConsumers'] = async () => {
  const sql = await openSqlClient(process.env.EVENTS_CLI_DB_URL ?? '', { max: 2 });
  const group = process.env.EVENTS_CLI_GROUP ?? '';
  const consumer = createConsumer<SqlExecutor>({
    group,
    topics: [process.env.EVENTS_CLI_TOPIC ?? ''],
    handlers: sequencedHandlers(group),
    transactions: sqlTransactionRunner(sql),
    transport: createInProcessTransport(),
  });
  return { consumers: [consumer], close: () => sql.close() };
};
