// The sequence-checking workload used by the contract suite, the crash tests and the benchmark:
// events carry a per-aggregate sequence number (OfferSubmitted.revision) and the effect records
// every application plus any gap or reordering.
import { OfferSubmittedSchema } from '@sti/contracts';
import type { SqlClient, SqlExecutor } from '../../database/sql-client.js';
import { event } from '../event.builder.js';
import type { ConsumedEvent } from '../event.types.js';
import { type EventHandlers, on } from '../inbox.consumer.js';
import { appendToOutbox } from '../outbox.writer.js';

export function aggregateIds(count: number, prefix = 'agg'): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}-${String(i).padStart(4, '0')}`);
}

/** Writes `perAggregate` events for each aggregate, one transaction per round (seq 1..perAggregate). */
export async function writeSequencedEvents(
  sql: SqlClient,
  options: {
    topic: string;
    aggregates: string[];
    perAggregate: number;
    fromSeq?: number;
    pauseMs?: number;
    writers?: number;
  },
): Promise<void> {
  const from = options.fromSeq ?? 1;
  const writers = options.writers ?? 1;
  // several writers take disjoint slices of the aggregates, as concurrent requests would
  const slices = Array.from({ length: writers }, (_, w) => options.aggregates.filter((_, i) => i % writers === w));
  await Promise.all(
    slices.map(async (slice) => {
      for (let seq = from; seq < from + options.perAggregate; seq++) {
        await sql.transaction((tx) =>
          appendToOutbox(
            tx,
            slice.map((id) => sequencedEvent(options.topic, id, seq)),
          ),
        );
        if (options.pauseMs) await new Promise((r) => setTimeout(r, options.pauseMs));
      }
    }),
  );
}

export function sequencedEvent(topic: string, aggregateId: string, seq: number) {
  return event(
    OfferSubmittedSchema,
    { offerId: aggregateId, revision: seq },
    { topic, aggregateType: topic.replace(/\.v\d+$/, ''), aggregateId },
  );
}

/** The effect: one row per application, plus a violation row when seq is not last+1. */
export async function applySequenced(
  tx: SqlExecutor,
  consumer: string,
  event: ConsumedEvent<{ offerId: string; revision: number }>,
) {
  await tx.query(
    `WITH old AS (SELECT last_seq FROM progress WHERE consumer = $1 AND aggregate_id = $2),
     up AS (INSERT INTO progress (consumer, aggregate_id, last_seq) VALUES ($1, $2, $3)
            ON CONFLICT (consumer, aggregate_id) DO UPDATE SET last_seq = EXCLUDED.last_seq),
     v AS (INSERT INTO violation (consumer, aggregate_id, expected, got)
           SELECT $1, $2, coalesce((SELECT last_seq FROM old), 0) + 1, $3
           WHERE coalesce((SELECT last_seq FROM old), 0) + 1 <> $3)
     INSERT INTO effect (consumer, event_id, aggregate_id, seq, lag_ms)
     VALUES ($1, $4::uuid, $2, $3, extract(epoch FROM clock_timestamp() - $5::timestamptz) * 1000)`,
    [consumer, event.message.offerId, event.message.revision, event.id, event.time.toISOString()],
  );
}

export function sequencedHandlers(
  consumer: string,
  options: { failWhen?: (e: ConsumedEvent<{ offerId: string; revision: number }>) => boolean } = {},
): EventHandlers<SqlExecutor> {
  return on(OfferSubmittedSchema, async (e, tx: SqlExecutor) => {
    if (options.failWhen?.(e)) throw new Error(`poison: ${e.message.offerId}#${e.message.revision}`);
    await applySequenced(tx, consumer, e);
  });
}

export interface PipelineCheck {
  effects: number;
  distinctEvents: number;
  violations: number;
  unpublished: number;
}

export async function checkPipeline(sql: SqlClient, consumer: string): Promise<PipelineCheck> {
  const [row] = await sql.query<{ effects: string; distinct_events: string; violations: string; unpublished: string }>(
    `SELECT (SELECT count(*) FROM effect WHERE consumer = $1)::text AS effects,
            (SELECT count(DISTINCT event_id) FROM effect WHERE consumer = $1)::text AS distinct_events,
            (SELECT count(*) FROM violation WHERE consumer = $1)::text AS violations,
            (SELECT count(*) FROM outbox WHERE published_at IS NULL)::text AS unpublished`,
    [consumer],
  );
  return {
    effects: Number(row?.effects),
    distinctEvents: Number(row?.distinct_events),
    violations: Number(row?.violations),
    unpublished: Number(row?.unpublished),
  };
}

export async function waitFor<T>(
  probe: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs: number,
  label = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T = await probe();
  while (!done(last)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${label}; last: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 100));
    last = await probe();
  }
  return last;
}
