// Consumer groups seen from the outside: members, their partitions, and lag (`stack-cli lag`, the tests).
// Asked through the event transport's port (TransportAdmin), so no Kafka client's types reach the stack.
import {
  type ConsumerGroupDescription,
  type ConsumerGroupMember,
  createKafkaTransport,
  type TransportAdmin,
} from '@sti/platform';

export async function withKafkaAdmin<T>(brokers: string, work: (admin: TransportAdmin) => Promise<T>): Promise<T> {
  const transport = createKafkaTransport({ brokers: brokers.split(','), clientId: 'sti-stack-admin' });
  try {
    return await work(transport);
  } finally {
    await transport.close();
  }
}

export type GroupMember = ConsumerGroupMember;

export function groupMembers(admin: TransportAdmin, groupId: string): Promise<ConsumerGroupDescription> {
  return admin.describeGroup(groupId);
}

export interface PartitionLag {
  topic: string;
  partition: number;
  /** next offset the group reads (-1: nothing committed yet) */
  committed: string;
  end: string;
  lag: number;
}

/**
 * Per partition of `topics` (default: the topics the group has committed offsets for), how many
 * messages the group has not committed yet; a partition without a commit counts from its start.
 */
export async function partitionLag(admin: TransportAdmin, groupId: string, topics?: string[]): Promise<PartitionLag[]> {
  const committed = await admin.committedOffsets(groupId, topics);
  const out: PartitionLag[] = [];
  for (const topic of topics ?? committed.map((c) => c.topic)) {
    const mine = committed.find((c) => c.topic === topic)?.partitions ?? [];
    for (const end of await admin.topicOffsets(topic)) {
      const at = mine.find((p) => p.partition === end.partition)?.offset ?? '-1';
      const from = BigInt(at) < 0n ? BigInt(end.low) : BigInt(at);
      out.push({ topic, partition: end.partition, committed: at, end: end.high, lag: Number(BigInt(end.high) - from) });
    }
  }
  return out.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
}

export async function groupLag(admin: TransportAdmin, groupId: string, topics: string[]): Promise<number> {
  return (await partitionLag(admin, groupId, topics)).reduce((sum, p) => sum + p.lag, 0);
}
