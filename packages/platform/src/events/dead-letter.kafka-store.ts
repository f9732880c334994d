// Kafka dead letters: parked on `<topic>.dlq` (original key, bytes and headers plus x-dlq-* headers);
// replays recorded on the compacted `<topic>.dlq.replayed`, keyed by consumer and dead letter, so a
// replayed dead letter is skipped by every later listing and replay, from any process.
import { randomUUID } from 'node:crypto';
import type { IHeaders } from 'kafkajs';
import {
  type DeadLetterPage,
  type DeadLetterReason,
  type DeadLetterStore,
  deadLetterPageLimit,
  type ParkedMessage,
  type TransportMessage,
} from './event.types.js';
import type { KafkaTransport } from './kafka.transport.js';

export const DLQ_SUFFIX = '.dlq';
export const DLQ_REPLAYED_SUFFIX = '.dlq.replayed';

/** partition → next offset to read */
type Positions = Map<number, bigint>;

interface ReplayMark {
  ok: boolean;
  error?: string;
  at: string;
}

export function kafkaDeadLetterStore(transport: KafkaTransport): DeadLetterStore {
  // what this store has read of each `.dlq.replayed` topic: read on from there on the next listing
  const marks = new Map<string, { next: Positions; byKey: Map<string, ReplayMark> }>();

  const refreshMarks = async (topic: string) => {
    const replayed = `${topic}${DLQ_REPLAYED_SUFFIX}`;
    await transport.ensureTopics([replayed]);
    const state = marks.get(replayed) ?? { next: new Map(), byKey: new Map() };
    marks.set(replayed, state);
    const { messages, next } = await readRange(transport, replayed, state.next, Number.POSITIVE_INFINITY);
    for (const m of messages) {
      if (!m.key) continue;
      if (m.value === null) state.byKey.delete(m.key);
      else state.byKey.set(m.key, JSON.parse(Buffer.from(m.value).toString('utf8')) as ReplayMark);
    }
    state.next = next;
    return state.byKey;
  };

  return {
    async park({ consumer, message, reason, error, attempts }) {
      const dlq = `${message.topic}${DLQ_SUFFIX}`;
      await transport.ensureTopics([dlq]);
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(message.headers)) if (value !== undefined) headers[name] = value;
      Object.assign(headers, {
        'x-dlq-error': error.slice(0, 2_000),
        'x-dlq-reason': reason,
        'x-dlq-consumer': consumer,
        'x-dlq-attempts': String(attempts),
        'x-dlq-original-topic': message.topic,
        'x-dlq-original-partition': String(message.partition),
        'x-dlq-original-offset': message.offset,
        'x-dlq-time': new Date().toISOString(),
      });
      await transport.send([
        {
          topic: dlq,
          messages: [{ key: message.key, value: message.value ? Buffer.from(message.value) : null, headers }],
        },
      ]);
    },

    async list(consumer, topics, page): Promise<DeadLetterPage> {
      const limit = deadLetterPageLimit(page);
      const cursor = decodeCursor(page.cursor);
      const items: ParkedMessage[] = [];
      let more = false;
      for (const topic of [...new Set(topics)].sort()) {
        const dlq = `${topic}${DLQ_SUFFIX}`;
        if (items.length >= limit) {
          more ||= await hasUnread(transport, dlq, cursor[dlq]);
          continue;
        }
        await transport.ensureTopics([dlq]);
        const replayed = await refreshMarks(topic);
        const from = new Map(Object.entries(cursor[dlq] ?? {}).map(([p, o]) => [Number(p), BigInt(o)]));
        const read = await readRange(transport, dlq, from, limit - items.length, (m) => {
          if (m.headers['x-dlq-consumer'] !== consumer) return false;
          return replayed.get(markKey(consumer, refOf(m)))?.ok !== true;
        });
        for (const m of read.messages)
          items.push(toParked(consumer, topic, m, replayed.get(markKey(consumer, refOf(m)))));
        cursor[dlq] = Object.fromEntries([...read.next].map(([p, o]) => [String(p), o.toString()]));
        more ||= !read.complete;
      }
      items.sort((a, b) => a.parkedAt.getTime() - b.parkedAt.getTime());
      return { items, nextCursor: more ? encodeCursor(cursor) : undefined };
    },

    async markReplayed(parked, outcome) {
      const replayed = `${parked.message.topic}${DLQ_REPLAYED_SUFFIX}`;
      await transport.ensureTopics([replayed]);
      const mark: ReplayMark = { ok: outcome.ok, error: outcome.error, at: new Date().toISOString() };
      const key = markKey(parked.consumer, parked.ref);
      await transport.send([{ topic: replayed, messages: [{ key, value: Buffer.from(JSON.stringify(mark)) }] }]);
      marks.get(replayed)?.byKey.set(key, mark);
    },
  };
}

function refOf(m: TransportMessage): string {
  return `${m.topic}/${m.partition}/${m.offset}`;
}

