// Event backbone benchmark: outbox → transport → consumer with a database effect, for the Kafka and
// in-process transports, against raw kafkajs produce → consume on the same broker as the baseline.
// Run from the repository root:  npx tsx --conditions=@sti/source bench/events/pipeline.bench.ts
// Env: PG_ADMIN_URL, KAFKA_BROKERS, BENCH_EVENTS (burst size, 20000), BENCH_STEADY_SECONDS (20).
// Prints the figures and replaces its section of docs/benchmarks.md.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import type { SqlClient, SqlExecutor } from '../../packages/platform/src/database/sql-client.js';
import {
  appendToOutbox,
  createConsumer,
  createInProcessTransport,
  createKafkaTransport,
  createOutboxRelay,
  type EventTransport,
  InProcessTransport,
  on,
  sqlTransactionRunner,
} from '../../packages/platform/src/events/index.js';
import { cloudEventHeaders } from '../../packages/platform/src/events/cloud-events.codec.js';
import {
  createEventsTestDatabase,
  openTestSql,
  uniqueName,
} from '../../packages/platform/src/events/test-support/events-test-db.js';
import { aggregateIds, sequencedEvent } from '../../packages/platform/src/events/test-support/pipeline.fixture.js';
import { OfferSubmittedSchema } from '@sti/contracts';

const PG_ADMIN_URL = process.env.PG_ADMIN_URL ?? 'postgres://sti:sti@127.0.0.1:5432/postgres';
const BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const BURST = Number(process.env.BENCH_EVENTS ?? 20_000);
const STEADY_SECONDS = Number(process.env.BENCH_STEADY_SECONDS ?? 20);
const STEADY_RATE = 500;
const PARTITIONS = 3;
const AGGREGATES = aggregateIds(100, 'bench');
const root = fileURLToPath(new URL('../../', import.meta.url));

interface Figures {
  events: number;
  seconds: number;
  perSecond: number;
  lag?: { p50: number; p95: number; p99: number; max: number };
}

