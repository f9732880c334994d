// The broker restarts (infra/scripts/kafka.sh restart) mid-stream: nothing lost, nothing applied twice,
// order kept. Runs on its own broker port so other suites sharing the main broker are not disturbed.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlExecutor } from '../database/sql-client.js';
import { createConsumer } from './inbox.consumer.js';
import { createKafkaTransport } from './kafka.transport.js';
import { createOutboxRelay } from './outbox.relay.js';
import { createEventsTestDatabase, openTestSql, uniqueName } from './test-support/events-test-db.js';
import {
  aggregateIds,
  checkPipeline,
  sequencedHandlers,
  waitFor,
  writeSequencedEvents,
} from './test-support/pipeline.fixture.js';
import { sqlTransactionRunner } from './transaction.runner.js';

const run = promisify(execFile);
const script = fileURLToPath(new URL('../../../../infra/scripts/kafka.sh', import.meta.url));
const port = process.env.KAFKA_RESTART_PORT ?? '19092';
const env = { ...process.env, KAFKA_PORT: port };
const kafkaSh = (command: string) => run('bash', [script, command], { env, timeout: 180_000 });

describe.runIf(process.env.KAFKA_BROKERS !== 'none')('Kafka broker restart', () => {
  beforeAll(async () => {
    await kafkaSh('start');
  }, 180_000);
  afterAll(async () => {
    await kafkaSh('stop');
  }, 60_000);

  it('delivers 10,000 events exactly once and in order across a broker restart', async () => {
    const db = await createEventsTestDatabase('restart');
    const sql = await openTestSql(db.url);
    const transport = createKafkaTransport({
      brokers: [`127.0.0.1:${port}`],
      clientId: uniqueName('restart'),
      partitions: 3,
      sessionTimeoutMs: 6_000,
    });
    const topic = `${uniqueName('restart').replace(/_/g, '-')}.offer.v1`;
    const group = uniqueName('g');
    const consumer = createConsumer<SqlExecutor>({
      group,
      topics: [topic],
      handlers: sequencedHandlers(group),
      transactions: sqlTransactionRunner(sql),
      transport,
    });
    const relay = createOutboxRelay({ sql, transport, batchSize: 500, maxBackoffMs: 2_000 });
    try {
      await consumer.start();
      await relay.start();
      const writing = writeSequencedEvents(sql, {
        topic,
        aggregates: aggregateIds(100),
        perAggregate: 100,
        pauseMs: 20,
      });
      await waitFor(
        () => checkPipeline(sql, group),
        (p) => p.effects >= 2_000,
        120_000,
        '2,000 effects',
      );
      await kafkaSh('restart');
      await writing;
      await waitFor(
        () => checkPipeline(sql, group),
        (p) => p.effects >= 10_000 && p.unpublished === 0,
        240_000,
        '10,000 effects',
      );
      await new Promise((r) => setTimeout(r, 500));
      expect(await checkPipeline(sql, group)).toEqual({
        effects: 10_000,
        distinctEvents: 10_000,
        violations: 0,
        unpublished: 0,
      });
    } finally {
      await consumer.stop();
      await relay.stop();
      await transport.close();
      await sql.close();
      await db.drop();
    }
  }, 420_000);
});
