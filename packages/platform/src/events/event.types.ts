// Shapes shared by the outbox, the relay, the transports and the consumers.
import type { DescMessage, MessageShape } from '@bufbuild/protobuf';
import type { TransactionRunner } from './transaction.runner.js';

/** An event ready to be written to the outbox (built with `event()`). */
export interface OutgoingEvent {
  /** UUIDv7; also the CloudEvents id and the inbox key downstream */
  id: string;
  /** e.g. techmart.offer.v1 */
  topic: string;
  /** e.g. techmart.offer */
  aggregateType: string;
  /** the Kafka key: order holds per aggregate */
  aggregateId: string;
  /** protobuf full name, e.g. sti.techmart.v1.OfferPublished */
  type: string;
  /** producing service, e.g. /sti/techmart */
  source: string;
  occurredAt: Date;
  traceId: string | undefined;
  /** protobuf binary */
  payload: Uint8Array;
}

/** An outbox row as the relay hands it to a transport. */
export interface PublishRecord extends OutgoingEvent {
  /** outbox position: the publication order within one producing database */
  position: string;
}

/** A message as a transport delivers it, before decoding; the same shape for every adapter. */
export interface TransportMessage {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: Uint8Array | null;
  /** CloudEvents binary-mode headers (ce_*), content-type, traceparent */
  headers: Record<string, string | undefined>;
}

/** A raw message for `publishRaw` (tests, tools): bytes and headers as given, no validation. */
export interface RawMessage {
  key: string | null;
  value: Uint8Array | null;
  headers: Record<string, string>;
}

/** The event a handler receives. */
export interface ConsumedEvent<T = unknown> {
  id: string;
  type: string;
  source: string;
  time: Date;
  /** the aggregate id (CloudEvents subject, Kafka key) */
  subject: string;
  topic: string;
  traceId: string | undefined;
  /** the decoded protobuf message */
  message: T;
  payload: Uint8Array;
  partition: number;
  offset: string;
}

export type TypedConsumedEvent<Desc extends DescMessage> = ConsumedEvent<MessageShape<Desc>>;

export interface BatchHandler {
  /** Resolves when every message is applied or parked; a rejection means "not done, redeliver". */
  (messages: TransportMessage[]): Promise<void>;
}

export interface SubscribeOptions {
  group: string;
  topics: string[];
  /** read the retained history from the start (new groups rebuilding a projection) */
  fromBeginning?: boolean;
  onBatch: BatchHandler;
}

export interface TransportSubscription {
  /** stop fetching, let in-flight batches finish and commit, leave the group */
  stop(): Promise<void>;
}

export type DeadLetterReason = 'handler-failed' | 'malformed' | 'unknown-type' | 'undecodable';

export interface DeadLetterEntry {
  consumer: string;
  message: TransportMessage;
  reason: DeadLetterReason;
  error: string;
  attempts: number;
}

/** A message parked for a consumer, as read back for replay. */
export interface ParkedMessage {
  /** store-specific handle (dead_letter row id, or dlq topic/partition/offset) */
  ref: string;
  consumer: string;
  reason: DeadLetterReason;
  error: string;
  attempts: number;
  eventId: string | undefined;
  eventType: string | undefined;
  parkedAt: Date;
  message: TransportMessage;
}

export interface DeadLetterFilter {
  eventIds?: string[];
  types?: string[];
  reasons?: DeadLetterReason[];
  since?: Date;
  predicate?: (parked: ParkedMessage) => boolean;
}

/** A page of dead letters: `cursor` from the previous page's `nextCursor`; `limit` up to MAX_DEAD_LETTER_PAGE. */
export interface DeadLetterPageRequest {
  cursor?: string;
  limit?: number;
}

export interface DeadLetterPage {
  /** parked and not yet replayed, oldest first within the page */
  items: ParkedMessage[];
  /** undefined on the last page */
  nextCursor: string | undefined;
}

export const DEFAULT_DEAD_LETTER_PAGE = 100;
export const MAX_DEAD_LETTER_PAGE = 500;

export function deadLetterPageLimit(page: DeadLetterPageRequest): number {
  const limit = Math.trunc(page.limit ?? DEFAULT_DEAD_LETTER_PAGE);
  return Math.min(Math.max(limit, 1), MAX_DEAD_LETTER_PAGE);
}

export interface DeadLetterStore {
  park(entry: DeadLetterEntry): Promise<void>;
  /** one page of the consumer's dead letters that were not replayed successfully */
  list(consumer: string, topics: string[], page: DeadLetterPageRequest): Promise<DeadLetterPage>;
  /** records a replay outcome: a successful replay drops the dead letter from every later listing */
  markReplayed(parked: ParkedMessage, outcome: { ok: boolean; error?: string }): Promise<void>;
}

/** One partition of a topic: the first offset still retained and the next offset to be written. */
export interface PartitionOffsets {
  partition: number;
  low: string;
  high: string;
}

/** A group's committed position per partition of a topic (`-1`: nothing committed yet). */
export interface CommittedTopicOffsets {
  topic: string;
  partitions: { partition: number; offset: string }[];
}

export interface ConsumerGroupMember {
  memberId: string;
  clientId: string;
  /** topic → partitions assigned to this member */
  assignment: Record<string, number[]>;
}

export interface ConsumerGroupDescription {
  /** Kafka's group state (`Stable`, `Empty`, `PreparingRebalance`…); in-process `Stable` or `Empty` */
  state: string;
  members: ConsumerGroupMember[];
}

/**
 * The questions tools ask about topics and groups (the rebuild, the stack CLI, tests), in the port's
 * own terms so no client library's types leak out of its adapter.
 */
export interface TransportAdmin {
  /** Per partition of `topic`; a topic never written has its offsets equal. */
  topicOffsets(topic: string): Promise<PartitionOffsets[]>;
  /** What `group` has committed on `topics` (default: every topic it has committed on). */
  committedOffsets(group: string, topics?: string[]): Promise<CommittedTopicOffsets[]>;
  /** The ids of the consumer groups the transport knows. */
  listGroups(): Promise<string[]>;
  describeGroup(group: string): Promise<ConsumerGroupDescription>;
  /** Forgets a group that has no members left (a finished replay's group). */
  deleteGroup(group: string): Promise<void>;
}

/** The port: Kafka when distributed, in-process when embedded. Both pass one contract suite. */
export interface EventTransport extends TransportAdmin {
  readonly kind: 'in-process' | 'kafka';
  /** Publishes in the given order; resolves once the records are durable (see each adapter). */
  publish(records: PublishRecord[]): Promise<void>;
  subscribe(options: SubscribeOptions): Promise<TransportSubscription>;
  /** Where a consumer parks messages; `sql` is the consumer's own database (embedded dead_letter table). */
  deadLetterStore(sql: TransactionRunner<unknown>): DeadLetterStore;
  /** Sends bytes and headers unchecked — for tests and tools, never for application events. */
  publishRaw(topic: string, messages: RawMessage[]): Promise<void>;
  /** Makes sure the topics exist (Kafka: created with the configured partitions and unlimited retention). */
  ensureTopics(topics: string[]): Promise<void>;
  close(): Promise<void>;
}