// ---------- raw kafkajs baseline ----------
async function rawKafka(n: number): Promise<Figures> {
  const kafka = new Kafka({ clientId: 'bench-raw', brokers: BROKERS, logLevel: logLevel.NOTHING });
  const topic = `bench-raw-${randomBytes(4).toString('hex')}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({
    waitForLeaders: true,
    topics: [{ topic, numPartitions: PARTITIONS, replicationFactor: 1 }],
  });
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  const consumer = kafka.consumer({ groupId: `${topic}-g`, maxWaitTimeInMs: 100 });
  await producer.connect();
  await consumer.connect();
  await consumer.subscribe({ topics: [topic], fromBeginning: true });
  let received = 0;
  let finish: () => void = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  const joined = new Promise<void>((resolve) => {
    const off = consumer.on(consumer.events.FETCH, () => {
      off();
      resolve();
    });
  });
  await consumer.run({
    partitionsConsumedConcurrently: PARTITIONS,
    eachBatch: async ({ batch }) => {
      received += batch.messages.length;
      if (received >= n) finish();
    },
  });
  await joined;
  // the same bytes and headers an event carries
  const sample = sequencedEvent('bench.offer.v1', 'bench-0001', 1);
  const headers = cloudEventHeaders({ ...sample, position: '1' });
  const value = Buffer.from(sample.payload);
  const start = performance.now();
  for (let sent = 0; sent < n; sent += 500) {
    const size = Math.min(500, n - sent);
    await producer.send({
      topic,
      acks: -1,
      messages: Array.from({ length: size }, (_, i) => ({
        key: AGGREGATES[(sent + i) % AGGREGATES.length],
        value,
        headers,
      })),
    });
  }
  await done;
  const seconds = (performance.now() - start) / 1000;
  await consumer.disconnect();
  await producer.disconnect();
  await admin.deleteTopics({ topics: [topic] }).catch(() => {});
  await admin.disconnect();
  return { events: n, seconds, perSecond: n / seconds };
}

// ---------- the pipeline ----------
async function pipeline(
  kind: 'kafka' | 'in-process',
  mode: { burst: number } | { rate: number; seconds: number },
): Promise<Figures> {
  const db = await createEventsTestDatabase('bench');
  const sql = await openTestSql(db.url, 12);
  const transport: EventTransport =
    kind === 'kafka'
      ? createKafkaTransport({
          brokers: BROKERS,
          clientId: uniqueName('bench'),
          partitions: PARTITIONS,
          consumerChunkSize: 500,
        })
      : createInProcessTransport();
  if (transport instanceof InProcessTransport) transport.attachOutbox(sql);
  const topic = `${uniqueName('bench').replace(/_/g, '-')}.offer.v1`;
  const group = uniqueName('bench_g');
  // The effect: one row in the consumer's database per event (a projection write), lag stamped by the database.
  const consumer = createConsumer<SqlExecutor>({
    group,
    topics: [topic],
    transactions: sqlTransactionRunner(sql),
    transport,
    maxBatchSize: 500,
    handlers: on(OfferSubmittedSchema, async (e, tx: SqlExecutor) => {
      await tx.query(
        `INSERT INTO effect (consumer, event_id, aggregate_id, seq, lag_ms)
         VALUES ($1, $2::uuid, $3, $4, extract(epoch FROM clock_timestamp() - $5::timestamptz) * 1000)`,
        [group, e.id, e.message.offerId, e.message.revision, e.time.toISOString()],
      );
    }),
  });
  const relay = createOutboxRelay({ sql, transport, batchSize: 1_000, pollIntervalMs: 1_000 });
  await transport.ensureTopics([topic]);
  await consumer.start();
  await relay.start();
  const total = 'burst' in mode ? mode.burst : mode.rate * mode.seconds;
  const start = performance.now();
  if ('burst' in mode) {
    // two concurrent writers, 100 events (one per aggregate) per transaction
    let seq = 0;
    const writer = async () => {
      for (;;) {
        const mine = ++seq;
        if (mine * AGGREGATES.length > mode.burst) return;
        await sql.transaction((tx) =>
          appendToOutbox(
            tx,
            AGGREGATES.map((id) => sequencedEvent(topic, id, mine)),
          ),
        );
      }
    };
    await Promise.all([writer(), writer()]);
  } else {
    // 10 ticks a second, rate/10 events per tick, each tick its own transaction
    const perTick = mode.rate / 10;
    for (let tick = 0; tick < mode.seconds * 10; tick++) {
      const due = start + tick * 100;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      const round = Math.floor((tick * perTick) / AGGREGATES.length) + 1;
      const offset = (tick * perTick) % AGGREGATES.length;
      const ids = AGGREGATES.slice(offset, offset + perTick);
      void sql.transaction((tx) =>
        appendToOutbox(
          tx,
          ids.map((id) => sequencedEvent(topic, id, round)),
        ),
      );
    }
  }
  await waitForCount(sql, group, total, 600_000);
  const seconds = (performance.now() - start) / 1000;
  const lag = await lagPercentiles(sql, group);
  await relay.stop();
  await consumer.stop();
  await transport.close();
  await sql.close();
  await db.drop();
  return { events: total, seconds, perSecond: total / seconds, lag };
}

async function waitForCount(sql: SqlClient, group: string, n: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await sql.query<{ n: string }>('SELECT count(*)::text AS n FROM effect WHERE consumer = $1', [group]);
    if (Number(row?.n) >= n) return;
    if (Date.now() > deadline) throw new Error(`only ${row?.n} of ${n} effects`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function lagPercentiles(sql: SqlClient, group: string) {
  const [row] = await sql.query<{ p50: number; p95: number; p99: number; max: number }>(
    `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY lag_ms) AS p50, percentile_cont(0.95) WITHIN GROUP (ORDER BY lag_ms) AS p95,
            percentile_cont(0.99) WITHIN GROUP (ORDER BY lag_ms) AS p99, max(lag_ms) AS max FROM effect WHERE consumer = $1`,
    [group],
  );
  return { p50: Number(row?.p50), p95: Number(row?.p95), p99: Number(row?.p99), max: Number(row?.max) };
}

async function machine(): Promise<string> {
  const admin = await openTestSql(PG_ADMIN_URL, 1);
  const [pg] = await admin.query<{ v: string }>("SELECT current_setting('server_version') AS v");
  await admin.close();
  const pom = `${root}infra/kafka/pom.xml`;
  const kafkaVersion = existsSync(pom)
    ? (/<kafka.version>(.*)<\/kafka.version>/.exec(readFileSync(pom, 'utf8'))?.[1] ?? '?')
    : '?';
  const cpu = os.cpus();
  return [
    `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${os.type()} ${os.release()}`,
    `Node ${process.version}, PostgreSQL ${pg?.v ?? '?'} (local, default settings), Kafka ${kafkaVersion} (single KRaft node, kafkajs 2.2.4)`,
    `${PARTITIONS} partitions per topic; 100 aggregates; effect = one INSERT per event in the consumer's PostgreSQL database, inbox row in the same transaction`,
  ].join('\n');
}

