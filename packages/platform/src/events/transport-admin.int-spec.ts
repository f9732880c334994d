// The admin questions of the EventTransport port (topic offsets, committed offsets, groups), answered
// by the Kafka adapter against a real broker and by the in-process adapter from the outboxes.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import type { PublishRecord, TransportMessage } from './event.types.js';
import { createInProcessTransport } from './in-process.transport.js';
import { createKafkaTransport } from './kafka.transport.js';
import { appendToOutbox } from './outbox.writer.js';
import { createEventsTestDatabase, KAFKA_BROKERS, openTestSql } from './test-support/events-test-db.js';
import { sequencedEvent } from './test-support/pipeline.fixture.js';

const records = (topic: string, keys: string[]): PublishRecord[] =>
  keys.map((key, i) => ({ ...sequencedEvent(topic, key, 1), position: String(i + 1) }));

async function until(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('TransportAdmin on Kafka', () => {
  const transport = createKafkaTransport({ brokers: KAFKA_BROKERS, clientId: 'admin-test', partitions: 3 });
  const run = randomBytes(4).toString('hex');
  const topic = `test-admin-${run}.offer.v1`;
  const group = `test-admin-${run}`;
  afterAll(() => transport.close());

  it('reports offsets, members, assignments and commits, and deletes a finished group', async () => {
    await transport.ensureTopics([topic]);
    expect((await transport.topicOffsets(topic)).map((p) => [p.partition, p.high])).toEqual([
      [0, '0'],
      [1, '0'],
      [2, '0'],
    ]);
    await transport.publish(records(topic, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']));
    const offsets = await transport.topicOffsets(topic);
    expect(offsets.reduce((sum, p) => sum + Number(BigInt(p.high) - BigInt(p.low)), 0)).toBe(8);

    const seen: TransportMessage[] = [];
    const subscription = await transport.subscribe({
      group,
      topics: [topic],
      fromBeginning: true,
      onBatch: async (messages) => {
        seen.push(...messages);
      },
    });
    await until(async () => seen.length >= 8);
    const described = await transport.describeGroup(group);
    expect(described.members).toHaveLength(1);
    expect(described.members[0]?.assignment[topic]).toEqual([0, 1, 2]);
    expect(await transport.listGroups()).toContain(group);
    await until(async () => {
      const committed = await transport.committedOffsets(group, [topic]);
      const byPartition = new Map(committed[0]?.partitions.map((p) => [p.partition, p.offset]));
      return offsets.every((p) => byPartition.get(p.partition) === p.high);
    });

    await subscription.stop();
    await transport.deleteGroup(group);
    expect(await transport.listGroups()).not.toContain(group);
  });
});

describe('TransportAdmin in-process', () => {
  it('takes the history end from the outboxes and the groups from its subscriptions', async () => {
    const database = await createEventsTestDatabase('admin');
    const sql = await openTestSql(database.url, 2);
    try {
      const transport = createInProcessTransport({ outboxes: [sql] });
      const topic = 'test-admin.offer.v1';
      expect(await transport.topicOffsets(topic)).toEqual([{ partition: 0, low: '0', high: '0' }]);
      await sql.transaction((tx) => appendToOutbox(tx, [sequencedEvent(topic, 'a', 1), sequencedEvent(topic, 'b', 1)]));
      const [{ last }] = (await sql.query<{ last: string }>('SELECT max(position)::text AS last FROM outbox')) as [
        { last: string },
      ];
      expect(await transport.topicOffsets(topic)).toEqual([
        { partition: 0, low: '0', high: (BigInt(last) + 1n).toString() },
      ]);

      const subscription = await transport.subscribe({ group: 'g', topics: [topic], onBatch: async () => {} });
      expect(await transport.describeGroup('g')).toEqual({
        state: 'Stable',
        members: [{ memberId: 'g-0', clientId: 'in-process', assignment: { [topic]: [0] } }],
      });
      expect(await transport.listGroups()).toEqual(['g']);
      await expect(transport.deleteGroup('g')).rejects.toThrow(/still has members/);
      await subscription.stop();
      await transport.deleteGroup('g');
      expect(await transport.describeGroup('g')).toEqual({ state: 'Empty', members: [] });
      await expect(transport.committedOffsets('g')).rejects.toThrow(/no committed offsets/);
    } finally {
      await sql.close();
      await database.drop();
    }
  });
});
