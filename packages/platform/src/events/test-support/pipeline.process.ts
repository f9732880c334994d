// A relay and/or consumer in a child process, for the crash tests (SIGKILL) and graceful stops (SIGTERM).
// argv: <role: relay|consumer|embedded> <databaseUrl> <topic> <group> [brokers]
import type { SqlExecutor } from '../../database/sql-client.js';
import { openSqlClient } from '../../database/sql-client.js';
import type { EventTransport } from '../event.types.js';
import { stopOnSignals } from '../graceful-shutdown.js';
import { createInProcessTransport } from '../in-process.transport.js';
import { createConsumer } from '../inbox.consumer.js';
import { createKafkaTransport } from '../kafka.transport.js';
import { createOutboxRelay } from '../outbox.relay.js';
import { sqlTransactionRunner } from '../transaction.runner.js';
import { sequencedHandlers } from './pipeline.fixture.js';

const [role, databaseUrl, topic, group, brokers] = process.argv.slice(2);
if (!role || !databaseUrl || !topic || !group) throw new Error('usage: <role> <databaseUrl> <topic> <group> [brokers]');

const sql = await openSqlClient(databaseUrl, { max: 4 });
const transport: EventTransport =
  role === 'embedded'
    ? createInProcessTransport({ outboxes: [sql] })
    : createKafkaTransport({
        brokers: (brokers ?? '127.0.0.1:9092').split(','),
        clientId: `${role}-${process.pid}`,
        partitions: 3,
        sessionTimeoutMs: 6_000,
      });
const parts: { stop?: () => Promise<void>; close?: () => Promise<void> }[] = [];
if (role === 'consumer' || role === 'embedded') {
  const consumer = createConsumer<SqlExecutor>({
    group,
    topics: [topic],
    handlers: sequencedHandlers(group),
    transactions: sqlTransactionRunner(sql),
    transport,
  });
  await consumer.start();
  parts.push(consumer);
}
if (role === 'relay' || role === 'embedded') {
  const relay = createOutboxRelay({ sql, transport, batchSize: 500, standbyRetryMs: 200 });
  await relay.start();
  parts.push(relay);
}
parts.push(transport, sql);
stopOnSignals(parts);
process.stdout.write('ready\n');
