// Retention of the event tables: published outbox rows, inbox rows and replayed dead letters are deleted
// after a window, in small batches (short transactions, no long locks on tables the pipeline writes).
import type { SqlExecutor } from '../database/sql-client.js';

export const DAY_MS = 24 * 60 * 60 * 1_000;

/** Published outbox rows are kept 7 days (Kafka holds the history; the rows only help operators). */
export const DEFAULT_OUTBOX_RETENTION_MS = 7 * DAY_MS;
/**
 * Inbox rows are kept 120 days: longer than any redelivery can come late. Redeliveries are uncommitted
 * offsets and unmarked outbox rows (minutes), and replays of dead letters (kept 90 days on Kafka).
 */
export const DEFAULT_INBOX_RETENTION_MS = 120 * DAY_MS;
/** Replayed dead-letter rows (embedded store) are kept 30 days after their replay, for the record. */
export const DEFAULT_REPLAYED_DEAD_LETTER_RETENTION_MS = 30 * DAY_MS;
export const DEFAULT_PRUNE_BATCH = 500;

export interface PruneOptions {
  olderThanMs: number;
  batchSize?: number;
  /** checked between batches: stop early (a relay losing the lead, a consumer stopping) */
  shouldContinue?: () => boolean;
}

async function pruneInBatches(
  run: (batchSize: number) => Promise<number>,
  { batchSize = DEFAULT_PRUNE_BATCH, shouldContinue = () => true }: PruneOptions,
): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await run(batchSize);
    total += deleted;
    if (deleted < batchSize || !shouldContinue()) return total;
  }
}

function cutoff(olderThanMs: number): string {
  return new Date(Date.now() - olderThanMs).toISOString();
}

/** Deletes outbox rows published before the window; never an unpublished row. */
export function pruneOutbox(sql: SqlExecutor, options: PruneOptions): Promise<number> {
  const before = cutoff(options.olderThanMs);
  return pruneInBatches(async (limit) => {
    const rows = await sql.query<{ n: string }>(
      `WITH gone AS (
         DELETE FROM outbox WHERE id IN (
           SELECT id FROM outbox WHERE published_at IS NOT NULL AND published_at < $1::timestamptz
           ORDER BY position LIMIT $2::int)
         RETURNING 1)
       SELECT count(*)::text AS n FROM gone`,
      [before, limit],
    );
    return Number(rows[0]?.n ?? 0);
  }, options);
}

/** Deletes one consumer's inbox rows processed before the window. */
export function pruneInbox(sql: SqlExecutor, consumer: string, options: PruneOptions): Promise<number> {
  const before = cutoff(options.olderThanMs);
  return pruneInBatches(async (limit) => {
    const rows = await sql.query<{ n: string }>(
      `WITH gone AS (
         DELETE FROM inbox i USING (
           SELECT event_id FROM inbox WHERE consumer = $1 AND processed_at < $2::timestamptz LIMIT $3::int) old
         WHERE i.consumer = $1 AND i.event_id = old.event_id
         RETURNING 1)
       SELECT count(*)::text AS n FROM gone`,
      [consumer, before, limit],
    );
    return Number(rows[0]?.n ?? 0);
  }, options);
}

/** Deletes one consumer's dead-letter rows replayed before the window; pending ones are never deleted. */
export function pruneReplayedDeadLetters(sql: SqlExecutor, consumer: string, options: PruneOptions): Promise<number> {
  const before = cutoff(options.olderThanMs);
  return pruneInBatches(async (limit) => {
    const rows = await sql.query<{ n: string }>(
      `WITH gone AS (
         DELETE FROM dead_letter WHERE id IN (
           SELECT id FROM dead_letter WHERE consumer = $1 AND replayed_at IS NOT NULL AND replayed_at < $2::timestamptz
           LIMIT $3::int)
         RETURNING 1)
       SELECT count(*)::text AS n FROM gone`,
      [consumer, before, limit],
    );
    return Number(rows[0]?.n ?? 0);
  }, options);
}
