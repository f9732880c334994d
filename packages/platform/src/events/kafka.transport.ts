// Distributed mode: topic per aggregate type, key = aggregate id, value = protobuf bytes,
// CloudEvents binary-mode headers. Idempotent producer; consumer groups commit after effects.
import {
  type Admin,
  type Consumer as KafkaConsumer,
  type IHeaders,
  Kafka,
  type KafkaConfig,
  type LogEntry,
  logLevel,
  type Message,
  Partitioners,
  type Producer,
  type RetryOptions,
} from 'kafkajs';
import type { Logger } from 'pino';
import { cloudEventHeaders } from './cloud-events.codec.js';
import { DLQ_REPLAYED_SUFFIX, DLQ_SUFFIX, kafkaDeadLetterStore } from './dead-letter.kafka-store.js';
import { decodeMemberAssignment } from './kafka-assignment.js';
import type {
  CommittedTopicOffsets,
  ConsumerGroupDescription,
  DeadLetterStore,
  EventTransport,
  PartitionOffsets,
  PublishRecord,
  RawMessage,
  SubscribeOptions,
  TransportMessage,
  TransportSubscription,
} from './event.types.js';

export interface KafkaTransportOptions {
  brokers: string[];
  clientId?: string;
  /** partitions of topics this transport creates */
  partitions?: number;
  replicationFactor?: number;
  /** prefixed to every consumer group id: separates environments that share one cluster */
  groupPrefix?: string;
  /** where a group without committed offsets starts when the subscriber does not say (default: only new events) */
  fromBeginningByDefault?: boolean;
  /** messages applied per consumer callback (one database transaction each) */
  consumerChunkSize?: number;
  /** partitions one consumer processes at the same time */
  partitionsConsumedConcurrently?: number;
  sessionTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  retry?: RetryOptions;
  logger?: Logger;
  kafkaConfig?: Partial<KafkaConfig>;
  /**
   * retention of the `.dlq` topics this transport creates (and of the compacted `.dlq.replayed` records);
   * event topics are kept forever (projections are rebuilt from them)
   */
  deadLetterRetentionMs?: number;
}

/** Dead letters (and their replay records) are kept this long by default: 90 days. */
export const DEFAULT_DEAD_LETTER_RETENTION_MS = 90 * 24 * 60 * 60 * 1_000;

// Survives a broker restart of ~30 s: the client retries for about that long before giving up,
// and the consumer restarts itself after a crash.
const DEFAULT_RETRY: RetryOptions = {
  initialRetryTime: 200,
  maxRetryTime: 3_000,
  retries: 12,
  factor: 0.2,
  multiplier: 2,
};

export class KafkaTransport implements EventTransport {
  private probe: Promise<void> | undefined;
  readonly kind = 'kafka' as const;
  readonly kafka: Kafka;
  private producer: Producer | undefined;
  private producerReady: Promise<Producer> | undefined;
  private admin: Admin | undefined;
  private readonly ensured = new Set<string>();
  private readonly subscriptions = new Set<TransportSubscription>();

  constructor(private readonly options: KafkaTransportOptions) {
    const logger = options.logger;
    this.kafka = new Kafka({
      clientId: options.clientId ?? 'sti',
      brokers: options.brokers,
      connectionTimeout: 3_000,
      requestTimeout: 30_000,
      retry: options.retry ?? DEFAULT_RETRY,
      logLevel: logger ? logLevel.WARN : logLevel.NOTHING,
      logCreator: () => (entry: LogEntry) => {
        if (!logger) return;
        const { message, ...extra } = entry.log;
        const line = { kafka: { namespace: entry.namespace, ...extra } };
        if (entry.level <= logLevel.ERROR) logger.error(line, message);
        else logger.warn(line, message);
      },
      ...options.kafkaConfig,
    });
  }

  /** Creates missing topics with the partitions configured and the retention of their kind (topicConfig). */
  async ensureTopics(topics: string[]): Promise<void> {
    const missing = [...new Set(topics)].filter((t) => !this.ensured.has(t));
    if (missing.length === 0) return;
    const admin = await this.getAdmin();
    const existing = new Set(await admin.listTopics());
    const toCreate = missing.filter((t) => !existing.has(t));
    if (toCreate.length > 0) {
      await admin.createTopics({
        waitForLeaders: true,
        topics: toCreate.map((topic) => ({
          topic,
          numPartitions: this.options.partitions ?? 3,
          replicationFactor: this.options.replicationFactor ?? 1,
          configEntries: topicConfig(topic, this.options.deadLetterRetentionMs),
        })),
      });
    }
    for (const t of missing) this.ensured.add(t);
  }

