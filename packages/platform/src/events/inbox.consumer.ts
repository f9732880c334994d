// A consumer group member: decodes, applies each event once (inbox row in the effect's transaction),
// retries failures with backoff and parks what cannot be applied, so a partition never stops.
import { randomBytes } from 'node:crypto';
import type { DescMessage, MessageShape } from '@bufbuild/protobuf';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { SqlExecutor } from '../database/sql-client.js';
import { newTraceId, runWithTrace } from '../logging/trace-context.js';
import { decodeMessage, errorText } from './cloud-events.codec.js';
import type {
  ConsumedEvent,
  DeadLetterReason,
  DeadLetterStore,
  EventTransport,
  ParkedMessage,
  TransportMessage,
  TransportSubscription,
} from './event.types.js';
import { eventMetrics } from './event.metrics.js';
import {
  DEFAULT_INBOX_RETENTION_MS,
  DEFAULT_REPLAYED_DEAD_LETTER_RETENTION_MS,
  pruneInbox,
  pruneReplayedDeadLetters,
} from './retention.js';
import type { TransactionRunner } from './transaction.runner.js';
import { isTransientInfraError } from './transient-infra-error.js';

/** Method syntax keeps handlers of a specific message type assignable to the map. */
export interface EventHandlers<Tx> {
  [type: string]: { handle(event: ConsumedEvent<never>, tx: Tx): Promise<void> }['handle'];
}

/** A typed handler entry: `handlers: { ...on(OfferPublishedSchema, async (event, tx) => …) }`. */
export function on<Desc extends DescMessage, Tx>(
  schema: Desc,
  handler: (event: ConsumedEvent<MessageShape<Desc>>, tx: Tx) => Promise<void>,
): EventHandlers<Tx> {
  return { [schema.typeName]: handler as EventHandlers<Tx>[string] };
}

export interface RetryPolicy {
  /** attempts before parking, including the first */
  attempts: number;
  initialDelayMs: number;
  maxDelayMs: number;
  factor: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, initialDelayMs: 50, maxDelayMs: 5_000, factor: 2 };

export interface ConsumerOptions<Tx> {
  /** consumer group; also the inbox's `consumer` column. Use `<service>.<purpose>`. */
  group: string;
  topics: string[];
  handlers: EventHandlers<Tx>;
  transactions: TransactionRunner<Tx>;
  transport: EventTransport;
  retry?: Partial<RetryPolicy>;
  /** read the retained history first (a new group rebuilding a projection) */
  fromBeginning?: boolean;
  /** most events applied in one database transaction */
  maxBatchSize?: number;
  /**
   * Retention in this consumer's database (ms; null keeps rows): inbox rows after `inboxMs` (default
   * 120 days), replayed dead-letter rows after `replayedDeadLettersMs` (default 30 days). Pruned every
   * `intervalMs` (default 1 hour) while started, in batches of `batchSize` (500).
   */
  retention?: {
    inboxMs?: number | null;
    replayedDeadLettersMs?: number | null;
    intervalMs?: number;
    batchSize?: number;
  };
  logger?: Logger;
  registry?: Registry;
}

export type ApplyOutcome = 'applied' | 'duplicate' | 'ignored';

export interface Consumer {
  readonly group: string;
  readonly topics: readonly string[];
  readonly deadLetters: DeadLetterStore;
  start(): Promise<void>;
  /** stops fetching, finishes in-flight handlers, commits and leaves the group */
  stop(): Promise<void>;
  /** what the transport calls; resolves once every message is applied, skipped or parked */
  handleBatch(messages: TransportMessage[]): Promise<void>;
  /** applies one parked message (replay); never parks again */
  applyParked(parked: ParkedMessage): Promise<{ ok: true; outcome: ApplyOutcome } | { ok: false; error: string }>;
}

class HandlerError extends Error {
  constructor(readonly original: unknown) {
    super(errorText(original));
  }
}

/** Thrown when a consumer is stopping mid-retry: the message stays uncommitted and is redelivered. */
export class ConsumerStoppingError extends Error {}

