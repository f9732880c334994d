import { fileURLToPath } from 'node:url';
import { afterEach, expect, it, vi } from 'vitest';
import type { SqlExecutor } from '../../database/sql-client.js';
import { createInProcessTransport } from '../in-process.transport.js';
import { createConsumer } from '../inbox.consumer.js';
import { appendToOutbox } from '../outbox.writer.js';
import { createOutboxRelay } from '../outbox.relay.js';
import { createEventsTestDatabase, openTestSql, type TestDatabase } from '../test-support/events-test-db.js';
import { checkPipeline, sequencedEvent, sequencedHandlers, waitFor } from '../test-support/pipeline.fixture.js';
import { sqlTransactionRunner } from '../transaction.runner.js';
import { replayDeadLettersCli } from './replay-dead-letters.js';

let db: TestDatabase | undefined;
afterEach(async () => {
  vi.unstubAllEnvs();
  await db?.drop();
});

it('lists and replays a consumer’s parked messages through the service’s consumers module', async () => {
  db = await createEventsTestDatabase('cli');
  const sql = await openTestSql(db.url, 4);
  const transport = createInProcessTransport();
  const group = 'search.offers';
  const topic = 'techmart.offer.v1';
  const failing = createConsumer<SqlExecutor>({
    group,
    topics: [topic],
    handlers: sequencedHandlers(group, { failWhen: () => true }),
    transactions: sqlTransactionRunner(sql),
    transport,
    retry: { attempts: 2, initialDelayMs: 5 },
  });
  await failing.start();
  const relay = createOutboxRelay({ sql, transport });
  await relay.start();
  await sql.transaction((tx) =>
    appendToOutbox(tx, [sequencedEvent(topic, 'agg-1', 1), sequencedEvent(topic, 'agg-1', 2)]),
  );
  await waitFor(
    async () => (await failing.deadLetters.list(group, [topic], {})).items,
    (l) => l.length === 2,
    30_000,
    'two parked',
  );
  await relay.stop();
  await failing.stop();

  vi.stubEnv('EVENTS_CLI_DB_URL', db.url);
  vi.stubEnv('EVENTS_CLI_TOPIC', topic);
  vi.stubEnv('EVENTS_CLI_GROUP', group);
  const module = fileURLToPath(new URL('../test-support/cli-consumers.fixture.ts', import.meta.url));
  const out: string[] = [];
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  try {
    expect(await replayDeadLettersCli(['--module', module, '--consumer', group, '--list'])).toBe(0);
    expect(out.join('').trim().split('\n')).toHaveLength(2);
    out.length = 0;
    // paged: one dead letter and the cursor, then the other one and no cursor
    expect(await replayDeadLettersCli(['--module', module, '--consumer', group, '--list', '--limit', '1'])).toBe(0);
    const first = out
      .join('')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    out.length = 0;
    expect(first).toHaveLength(2);
    const cursor = first[1].nextCursor as string;
    expect(cursor).toBeTruthy();
    expect(
      await replayDeadLettersCli([
        '--module',
        module,
        '--consumer',
        group,
        '--list',
        '--limit',
        '1',
        '--cursor',
        cursor,
      ]),
    ).toBe(0);
    const second = out
      .join('')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    out.length = 0;
    expect(second).toHaveLength(1);
    expect(second[0].ref).not.toBe(first[0].ref);
    expect(await replayDeadLettersCli(['--module', module, '--consumer', group])).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ considered: 2, applied: 2, failed: [] });
    out.length = 0;
    // replayed dead letters are no longer listed nor replayed
    expect(await replayDeadLettersCli(['--module', module, '--consumer', group])).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ considered: 0, applied: 0 });
  } finally {
    write.mockRestore();
  }
  expect(await checkPipeline(sql, group)).toMatchObject({ effects: 2, violations: 0 });
  await sql.close();
}, 60_000);