  async publish(records: PublishRecord[]): Promise<void> {
    if (records.length === 0) return;
    const byTopic = new Map<string, Message[]>();
    for (const record of records) {
      const messages = byTopic.get(record.topic) ?? [];
      messages.push({
        key: record.aggregateId,
        value: Buffer.from(record.payload.buffer, record.payload.byteOffset, record.payload.byteLength),
        headers: cloudEventHeaders(record),
        timestamp: String(record.occurredAt.getTime()),
      });
      byTopic.set(record.topic, messages);
    }
    await this.ensureTopics([...byTopic.keys()]);
    await this.send([...byTopic].map(([topic, messages]) => ({ topic, messages })));
  }

  async publishRaw(topic: string, messages: RawMessage[]): Promise<void> {
    await this.ensureTopics([topic]);
    await this.send([
      {
        topic,
        messages: messages.map((m) => ({
          key: m.key,
          value: m.value ? Buffer.from(m.value) : null,
          headers: m.headers,
        })),
      },
    ]);
  }

  async subscribe(options: SubscribeOptions): Promise<TransportSubscription> {
    await this.ensureTopics(options.topics);
    const chunkSize = this.options.consumerChunkSize ?? 200;
    const consumer = this.kafka.consumer({
      groupId: `${this.options.groupPrefix ?? ''}${options.group}`,
      sessionTimeout: this.options.sessionTimeoutMs ?? 10_000,
      heartbeatInterval: this.options.heartbeatIntervalMs ?? 1_000,
      rebalanceTimeout: 30_000,
      maxWaitTimeInMs: 100,
      allowAutoTopicCreation: false,
      retry: { ...(this.options.retry ?? DEFAULT_RETRY), restartOnFailure: async () => true },
    });
    const joined = waitForFirstFetch(consumer);
    await consumer.connect();
    await consumer.subscribe({
      topics: options.topics,
      fromBeginning: options.fromBeginning ?? this.options.fromBeginningByDefault ?? false,
    });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 3,
      eachBatch: async ({ batch, resolveOffset, heartbeat, isRunning, isStale }) => {
        const messages = batch.messages;
        for (let start = 0; start < messages.length; start += chunkSize) {
          // on stop or rebalance: the rest is refetched by whoever owns the partition next
          if (!isRunning() || isStale()) return;
          const chunk = messages.slice(start, start + chunkSize).map(
            (m): TransportMessage => ({
              topic: batch.topic,
              partition: batch.partition,
              offset: m.offset,
              key: m.key ? m.key.toString('utf8') : null,
              value: m.value ? new Uint8Array(m.value.buffer, m.value.byteOffset, m.value.byteLength) : null,
              headers: headersToStrings(m.headers),
            }),
          );
          // A rejection means "not done" (the consumer's database is down, say): redeliver the same chunk
          // here, heartbeating while waiting, so an outage longer than the session does not cost the
          // group membership (kafkajs would retry without heartbeats and then crash the consumer).
          for (let delay = 200; ; delay = Math.min(delay * 2, 5_000)) {
            try {
              await options.onBatch(chunk);
              break;
            } catch (error) {
              if (!isRunning() || isStale()) return;
              this.options.logger?.warn(
                { err: error, topic: batch.topic, partition: batch.partition, group: options.group, retryInMs: delay },
                'batch not applied; redelivering',
              );
              for (let waited = 0; waited < delay && isRunning() && !isStale(); waited += 500) {
                await sleep(Math.min(500, delay - waited));
                await heartbeat();
              }
              if (!isRunning() || isStale()) return;
            }
          }
          const last = chunk.at(-1)?.offset ?? batch.firstOffset() ?? '0';
          resolveOffset(last);
          // effects are committed in the database; now the offset (next to read) follows
          await consumer
            .commitOffsets([{ topic: batch.topic, partition: batch.partition, offset: (BigInt(last) + 1n).toString() }])
            .catch((error: unknown) => {
              throw groupMembershipError(error) ?? error;
            });
          await heartbeat();
        }
      },
    });
    await joined;
    const subscription: TransportSubscription = {
      stop: async () => {
        this.subscriptions.delete(subscription);
        // kafkajs waits for the batch in progress before leaving the group
        await consumer.stop().catch(() => {});
        await consumer.disconnect().catch(() => {});
      },
    };
    this.subscriptions.add(subscription);
    return subscription;
  }

  deadLetterStore(): DeadLetterStore {
    return kafkaDeadLetterStore(this);
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    const producer = this.producer;
    this.producer = undefined;
    this.producerReady = undefined;
    await producer?.disconnect().catch(() => {});
    await this.admin?.disconnect().catch(() => {});
    this.admin = undefined;
  }

  /** Sends with the idempotent producer; on failure the producer is replaced (fresh producer id and sequences). */
  async send(topicMessages: { topic: string; messages: Message[] }[]): Promise<void> {
    const producer = await this.getProducer();
    try {
      await producer.sendBatch({ topicMessages, acks: -1, timeout: 30_000 });
    } catch (error) {
      if (this.producer === producer) {
        this.producer = undefined;
        this.producerReady = undefined;
      }
      await producer.disconnect().catch(() => {});
      throw error;
    }
  }

  /**
   * Readiness: resolves when the cluster answers. One probe at a time: while the broker is down a probe
   * waits for the client's retries, and later calls share it.
   */
  ping(): Promise<void> {
    this.probe ??= this.getAdmin()
      .then((admin) => admin.describeCluster())
      .then(() => undefined)
      .finally(() => {
        this.probe = undefined;
      });
    return this.probe;
  }

  async topicOffsets(topic: string): Promise<PartitionOffsets[]> {
    const admin = await this.getAdmin();
    const offsets = await admin.fetchTopicOffsets(topic);
    return offsets
      .map(({ partition, low, high }) => ({ partition, low, high }))
      .sort((a, b) => a.partition - b.partition);
  }

  async committedOffsets(group: string, topics?: string[]): Promise<CommittedTopicOffsets[]> {
    const admin = await this.getAdmin();
    const committed = await admin.fetchOffsets({ groupId: group, ...(topics ? { topics } : {}) });
    return committed.map(({ topic, partitions }) => ({
      topic,
      partitions: partitions.map(({ partition, offset }) => ({ partition, offset })),
    }));
  }

  async listGroups(): Promise<string[]> {
    const admin = await this.getAdmin();
    return (await admin.listGroups()).groups.map((g) => g.groupId).sort();
  }

  async describeGroup(group: string): Promise<ConsumerGroupDescription> {
    const admin = await this.getAdmin();
    const { groups } = await admin.describeGroups([group]);
    const found = groups[0];
    return {
      state: found?.state ?? 'Unknown',
      members: (found?.members ?? []).map((m) => ({
        memberId: m.memberId,
        clientId: m.clientId,
        assignment: decodeMemberAssignment(m.memberAssignment),
      })),
    };
  }

  async deleteGroup(group: string): Promise<void> {
    const admin = await this.getAdmin();
    await admin.deleteGroups([group]);
  }

  /** kafkajs's admin client, for this adapter's own use: code outside it asks the port (TransportAdmin). */
  async getAdmin(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      await admin.connect();
      this.admin = admin;
    }
    return this.admin;
  }

  private getProducer(): Promise<Producer> {
    this.producerReady ??= (async () => {
      const producer = this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      try {
        await producer.connect();
      } catch (error) {
        this.producerReady = undefined;
        throw error;
      }
      this.producer = producer;
      return producer;
    })();
    return this.producerReady;
  }
}