function markKey(consumer: string, ref: string): string {
  return `${consumer}|${ref}`;
}

function toParked(consumer: string, topic: string, m: TransportMessage, mark: ReplayMark | undefined): ParkedMessage {
  const { headers } = m;
  const original: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers)) if (!name.startsWith('x-dlq-')) original[name] = value;
  return {
    ref: refOf(m),
    consumer,
    reason: (headers['x-dlq-reason'] ?? 'handler-failed') as DeadLetterReason,
    // a failed replay's error is newer than the one recorded when parking
    error: mark?.error ?? headers['x-dlq-error'] ?? '',
    attempts: Number(headers['x-dlq-attempts'] ?? 0),
    eventId: headers.ce_id,
    eventType: headers.ce_type,
    parkedAt: new Date(headers['x-dlq-time'] ?? 0),
    message: {
      topic: headers['x-dlq-original-topic'] ?? topic,
      partition: Number(headers['x-dlq-original-partition'] ?? 0),
      offset: headers['x-dlq-original-offset'] ?? '0',
      key: m.key,
      value: m.value,
      headers: original,
    },
  };
}

type Cursor = Record<string, Record<string, string>>;

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(cursor: string | undefined): Cursor {
  if (!cursor) return {};
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (parsed && typeof parsed === 'object') return parsed as Cursor;
  } catch {}
  throw new Error('invalid dead-letter cursor');
}

async function endOffsets(transport: KafkaTransport, topic: string): Promise<{ low: Positions; high: Positions }> {
  const admin = await transport.getAdmin();
  const low: Positions = new Map();
  const high: Positions = new Map();
  for (const p of await admin.fetchTopicOffsets(topic)) {
    low.set(p.partition, BigInt(p.low));
    high.set(p.partition, BigInt(p.high));
  }
  return { low, high };
}

async function hasUnread(
  transport: KafkaTransport,
  topic: string,
  from: Record<string, string> | undefined,
): Promise<boolean> {
  await transport.ensureTopics([topic]);
  const { low, high } = await endOffsets(transport, topic);
  for (const [partition, end] of high) {
    const start = from?.[String(partition)] ? BigInt(from[String(partition)] as string) : (low.get(partition) ?? 0n);
    if (start < end) return true;
  }
  return false;
}

/**
 * Reads `topic` from the given positions (else each partition's start) up to the end offsets seen now,
 * keeping at most `limit` messages that pass `accept`; `next` is where the following read starts and
 * `complete` whether every partition was read to its end. One throwaway consumer group per call.
 */
async function readRange(
  transport: KafkaTransport,
  topic: string,
  from: Positions,
  limit: number,
  accept: (m: TransportMessage) => boolean = () => true,
): Promise<{ messages: TransportMessage[]; next: Positions; complete: boolean }> {
  const { low, high } = await endOffsets(transport, topic);
  const next: Positions = new Map();
  const pending = new Set<number>();
  for (const [partition, end] of high) {
    const start = from.get(partition) ?? low.get(partition) ?? 0n;
    const begin = start < (low.get(partition) ?? 0n) ? (low.get(partition) ?? 0n) : start;
    next.set(partition, begin);
    if (begin < end) pending.add(partition);
  }
  const messages: TransportMessage[] = [];
  if (pending.size === 0) return { messages, next, complete: true };
  const groupId = `dlq-reader.${randomUUID()}`;
  const consumer = transport.kafka.consumer({ groupId, maxWaitTimeInMs: 100, allowAutoTopicCreation: false });
  let full = false;
  try {
    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out reading ${topic}`)), 60_000);
      const finish = () => {
        clearTimeout(timer);
        resolve();
      };
      consumer
        .run({
          autoCommit: false,
          eachMessage: async ({ partition, message }) => {
            const offset = BigInt(message.offset);
            const at = next.get(partition);
            const end = high.get(partition);
            // before the seek lands, or already read, or past the end seen at the start
            if (full || at === undefined || end === undefined || offset < at || offset >= end) return;
            const m: TransportMessage = {
              topic,
              partition,
              offset: message.offset,
              key: message.key ? message.key.toString('utf8') : null,
              value: message.value ? new Uint8Array(message.value) : null,
              headers: headersToStrings(message.headers),
            };
            if (accept(m)) messages.push(m);
            next.set(partition, offset + 1n);
            if (offset + 1n >= end) pending.delete(partition);
            if (messages.length >= limit) full = true;
            if (full || pending.size === 0) finish();
          },
        })
        .then(() => {
          for (const partition of pending) {
            consumer.seek({ topic, partition, offset: (next.get(partition) ?? 0n).toString() });
          }
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect().catch(() => {});
    const admin = await transport.getAdmin();
    await admin.deleteGroups([groupId]).catch(() => {});
  }
  return { messages, next, complete: pending.size === 0 };
}

function headersToStrings(headers: IHeaders | undefined): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    out[name] = first === undefined ? undefined : first.toString();
  }
  return out;
}
