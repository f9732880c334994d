// Embedded mode: events go from the relay straight to the consumer groups of this process.
// publish() resolves only when every subscribed group applied (or parked) each event, so the relay
// marks rows published only once their effects are durable: at least once, without a broker.
import type { SqlClient } from '../database/sql-client.js';
import { cloudEventHeaders } from './cloud-events.codec.js';
import { tableDeadLetterStore } from './dead-letter.table-store.js';
import { applyLanes, hashKey, splitIntoLanes } from './key-lanes.js';
import type {
  BatchHandler,
  CommittedTopicOffsets,
  ConsumerGroupDescription,
  EventTransport,
  PartitionOffsets,
  PublishRecord,
  RawMessage,
  SubscribeOptions,
  TransportMessage,
  TransportSubscription,
} from './event.types.js';

interface Member {
  onBatch: BatchHandler;
  /** serialises deliveries to one member, like a partition */
  queue: Promise<void>;
  /** live deliveries wait until a fromBeginning catch-up has replayed the history */
  ready: Promise<void>;
}

interface Group {
  topics: Set<string>;
  members: Member[];
}

export interface InProcessTransportOptions {
  /** outbox databases whose published history `fromBeginning` subscriptions replay */
  outboxes?: SqlClient[];
  /** rows read per history page */
  historyPageSize?: number;
  /**
   * Key lanes a group member applies at the same time (3, like the Kafka transport's partitions consumed
   * concurrently): each aggregate stays in one lane, in order; a delivery completes when every lane has.
   */
  lanes?: number;
}

export class InProcessTransport implements EventTransport {
  readonly kind = 'in-process' as const;
  private readonly groups = new Map<string, Group>();
  private readonly outboxes: Set<SqlClient>;
  private rawOffset = 0;

  constructor(private readonly options: InProcessTransportOptions = {}) {
    this.outboxes = new Set(options.outboxes ?? []);
  }

  /** Adds a producing database whose outbox is the history for replays. */
  attachOutbox(sql: SqlClient): void {
    this.outboxes.add(sql);
  }

  async ensureTopics(): Promise<void> {}

  async publish(records: PublishRecord[]): Promise<void> {
    await this.deliver(
      records.map((record) => ({
        topic: record.topic,
        partition: 0,
        offset: record.position,
        key: record.aggregateId,
        value: record.payload,
        headers: cloudEventHeaders(record),
      })),
    );
  }

  async publishRaw(topic: string, messages: RawMessage[]): Promise<void> {
    await this.deliver(
      messages.map((m) => ({
        topic,
        partition: 0,
        offset: `raw-${++this.rawOffset}`,
        key: m.key,
        value: m.value,
        headers: m.headers,
      })),
    );
  }

  async subscribe(options: SubscribeOptions): Promise<TransportSubscription> {
    let group = this.groups.get(options.group);
    if (!group) {
      group = { topics: new Set(options.topics), members: [] };
      this.groups.set(options.group, group);
    }
    for (const topic of options.topics) group.topics.add(topic);
    const member: Member = { onBatch: options.onBatch, queue: Promise.resolve(), ready: Promise.resolve() };
    if (options.fromBeginning) member.ready = this.replayHistory(options.topics, options.onBatch);
    group.members.push(member);
    const owner = group;
    return {
      stop: async () => {
        owner.members = owner.members.filter((m) => m !== member);
        if (owner.members.length === 0) this.groups.delete(options.group);
        // in-flight deliveries finish; later ones go to the remaining members
        await member.queue.catch(() => {});
      },
    };
  }

  /**
   * One partition per topic whose offsets are the producers' outbox positions (what a history replay
   * delivers): `high` is one past the largest position of the topic in any attached outbox.
   */
  async topicOffsets(topic: string): Promise<PartitionOffsets[]> {
    let last = -1n;
    for (const sql of this.outboxes) {
      const rows = await sql.query<{ last: string | null }>(
        'SELECT max(position)::text AS last FROM outbox WHERE topic = $1',
        [topic],
      );
      const value = rows[0]?.last;
      if (value != null && BigInt(value) > last) last = BigInt(value);
    }
    return [{ partition: 0, low: '0', high: (last + 1n).toString() }];
  }