/**
 * Retention per kind of topic. Event topics are the history projections are rebuilt from (search's
 * rebuild reads them from offset 0): never expired. Dead letters are kept for a window; their replay
 * records are compacted (latest outcome per dead letter) and expire with them.
 */
export function topicConfig(
  topic: string,
  deadLetterRetentionMs = DEFAULT_DEAD_LETTER_RETENTION_MS,
): { name: string; value: string }[] {
  if (topic.endsWith(DLQ_REPLAYED_SUFFIX)) {
    return [
      { name: 'cleanup.policy', value: 'compact,delete' },
      { name: 'retention.ms', value: String(deadLetterRetentionMs) },
    ];
  }
  if (topic.endsWith(DLQ_SUFFIX)) {
    return [
      { name: 'cleanup.policy', value: 'delete' },
      { name: 'retention.ms', value: String(deadLetterRetentionMs) },
    ];
  }
  return [
    { name: 'cleanup.policy', value: 'delete' },
    { name: 'retention.ms', value: '-1' },
    { name: 'retention.bytes', value: '-1' },
  ];
}

function waitForFirstFetch(consumer: KafkaConsumer): Promise<void> {
  // After the first fetch the group has joined and a new group's start offsets are resolved,
  // so anything published from now on is delivered.
  return new Promise((resolve) => {
    const remove = consumer.on(consumer.events.FETCH, () => {
      remove();
      resolve();
    });
  });
}

const MEMBERSHIP_ERRORS = new Set([
  'UNKNOWN_MEMBER_ID',
  'REBALANCE_IN_PROGRESS',
  'NOT_COORDINATOR_FOR_GROUP',
  'ILLEGAL_GENERATION',
]);

/**
 * The protocol error under a failed commit when this member lost its place in the group. kafkajs's
 * `commitOffsets` wraps it in a non-retriable error, which would crash the consumer for good; thrown bare,
 * the runner re-joins the group and the uncommitted messages are fetched again (the inbox drops repeats).
 */
function groupMembershipError(error: unknown): Error | undefined {
  for (let e = error as { type?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; depth++) {
    if (typeof e.type === 'string' && MEMBERSHIP_ERRORS.has(e.type)) return e as Error;
    e = e.cause as typeof e;
  }
  return undefined;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function headersToStrings(headers: IHeaders | undefined): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    out[name] = first === undefined ? undefined : first.toString();
  }
  return out;
}

export function createKafkaTransport(options: KafkaTransportOptions): KafkaTransport {
  return new KafkaTransport(options);
}
