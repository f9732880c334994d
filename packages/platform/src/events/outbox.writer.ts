// Writes events in the caller's transaction: they exist exactly when the state change commits.
import type { SqlExecutor } from '../database/sql-client.js';
import type { OutgoingEvent } from './event.types.js';

// One statement (one round trip) whatever the count. It first takes a transaction-scoped advisory lock
// per aggregate, in sorted order: writers of one aggregate are serialised until commit, so position order
// = commit order per aggregate and the relay (which reads in position order) never publishes an
// aggregate's events out of order. Positions are drawn only for rows joined to the lock count, i.e.
// after every lock is held, whatever plan PostgreSQL picks; rows are inserted in the given order.
// Every column travels as a text array, which every executor (pg, PGlite, Prisma) passes the same way.
const APPEND_SQL = `WITH locks AS (
  SELECT count(pg_advisory_xact_lock(hashtextextended(a, 0))) AS held
  FROM (SELECT a FROM unnest($10::text[]) AS a ORDER BY a) AS sorted
)
INSERT INTO outbox (id, topic, aggregate_type, aggregate_id, type, source, occurred_at, trace_id, payload)
SELECT e.id::uuid, e.topic, e.aggregate_type, e.aggregate_id, e.type, e.source, e.occurred_at::timestamptz,
       nullif(e.trace_id, ''), decode(e.payload, 'hex')
FROM locks,
     unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
       WITH ORDINALITY AS e(id, topic, aggregate_type, aggregate_id, type, source, occurred_at, trace_id, payload, n)
ORDER BY e.n`;

export async function appendToOutbox(tx: SqlExecutor, events: OutgoingEvent[]): Promise<void> {
  if (events.length === 0) return;
  const aggregates = [...new Set(events.map((e) => `${e.aggregateType}/${e.aggregateId}`))];
  await tx.query(APPEND_SQL, [
    events.map((e) => e.id),
    events.map((e) => e.topic),
    events.map((e) => e.aggregateType),
    events.map((e) => e.aggregateId),
    events.map((e) => e.type),
    events.map((e) => e.source),
    events.map((e) => e.occurredAt.toISOString()),
    events.map((e) => e.traceId ?? ''),
    events.map((e) => Buffer.from(e.payload.buffer, e.payload.byteOffset, e.payload.byteLength).toString('hex')),
    aggregates,
  ]);
}
