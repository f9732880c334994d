// The search_index_state row: the generation of the projection table (bumped by each rebuild's swap)
// and the lease that keeps two rebuilds of one database from running at once.
import type { SqlExecutor } from '@sti/platform';

/** A lease not renewed for this long belongs to a crashed rebuild and may be taken over. */
export const REBUILD_LEASE_STALE_SECONDS = 60;

export async function readIndexGeneration(sql: SqlExecutor): Promise<number> {
  const rows = await sql.query<{ generation: number }>('SELECT generation FROM search_index_state WHERE id');
  return rows[0]?.generation ?? 0;
}

/** Takes the rebuild lease; answers who holds it when someone else does. */
export async function acquireRebuildLease(
  sql: SqlExecutor,
  owner: string,
): Promise<{ ok: true } | { ok: false; holder: string; since: string }> {
  const taken = await sql.query(
    `UPDATE search_index_state SET rebuild_owner = $1, rebuild_heartbeat = now()
     WHERE id AND (rebuild_owner IS NULL OR rebuild_owner = $1
                   OR rebuild_heartbeat < now() - make_interval(secs => $2))
     RETURNING rebuild_owner`,
    [owner, REBUILD_LEASE_STALE_SECONDS],
  );
  if (taken.length === 1) return { ok: true };
  const rows = await sql.query<{ rebuild_owner: string; rebuild_heartbeat: Date | string }>(
    'SELECT rebuild_owner, rebuild_heartbeat FROM search_index_state WHERE id',
  );
  const row = rows[0];
  return { ok: false, holder: row?.rebuild_owner ?? '?', since: String(row?.rebuild_heartbeat ?? '?') };
}

export async function renewRebuildLease(sql: SqlExecutor, owner: string): Promise<boolean> {
  const rows = await sql.query(
    'UPDATE search_index_state SET rebuild_heartbeat = now() WHERE id AND rebuild_owner = $1 RETURNING id',
    [owner],
  );
  return rows.length === 1;
}

export async function releaseRebuildLease(sql: SqlExecutor, owner: string): Promise<void> {
  await sql.query(
    'UPDATE search_index_state SET rebuild_owner = NULL, rebuild_heartbeat = NULL WHERE id AND rebuild_owner = $1',
    [owner],
  );
}

/** The database clock minus a margin: "rows written since" comparisons use the server's time only. */
export async function databaseTimeMinus(sql: SqlExecutor, seconds: number): Promise<Date> {
  const rows = await sql.query<{ at: Date | string }>('SELECT clock_timestamp() - make_interval(secs => $1) AS at', [
    seconds,
  ]);
  return new Date(rows[0]?.at ?? Date.now() - seconds * 1000);
}
