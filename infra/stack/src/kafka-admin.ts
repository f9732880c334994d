// Consumer groups seen from the outside: members, their partitions, and lag (`stack-cli lag`, the tests).
// The platform's Kafka transport provides the admin client.
import { createKafkaTransport, type KafkaTransport } from '@sti/platform';

type Admin = Awaited<ReturnType<KafkaTransport['getAdmin']>>;

export async function withKafkaAdmin<T>(brokers: string, work: (admin: Admin) => Promise<T>): Promise<T> {
  const transport = createKafkaTransport({ brokers: brokers.split(','), clientId: 'sti-stack-admin' });
  try {
    return await work(await transport.getAdmin());
  } finally {
    await transport.close();
  }
}

export interface GroupMember {
  memberId: string;
  clientId: string;
  /** topic → partitions assigned to this member */
  assignment: Record<string, number[]>;
}

/** The consumer protocol's MemberAssignment: version, [topic, [partition]], user data. */
export function decodeAssignment(bytes: Buffer): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  if (bytes.length < 6) return out;
  let at = 2; // version
  const topics = bytes.readInt32BE(at);
  at += 4;
  for (let t = 0; t < topics; t++) {
    const length = bytes.readInt16BE(at);
    at += 2;
    const topic = bytes.toString('utf8', at, at + length);
    at += length;
    const count = bytes.readInt32BE(at);
    at += 4;
    const partitions: number[] = [];
    for (let p = 0; p < count; p++) {
      partitions.push(bytes.readInt32BE(at));
      at += 4;
    }
    out[topic] = partitions.sort((a, b) => a - b);
  }
  return out;
}

export async function groupMembers(admin: Admin, groupId: string): Promise<{ state: string; members: GroupMember[] }> {
  const { groups } = await admin.describeGroups([groupId]);
  const group = groups[0];
  return {
    state: group?.state ?? 'Unknown',
    members: (group?.members ?? []).map((m) => ({
      memberId: m.memberId,
      clientId: m.clientId,
      assignment: decodeAssignment(m.memberAssignment),
    })),
  };
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
export async function partitionLag(admin: Admin, groupId: string, topics?: string[]): Promise<PartitionLag[]> {
  const committed = await admin.fetchOffsets({ groupId, ...(topics ? { topics } : {}) });
  const out: PartitionLag[] = [];
  for (const topic of topics ?? committed.map((c) => c.topic)) {
    const mine = committed.find((c) => c.topic === topic)?.partitions ?? [];
    for (const end of await admin.fetchTopicOffsets(topic)) {
      const at = mine.find((p) => p.partition === end.partition)?.offset ?? '-1';
      const from = BigInt(at) < 0n ? BigInt(end.low) : BigInt(at);
      out.push({ topic, partition: end.partition, committed: at, end: end.high, lag: Number(BigInt(end.high) - from) });
    }
  }
  return out.sort((a, b) => a.topic.localeCompare(b.topic) || a.partition - b.partition);
}

export async function groupLag(admin: Admin, groupId: string, topics: string[]): Promise<number> {
  return (await partitionLag(admin, groupId, topics)).reduce((sum, p) => sum + p.lag, 0);
}
