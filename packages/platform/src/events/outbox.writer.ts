// Writes events in the caller's transaction: they exist exactly when the state change commits.
import type { SqlExecutor } from '../database/sql-client.js';
import type { OutgoingEvent } from './event.types.js';

const COLUMNS = 9;
// 9 parameters per row keeps one statement well under PostgreSQL's 65,535-parameter limit.
const ROWS_PER_STATEMENT = 1_000;

export async function appendToOutbox(tx: SqlExecutor, events: OutgoingEvent[]): Promise<void> {
  if (events.length === 0) return;
  // Serialises writers of one aggregate until commit, so position order = commit order per aggregate
  // and the relay (which reads in position order) never publishes an aggregate's events out of order.
  const aggregates = [...new Set(events.map((e) => `${e.aggregateType}/${e.aggregateId}`))].sort();
  await tx.query(`SELECT pg_advisory_xact_lock(hashtextextended(a, 0)) FROM unnest($1::text[]) AS a ORDER BY a`, [
    aggregates,
  ]);
  for (let start = 0; start < events.length; start += ROWS_PER_STATEMENT) {
    const chunk = events.slice(start, start + ROWS_PER_STATEMENT);
    const params: unknown[] = [];
    const rows = chunk.map((e, i) => {
      params.push(e.id, e.topic, e.aggregateType, e.aggregateId, e.type, e.source, e.occurredAt, e.traceId ?? null);
      params.push(Buffer.from(e.payload.buffer, e.payload.byteOffset, e.payload.byteLength));
      const b = i * COLUMNS;
      return `($${b + 1}::uuid, $${b + 2}, $${b + 3}, $${b + 4}, $${b + 5}, $${b + 6}, $${b + 7}::timestamptz, $${b + 8}, $${b + 9}::bytea)`;
    });
    await tx.query(
      `INSERT INTO outbox (id, topic, aggregate_type, aggregate_id, type, source, occurred_at, trace_id, payload)
       VALUES ${rows.join(', ')}`,
      params,
    );
  }
}
