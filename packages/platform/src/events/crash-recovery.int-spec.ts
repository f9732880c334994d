// The relay and the consumer die by SIGKILL mid-stream and restart: every effect still applied once, in order.
import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { kill, startPipelineProcess } from './test-support/child-process.js';
import type { SqlClient } from '../database/sql-client.js';
import { createEventsTestDatabase, KAFKA_BROKERS, openTestSql, uniqueName } from './test-support/events-test-db.js';
import { appendToOutbox } from './outbox.writer.js';
import {
  aggregateIds,
  checkPipeline,
  sequencedEvent,
  waitFor,
  writeSequencedEvents,
} from './test-support/pipeline.fixture.js';

const children = new Set<ChildProcess>();
const cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const child of children) await kill(child, 'SIGKILL');
  children.clear();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => {});
});

async function start(args: string[]): Promise<ChildProcess> {
  const child = await startPipelineProcess(args);
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

async function scenario(roles: ('relay' | 'consumer' | 'embedded')[], extra: string[]) {
  const db = await createEventsTestDatabase('crash');
  cleanups.push(() => db.drop());
  const sql = await openTestSql(db.url, 4);
  cleanups.push(() => sql.close());
  const topic = `${uniqueName('crash').replace(/_/g, '-')}.offer.v1`;
  const group = uniqueName('g');
  const args = (role: string) => [role, db.url, topic, group, ...extra];
  const running = new Map<string, ChildProcess>();
  for (const role of roles) running.set(role, await start(args(role)));
  const writing = writeSequencedEvents(sql, { topic, aggregates: aggregateIds(100), perAggregate: 100, pauseMs: 15 });
  // two rounds: kill every process with SIGKILL mid-stream, then start it again
  for (const threshold of [1_500, 5_000]) {
    await waitFor(
      () => checkPipeline(sql, group),
      (p) => p.effects >= threshold,
      120_000,
      `${threshold} effects`,
    );
    // the kill must land while the outbox holds rows not yet published
    const before = await burst(sql, topic, `burst${threshold}`);
    expect(before.unpublished).toBeGreaterThan(0);
    for (const [role, child] of running) {
      await kill(child, 'SIGKILL');
      running.set(role, await start(args(role)));
    }
  }
  await writing;
  await waitFor(
    () => checkPipeline(sql, group),
    (p) => p.effects >= 11_000 && p.unpublished === 0,
    180_000,
    '11,000 effects',
  );
  await new Promise((r) => setTimeout(r, 500));
  expect(await checkPipeline(sql, group)).toEqual({
    effects: 11_000,
    distinctEvents: 11_000,
    violations: 0,
    unpublished: 0,
  });
  // SIGTERM: graceful stop, exit code 0
  for (const child of running.values()) {
    const exit = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exit).toBe(0);
  }
}

/**
 * Commits 500 events at once (100 fresh aggregates × 5) and reads the outbox right after: the relay needs
 * at least a publish round trip for them, so a kill that follows lands while they are unpublished.
 */
async function burst(sql: SqlClient, topic: string, prefix: string) {
  await sql.transaction((tx) =>
    appendToOutbox(
      tx,
      [1, 2, 3, 4, 5].flatMap((seq) => aggregateIds(100, prefix).map((id) => sequencedEvent(topic, id, seq))),
    ),
  );
  return checkPipeline(sql, 'none');
}

/** The backend holding the relays' advisory lock (the active relay's session), if any. */
async function leaderBackend(sql: SqlClient): Promise<number | undefined> {
  const [row] = await sql.query<{ pid: number }>(
    `SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = $1 AND objid = $2 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    [0x5717, 0x0b0c],
  );
  return row?.pid;
}

describe('crash recovery', () => {
  it('embedded (relay + in-process consumer in one process) survives SIGKILL', async () => {
    await scenario(['embedded'], []);
  }, 300_000);

  it.runIf(process.env.KAFKA_BROKERS !== 'none')(
    'a standby relay takes over when the leading relay process is killed (SIGKILL) mid-stream',
    async () => {
      const db = await createEventsTestDatabase('failover');
      cleanups.push(() => db.drop());
      const sql = await openTestSql(db.url, 4);
      cleanups.push(() => sql.close());
      const topic = `${uniqueName('failover').replace(/_/g, '-')}.offer.v1`;
      const group = uniqueName('g');
      const args = (role: string) => [role, db.url, topic, group, KAFKA_BROKERS.join(',')];
      await start(args('consumer'));
      const leader = await start(args('relay'));
      const leaderPid = await waitFor(
        () => leaderBackend(sql),
        (pid) => pid !== undefined,
        30_000,
        'a leading relay',
      );
      await start(args('relay'));
      const writing = writeSequencedEvents(sql, {
        topic,
        aggregates: aggregateIds(50),
        perAggregate: 100,
        pauseMs: 10,
      });
      await waitFor(
        () => checkPipeline(sql, group),
        (p) => p.effects >= 1_000,
        120_000,
        '1,000 effects',
      );
      const before = await burst(sql, topic, 'burst');
      expect(before.unpublished).toBeGreaterThan(0);
      // the standby joined while the first relay led: the lock is still the first one's session
      expect(await leaderBackend(sql)).toBe(leaderPid);
      await kill(leader, 'SIGKILL');
      const takeover = await waitFor(
        () => leaderBackend(sql),
        (pid) => pid !== undefined && pid !== leaderPid,
        30_000,
        'the standby to lead',
      );
      expect(takeover).not.toBe(leaderPid);
      await writing;
      await waitFor(
        () => checkPipeline(sql, group),
        (p) => p.effects >= 5_500 && p.unpublished === 0,
        180_000,
        '5,500 effects',
      );
      await new Promise((r) => setTimeout(r, 500));
      // counted on the consumer's side: every event applied once, in order per aggregate
      expect(await checkPipeline(sql, group)).toEqual({
        effects: 5_500,
        distinctEvents: 5_500,
        violations: 0,
        unpublished: 0,
      });
    },
    300_000,
  );

  it.runIf(process.env.KAFKA_BROKERS !== 'none')(
    'Kafka relay and consumer processes survive SIGKILL',
    async () => {
      await scenario(['consumer', 'relay'], [KAFKA_BROKERS.join(',')]);
    },
    300_000,
  );
});
