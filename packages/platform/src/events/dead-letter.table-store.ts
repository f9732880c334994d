// Embedded dead letters: a `dead_letter` row in the consumer's own database.
import { uuidv7 } from 'uuidv7';
import {
  type DeadLetterEntry,
  type DeadLetterReason,
  type DeadLetterStore,
  deadLetterPageLimit,
  type ParkedMessage,
} from './event.types.js';
import type { TransactionRunner } from './transaction.runner.js';

interface DeadLetterRow {
  id: string;
  consumer: string;
  topic: string;
  message_partition: number | null;
  message_offset: string | null;
  message_key: string | null;
  event_id: string | null;
  event_type: string | null;
  headers: Record<string, string> | string;
  payload: Uint8Array | null;
  reason: string;
  error: string;
  attempts: number;
  created_at: Date | string;
}

export function tableDeadLetterStore(transactions: TransactionRunner<unknown>): DeadLetterStore {
  return {
    async park({ consumer, message, reason, error, attempts }: DeadLetterEntry) {
      const payload = message.value
        ? Buffer.from(message.value.buffer, message.value.byteOffset, message.value.byteLength)
        : null;
      await transactions.run(({ sql }) =>
        sql.query(
          `INSERT INTO dead_letter (id, consumer, topic, message_partition, message_offset, message_key, event_id, event_type, headers, payload, reason, error, attempts)
           VALUES ($1::uuid, $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10::bytea, $11, $12, $13)`,
          [
            uuidv7(),
            consumer,
            message.topic,
            message.partition,
            message.offset,
            message.key,
            message.headers.ce_id ?? null,
            message.headers.ce_type ?? null,
            JSON.stringify(message.headers),
            payload,
            reason,
            error,
            attempts,
          ],
        ),
      );
    },
    async list(consumer, _topics, page) {
      const limit = deadLetterPageLimit(page);
      // uuidv7 ids follow parking time: the id is the cursor
      const rows = await transactions.run(({ sql }) =>
        sql.query<DeadLetterRow>(
          `SELECT id::text AS id, consumer, topic, message_partition, message_offset, message_key, event_id, event_type,
                  headers, payload, reason, error, attempts, created_at
           FROM dead_letter WHERE consumer = $1 AND replayed_at IS NULL AND ($2::uuid IS NULL OR id > $2::uuid)
           ORDER BY id LIMIT $3::int`,
          [consumer, page.cursor ?? null, limit + 1],
        ),
      );
      const items = rows.slice(0, limit).map(toParked);
      return { items, nextCursor: rows.length > limit ? items.at(-1)?.ref : undefined };
    },
    async markReplayed(parked, outcome) {
      await transactions.run(({ sql }) =>
        sql.query(
          `UPDATE dead_letter SET replay_count = replay_count + 1,
             replayed_at = CASE WHEN $2 THEN now() ELSE replayed_at END,
             error = CASE WHEN $2 THEN error ELSE $3 END
           WHERE id = $1::uuid`,
          [parked.ref, outcome.ok, outcome.error ?? ''],
        ),
      );
    },
  };
}

function toParked(row: DeadLetterRow): ParkedMessage {
  const headers = typeof row.headers === 'string' ? (JSON.parse(row.headers) as Record<string, string>) : row.headers;
  return {
    ref: row.id,
    consumer: row.consumer,
    reason: row.reason as DeadLetterReason,
    error: row.error,
    attempts: Number(row.attempts),
    eventId: row.event_id ?? undefined,
    eventType: row.event_type ?? undefined,
    parkedAt: new Date(row.created_at),
    message: {
      topic: row.topic,
      partition: row.message_partition ?? 0,
      offset: row.message_offset ?? '0',
      key: row.message_key,
      value: row.payload ? new Uint8Array(row.payload) : null,
      headers,
    },
  };
}