const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const lagText = (f: Figures) => (f.lag ? `${fmt(f.lag.p50, 1)} / ${fmt(f.lag.p95, 1)} / ${fmt(f.lag.p99, 1)} ms` : '—');

async function main() {
  const description = await machine();
  console.log(description);
  const raw = await rawKafka(BURST);
  console.log('raw kafkajs', raw);
  const kafkaBurst = await pipeline('kafka', { burst: BURST });
  console.log('kafka burst', kafkaBurst);
  const localBurst = await pipeline('in-process', { burst: BURST });
  console.log('in-process burst', localBurst);
  const kafkaSteady = await pipeline('kafka', { rate: STEADY_RATE, seconds: STEADY_SECONDS });
  console.log('kafka steady', kafkaSteady);
  const localSteady = await pipeline('in-process', { rate: STEADY_RATE, seconds: STEADY_SECONDS });
  console.log('in-process steady', localSteady);

  const ratio = kafkaBurst.perSecond / raw.perSecond;
  const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
  const section = [
    '<!-- bench:events:start -->',
    '## Event backbone (`bench/events/pipeline.bench.ts`)',
    '',
    `Run ${new Date().toISOString()} on:`,
    '',
    '```',
    description,
    '```',
    '',
    `Burst: ${fmt(BURST)} events written by two concurrent writers (100 events per transaction) while the relay and one consumer run; throughput counts from the first write to the last effect committed. Lag = effect committed − event occurred_at.`,
    '',
    '| path | events | seconds | events/s | lag p50 / p95 / p99 |',
    '| --- | ---: | ---: | ---: | --- |',
    `| raw kafkajs produce → consume (baseline, no database) | ${fmt(raw.events)} | ${fmt(raw.seconds, 2)} | ${fmt(raw.perSecond)} | — |`,
    `| outbox → relay → Kafka → consumer + DB effect | ${fmt(kafkaBurst.events)} | ${fmt(kafkaBurst.seconds, 2)} | ${fmt(kafkaBurst.perSecond)} | ${lagText(kafkaBurst)} |`,
    `| outbox → relay → in-process → consumer + DB effect | ${fmt(localBurst.events)} | ${fmt(localBurst.seconds, 2)} | ${fmt(localBurst.perSecond)} | ${lagText(localBurst)} |`,
    `| Kafka pipeline at a steady ${STEADY_RATE} events/s for ${STEADY_SECONDS} s | ${fmt(kafkaSteady.events)} | ${fmt(kafkaSteady.seconds, 2)} | ${fmt(kafkaSteady.perSecond)} | ${lagText(kafkaSteady)} |`,
    `| in-process pipeline at a steady ${STEADY_RATE} events/s for ${STEADY_SECONDS} s | ${fmt(localSteady.events)} | ${fmt(localSteady.seconds, 2)} | ${fmt(localSteady.perSecond)} | ${lagText(localSteady)} |`,
    '',
    'Targets:',
    '',
    `- Kafka pipeline ≥ 50 % of raw kafkajs throughput: ${fmt(ratio * 100, 1)} % — ${verdict(ratio >= 0.5)}`,
    `- Kafka pipeline ≥ 2,000 events/s with database effects: ${fmt(kafkaBurst.perSecond)} — ${verdict(kafkaBurst.perSecond >= 2_000)}`,
    `- p95 lag ≤ 250 ms at 500 events/s: Kafka ${fmt(kafkaSteady.lag?.p95 ?? Number.NaN, 1)} ms — ${verdict((kafkaSteady.lag?.p95 ?? Infinity) <= 250)}; in-process ${fmt(localSteady.lag?.p95 ?? Number.NaN, 1)} ms — ${verdict((localSteady.lag?.p95 ?? Infinity) <= 250)}`,
    '<!-- bench:events:end -->',
  ].join('\n');
  console.log(`\n${section}`);
  writeSection(section);
}

function writeSection(section: string) {
  const file = `${root}docs/benchmarks.md`;
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '# Benchmarks\n';
  const pattern = /<!-- bench:events:start -->[\s\S]*?<!-- bench:events:end -->/;
  const next = pattern.test(current) ? current.replace(pattern, section) : `${current.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
  console.log(`wrote ${file}`);
}

await main();
process.exit(0);
