// The projection's effect log: one row per handled event, written in the projector's transaction.
// It answers "what did event X do to the index" and lets tests count effects, not inbox rows.
import type { ConsumedEvent, SqlExecutor } from '@sti/platform';

export const SEARCH_PROJECTION_LOG_TABLE = 'search_projection_log';

export type ProjectionOutcome = 'upserted' | 'deleted' | 'stale';

export interface ProjectionHistoryRow {
  eventId: string;
  eventType: string;
  documentId: string;
  version: number;
  outcome: ProjectionOutcome;
}

export async function recordProjectionHistory(
  sql: SqlExecutor,
  entry: { event: Pick<ConsumedEvent, 'id' | 'type'>; documentId: string; version: number; outcome: ProjectionOutcome },
): Promise<void> {
  await sql.query(
    `INSERT INTO ${SEARCH_PROJECTION_LOG_TABLE} (event_id, event_type, document_id, version, outcome)
     VALUES ($1, $2, $3, $4, $5)`,
    [entry.event.id, entry.event.type, entry.documentId, entry.version, entry.outcome],
  );
}

/** What the projector did for one document, oldest first. */
export async function projectionHistory(sql: SqlExecutor, documentId: string): Promise<ProjectionHistoryRow[]> {
  return sql.query<ProjectionHistoryRow>(
    `SELECT event_id::text AS "eventId", event_type AS "eventType", document_id AS "documentId", version, outcome
     FROM ${SEARCH_PROJECTION_LOG_TABLE} WHERE document_id = $1 ORDER BY seq`,
    [documentId],
  );
}

/** Drops log rows older than the horizon (the tombstones' horizon). At most `limit` per call. */
export async function purgeProjectionHistory(
  sql: SqlExecutor,
  horizonSeconds: number,
  limit = 50_000,
): Promise<number> {
  const rows = await sql.query(
    `DELETE FROM ${SEARCH_PROJECTION_LOG_TABLE} WHERE seq IN (
       SELECT seq FROM ${SEARCH_PROJECTION_LOG_TABLE}
       WHERE recorded_at < now() - make_interval(secs => $1) LIMIT $2
     ) RETURNING seq`,
    [horizonSeconds, limit],
  );
  return rows.length;
}