export function createConsumer<Tx>(options: ConsumerOptions<Tx>): Consumer {
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const maxBatch = options.maxBatchSize ?? 200;
  const metrics = eventMetrics(options.registry);
  const { group, handlers, transactions, transport, logger } = options;
  const deadLetters = transport.deadLetterStore(transactions as TransactionRunner<unknown>);
  let subscription: TransportSubscription | undefined;
  let stopping = false;
  let pruneTimer: NodeJS.Timeout | undefined;
  let pruning: Promise<void> = Promise.resolve();

  // Several members of a group may prune at once: the deletes are idempotent and small.
  const prune = async () => {
    const retention = options.retention ?? {};
    const inboxMs = retention.inboxMs === undefined ? DEFAULT_INBOX_RETENTION_MS : retention.inboxMs;
    const deadLettersMs =
      retention.replayedDeadLettersMs === undefined
        ? DEFAULT_REPLAYED_DEAD_LETTER_RETENTION_MS
        : retention.replayedDeadLettersMs;
    const shouldContinue = () => !stopping;
    try {
      const inbox =
        inboxMs === null
          ? 0
          : await pruneInbox(batchExecutor(transactions), group, {
              olderThanMs: inboxMs,
              batchSize: retention.batchSize,
              shouldContinue,
            });
      // the Kafka store keeps dead letters on topics (retention by topic config), not in this table
      const replayed =
        deadLettersMs === null || transport.kind === 'kafka'
          ? 0
          : await pruneReplayedDeadLetters(batchExecutor(transactions), group, {
              olderThanMs: deadLettersMs,
              batchSize: retention.batchSize,
              shouldContinue,
            });
      if (inbox + replayed > 0) logger?.info({ consumer: group, inbox, replayed }, 'pruned event tables');
    } catch (error) {
      logger?.warn({ err: error, consumer: group }, 'event table pruning failed; retrying later');
    }
  };

  const count = (outcome: string, n = 1) => {
    if (n > 0) metrics.consumed.inc({ consumer: group, outcome }, n);
  };

  const runHandler = async (event: ConsumedEvent, tx: Tx, traceId: string) => {
    const handler = handlers[event.type];
    if (!handler) return;
    try {
      await runWithTrace(traceId, () => handler(event as ConsumedEvent<never>, tx));
    } catch (error) {
      throw new HandlerError(error);
    }
  };

  // One transaction for a run of events: one inbox statement, the handlers in order, one commit.
  const applyMany = async (events: ConsumedEvent[]): Promise<{ applied: number; duplicates: number }> =>
    transactions.run(async ({ tx, sql }) => {
      const rows = await sql.query<{ event_id: string }>(
        `INSERT INTO inbox (consumer, event_id, event_type)
         SELECT $1, u.id, u.type FROM unnest($2::uuid[], $3::text[]) AS u(id, type)
         ON CONFLICT DO NOTHING RETURNING event_id::text AS event_id`,
        [group, events.map((e) => e.id), events.map((e) => e.type)],
      );
      const fresh = new Set(rows.map((r) => r.event_id.toLowerCase()));
      const traceIds = handlerTraceIds(events);
      let applied = 0;
      for (const [i, event] of events.entries()) {
        // a second copy inside the same batch finds its id already taken
        if (!fresh.delete(event.id.toLowerCase())) continue;
        await runHandler(event, tx, traceIds[i] ?? newTraceId());
        applied++;
      }
      return { applied, duplicates: events.length - applied };
    });

  const applyOne = async (event: ConsumedEvent): Promise<ApplyOutcome> => {
    if (!handlers[event.type]) return 'ignored';
    const { applied } = await applyMany([event]);
    return applied === 1 ? 'applied' : 'duplicate';
  };

  const applyWithRetry = async (
    event: ConsumedEvent,
  ): Promise<{ ok: true; outcome: ApplyOutcome } | { ok: false; error: unknown; attempts: number }> => {
    let delay = retry.initialDelayMs;
    for (let attempt = 1; ; attempt++) {
      try {
        return { ok: true, outcome: await applyOne(event) };
      } catch (error) {
        // Infrastructure failures (database gone) are not the message's fault: never park for them.
        if (isTransientInfraError(error instanceof HandlerError ? error.original : error)) throw error;
        if (attempt >= retry.attempts)
          return { ok: false, error: error instanceof HandlerError ? error.original : error, attempts: attempt };
        if (stopping) throw new ConsumerStoppingError(`consumer ${group} stopping`);
        logger?.warn(
          { err: error, eventId: event.id, type: event.type, attempt, consumer: group },
          'event handler failed; retrying',
        );
        await sleep(delay);
        delay = Math.min(delay * retry.factor, retry.maxDelayMs);
      }
    }
  };

  const park = async (message: TransportMessage, reason: DeadLetterReason, error: string, attempts: number) => {
    await deadLetters.park({ consumer: group, message, reason, error, attempts });
    metrics.deadLettered.inc({ consumer: group, reason });
    count('dead-lettered');
    logger?.error(
      { consumer: group, topic: message.topic, offset: message.offset, reason, error, attempts },
      'message dead-lettered',
    );
  };

  const handleBatch = async (messages: TransportMessage[]) => {
    const runnable: { message: TransportMessage; event: ConsumedEvent }[] = [];
    for (const message of messages) {
      const decoded = decodeMessage(message);
      if (!decoded.ok) await park(message, decoded.reason, decoded.error, 1);
      else if (!handlers[decoded.event.type]) count('ignored');
      else runnable.push({ message, event: decoded.event });
    }
    for (let start = 0; start < runnable.length; start += maxBatch) {
      const chunk = runnable.slice(start, start + maxBatch);
      try {
        const { applied, duplicates } = await applyMany(chunk.map((c) => c.event));
        count('applied', applied);
        count('duplicate', duplicates);
        continue;
      } catch (error) {
        if (isTransientInfraError(error instanceof HandlerError ? error.original : error)) throw error;
      }
      // Something in the chunk failed: apply one by one so only the culprit is retried and parked.
      for (const { message, event } of chunk) {
        const result = await applyWithRetry(event);
        if (result.ok) count(result.outcome);
        else await park(message, 'handler-failed', errorText(result.error), result.attempts);
      }
    }
  };

  return {
    group,
    topics: options.topics,
    deadLetters,
    handleBatch,
    async start() {
      if (subscription) return;
      stopping = false;
      subscription = await transport.subscribe({
        group,
        topics: options.topics,
        fromBeginning: options.fromBeginning,
        onBatch: handleBatch,
      });
      const run = () => {
        pruning = pruning.then(prune);
      };
      run();
      pruneTimer = setInterval(run, options.retention?.intervalMs ?? 60 * 60_000);
      pruneTimer.unref();
    },
    async stop() {
      stopping = true;
      clearInterval(pruneTimer);
      pruneTimer = undefined;
      await pruning;
      const current = subscription;
      subscription = undefined;
      await current?.stop();
    },
    async applyParked(parked) {
      const decoded = decodeMessage(parked.message);
      if (!decoded.ok) return { ok: false, error: `${decoded.reason}: ${decoded.error}` };
      const result = await applyWithRetry(decoded.event);
      if (result.ok) {
        count(result.outcome);
        return result;
      }
      return { ok: false, error: errorText(result.error) };
    },
  };
}

/**
 * The trace each handler runs in: the producer's (traceparent), else a fresh one. Fresh ids come from
 * one random draw per batch (a draw per event was a measurable share of the consumer's CPU).
 */
function handlerTraceIds(events: ConsumedEvent[]): string[] {
  const missing = events.reduce((n, e) => (e.traceId ? n : n + 1), 0);
  const pool = missing > 0 ? randomBytes(16 * missing).toString('hex') : '';
  let next = 0;
  return events.map((e) => {
    if (e.traceId) return e.traceId;
    const id = pool.slice(next * 32, ++next * 32);
    return /^0+$/.test(id) ? newTraceId() : id;
  });
}

/** Each statement in its own short transaction of the consumer's database. */
function batchExecutor(transactions: TransactionRunner<unknown>): SqlExecutor {
  return { query: (text, params) => transactions.run(({ sql }) => sql.query(text, params)) };
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
