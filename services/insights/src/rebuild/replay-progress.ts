// Copied from services/search/src/rebuild/replay-progress.ts (a service does not import another's
// code; a later change may move it to @sti/platform for both).
// How far a replaying consumer has got, and where the history ends: the rebuild is caught up when the
// consumer has applied (or parked) every message up to the end offsets read when it started.
import type {
  BatchHandler,
  CommittedTopicOffsets,
  ConsumerGroupDescription,
  DeadLetterStore,
  EventTransport,
  PartitionOffsets,
  PublishRecord,
  RawMessage,
  SubscribeOptions,
  TransactionRunner,
  TransportSubscription,
} from '@sti/platform';

/** `topic/partition` → the last offset to reach (Kafka: high watermark − 1; in-process: outbox position). */
export type HistoryEnd = Map<string, bigint>;

const slot = (topic: string, partition: number) => `${topic}/${partition}`;

/**
 * Wraps a transport so what a consumer has finished with (applied, skipped or parked) is visible.
 * A transport may hand one partition's messages to several calls at once (the in-process transport's
 * key lanes): a slot's highest offset only counts once no call holding that slot is still running, so
 * a finished lane cannot claim offsets a slower lane is still applying.
 */
export class ReplayProgressTransport implements EventTransport {
  readonly kind: EventTransport['kind'];
  /** `topic/partition` → highest offset finished with, taken when no call on that slot was running */
  readonly reached = new Map<string, bigint>();
  /** ids of events the consumer parked instead of applying */
  readonly parkedEventIds = new Set<string>();
  messages = 0;
  private readonly seen = new Map<string, bigint>();
  private readonly running = new Map<string, number>();
  /** slots where a call failed since they were last idle: the transport delivers those again */
  private readonly failed = new Set<string>();

  constructor(private readonly inner: EventTransport) {
    this.kind = inner.kind;
  }

  publish(records: PublishRecord[]): Promise<void> {
    return this.inner.publish(records);
  }

  publishRaw(topic: string, messages: RawMessage[]): Promise<void> {
    return this.inner.publishRaw(topic, messages);
  }

  ensureTopics(topics: string[]): Promise<void> {
    return this.inner.ensureTopics(topics);
  }

  subscribe(options: SubscribeOptions): Promise<TransportSubscription> {
    const onBatch: BatchHandler = async (messages) => {
      const slots = new Map<string, bigint>();
      for (const message of messages) {
        if (!/^\d+$/.test(message.offset)) continue;
        const key = slot(message.topic, message.partition);
        const offset = BigInt(message.offset);
        if (offset > (slots.get(key) ?? -1n)) slots.set(key, offset);
      }
      for (const key of slots.keys()) this.running.set(key, (this.running.get(key) ?? 0) + 1);
      let finished = false;
      try {
        await options.onBatch(messages);
        finished = true;
        this.messages += messages.length;
      } finally {
        for (const [key, offset] of slots) {
          if (!finished) this.failed.add(key);
          else if (offset > (this.seen.get(key) ?? -1n)) this.seen.set(key, offset);
          const left = (this.running.get(key) ?? 1) - 1;
          this.running.set(key, left);
          if (left > 0) continue;
          const seen = this.seen.get(key);
          if (this.failed.delete(key) || seen === undefined) continue;
          this.reached.set(key, seen);
        }
      }
    };
    return this.inner.subscribe({ ...options, onBatch });
  }

  deadLetterStore(sql: TransactionRunner<unknown>): DeadLetterStore {
    const store = this.inner.deadLetterStore(sql);
    return {
      park: async (entry) => {
        await store.park(entry);
        const id = entry.message.headers.ce_id;
        if (id) this.parkedEventIds.add(id.toLowerCase());
      },
      list: (consumer, topics, page) => store.list(consumer, topics, page),
      markReplayed: (parked, outcome) => store.markReplayed(parked, outcome),
    };
  }

  topicOffsets(topic: string): Promise<PartitionOffsets[]> {
    return this.inner.topicOffsets(topic);
  }

  committedOffsets(group: string, topics?: string[]): Promise<CommittedTopicOffsets[]> {
    return this.inner.committedOffsets(group, topics);
  }

  listGroups(): Promise<string[]> {
    return this.inner.listGroups();
  }

  describeGroup(group: string): Promise<ConsumerGroupDescription> {
    return this.inner.describeGroup(group);
  }

  deleteGroup(group: string): Promise<void> {
    return this.inner.deleteGroup(group);
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  /** true once every slot of `end` is reached; also the messages still to go (approximate) */
  progress(end: HistoryEnd): { done: boolean; remaining: bigint } {
    let remaining = 0n;
    for (const [key, last] of end) {
      const at = this.reached.get(key) ?? -1n;
      if (at < last) remaining += last - at;
    }
    return { done: remaining === 0n, remaining };
  }
}

/**
 * Where the history of `topics` ends now, as the transport reports it: each partition's last offset
 * (Kafka: high watermark − 1, partitions never written left out; in-process: the largest outbox
 * position of the topic in the attached producers' databases).
 */
export async function historyEnd(transport: EventTransport, topics: string[]): Promise<HistoryEnd> {
  const end: HistoryEnd = new Map();
  for (const topic of topics) {
    for (const p of await transport.topicOffsets(topic)) {
      if (BigInt(p.high) > BigInt(p.low)) end.set(slot(topic, p.partition), BigInt(p.high) - 1n);
    }
  }
  return end;
}