  /** Nothing is committed in-process: delivery completes with `publish`, and the inbox is the position. */
  async committedOffsets(group: string, _topics?: string[]): Promise<CommittedTopicOffsets[]> {
    throw new Error(`the in-process transport keeps no committed offsets (group ${group}): read its inbox`);
  }

  async listGroups(): Promise<string[]> {
    return [...this.groups.keys()].sort();
  }

  async describeGroup(group: string): Promise<ConsumerGroupDescription> {
    const found = this.groups.get(group);
    const members = found?.members ?? [];
    const assignment = Object.fromEntries([...(found?.topics ?? [])].map((topic) => [topic, [0]]));
    return {
      state: members.length > 0 ? 'Stable' : 'Empty',
      members: members.map((_, i) => ({ memberId: `${group}-${i}`, clientId: 'in-process', assignment })),
    };
  }

  async deleteGroup(group: string): Promise<void> {
    if ((this.groups.get(group)?.members.length ?? 0) > 0) throw new Error(`group ${group} still has members`);
    this.groups.delete(group);
  }

  deadLetterStore: EventTransport['deadLetterStore'] = (transactions) => tableDeadLetterStore(transactions);

  async close(): Promise<void> {
    await Promise.all([...this.groups.values()].flatMap((g) => g.members.map((m) => m.queue.catch(() => {}))));
    this.groups.clear();
  }

  private async deliver(messages: TransportMessage[]): Promise<void> {
    const work: Promise<void>[] = [];
    for (const group of this.groups.values()) {
      const members = group.members;
      if (members.length === 0) continue;
      // Members of a group share the work by key, so each aggregate stays on one member, in order.
      const shares = new Map<Member, TransportMessage[]>();
      for (const message of messages) {
        if (!group.topics.has(message.topic)) continue;
        const member = members[hashKey(message.key ?? '') % members.length] as Member;
        const share = shares.get(member) ?? [];
        share.push(message);
        shares.set(member, share);
      }
      const lanes = Math.max(1, this.options.lanes ?? 3);
      // the member was picked with `hash % members`: its lanes use the rest of the hash
      for (const [member, share] of shares) work.push(enqueue(member, splitIntoLanes(share, lanes, members.length)));
    }
    const results = await Promise.allSettled(work);
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }

  // Everything in the producers' outboxes, in position order (also rows not yet published: the
  // live delivery that follows is a duplicate the inbox drops).
  private async replayHistory(topics: string[], onBatch: BatchHandler): Promise<void> {
    const pageSize = this.options.historyPageSize ?? 1_000;
    for (const sql of this.outboxes) {
      let after = '0';
      for (;;) {
        const rows = await sql.query<{
          id: string;
          position: string;
          topic: string;
          aggregate_type: string;
          aggregate_id: string;
          type: string;
          source: string;
          occurred_at: Date | string;
          trace_id: string | null;
          payload: Uint8Array;
        }>(
          `SELECT id::text AS id, position::text AS position, topic, aggregate_type, aggregate_id, type, source, occurred_at, trace_id, payload
           FROM outbox WHERE topic = ANY($1::text[]) AND outbox.position > $2::bigint ORDER BY outbox.position LIMIT $3`,
          [topics, after, pageSize],
        );
        if (rows.length === 0) break;
        await onBatch(
          rows.map((row) => {
            const record: PublishRecord = {
              id: row.id,
              position: row.position,
              topic: row.topic,
              aggregateType: row.aggregate_type,
              aggregateId: row.aggregate_id,
              type: row.type,
              source: row.source,
              occurredAt: new Date(row.occurred_at),
              traceId: row.trace_id ?? undefined,
              payload: row.payload,
            };
            return {
              topic: row.topic,
              partition: 0,
              offset: row.position,
              key: row.aggregate_id,
              value: row.payload,
              headers: cloudEventHeaders(record),
            };
          }),
        );
        after = rows.at(-1)?.position ?? after;
        if (rows.length < pageSize) break;
      }
    }
  }
}

/** One delivery at a time per member; its lanes run together and all settle before the next delivery. */
function enqueue(member: Member, lanes: TransportMessage[][]): Promise<void> {
  const run = member.queue.then(
    () => member.ready,
    () => member.ready,
  );
  const next = run.then(() => applyLanes(lanes, member.onBatch));
  member.queue = next.catch(() => {});
  return next;
}

export function createInProcessTransport(options: InProcessTransportOptions = {}): InProcessTransport {
  return new InProcessTransport(options);
}
