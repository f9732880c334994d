// The search_document table: the durable projection the engine index is derived from. The same
// repository writes the rebuild's shadow table (`search_document_rebuild`) while a rebuild runs.
import type { SqlExecutor } from '@sti/platform';
import type { SearchDocument } from '../engine/index.js';

export const SEARCH_DOCUMENT_TABLE = 'search_document';
/** Where a rebuild replays the history before swapping it in (see ../rebuild/README.md). */
export const SEARCH_DOCUMENT_REBUILD_TABLE = 'search_document_rebuild';

export interface StoredSearchRow {
  id: string;
  version: number;
  deleted: boolean;
  document: SearchDocument | null;
}

/** A removal: the id, the document type to record if no row exists yet, and the removal's version. */
export interface Tombstone {
  id: string;
  type: string;
  version: number;
}

export class SearchDocumentRepository {
  constructor(readonly table: string = SEARCH_DOCUMENT_TABLE) {
    if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`invalid table name ${table}`);
  }

  /**
   * Stores the document only when its version is strictly higher than the row held, live or
   * tombstone: a replayed or late copy never overwrites a newer one nor un-deletes an archived
   * listing (its tombstone carries the archive's version). True when the write took effect.
   */
  async upsert(sql: SqlExecutor, doc: SearchDocument): Promise<boolean> {
    const rows = await sql.query(
      `INSERT INTO ${this.table} AS t (id, type, version, deleted, document, updated_at)
       VALUES ($1, $2, $3, false, $4::jsonb, now())
       ON CONFLICT (id) DO UPDATE
         SET type = EXCLUDED.type, version = EXCLUDED.version, deleted = false,
             document = EXCLUDED.document, updated_at = now()
       WHERE t.version < EXCLUDED.version
       RETURNING id`,
      [doc.id, doc.type, doc.version, JSON.stringify(doc)],
    );
    return rows.length === 1;
  }

  /**
   * Writes a tombstone at `version` (the aggregate's revision when it was removed), also when no row
   * exists yet (the archive overtook the publication): it wins over documents up to that version and
   * blocks any upsert that is not strictly newer. A document newer than the removal stays. True when
   * the write took effect (a live row deleted, a tombstone created or moved to a higher version).
   */
  async markDeleted(sql: SqlExecutor, tombstone: Tombstone): Promise<boolean> {
    const rows = await sql.query(
      `INSERT INTO ${this.table} AS t (id, type, version, deleted, document, updated_at)
       VALUES ($1, $2, $3, true, NULL, now())
       ON CONFLICT (id) DO UPDATE
         SET version = EXCLUDED.version, deleted = true, document = NULL, updated_at = now()
       WHERE (t.deleted AND t.version < EXCLUDED.version) OR (NOT t.deleted AND t.version <= EXCLUDED.version)
       RETURNING id`,
      [tombstone.id, tombstone.type, tombstone.version],
    );
    return rows.length === 1;
  }

  /** The row held for one id (tests, tools). */
  async find(sql: SqlExecutor, id: string): Promise<StoredSearchRow | null> {
    const rows = await sql.query<StoredSearchRow>(
      `SELECT id, version, deleted, document FROM ${this.table} WHERE id = $1`,
      [id],
    );
    const row = rows[0];
    return row ? { ...row, document: parseDocument(row.document) } : null;
  }

  /**
   * Drops tombstones older than the horizon (database clock): after it no late or replayed copy
   * is expected any more (see docs/operations.md, "Search tombstones"). At most `limit` per call.
   */
  async purgeTombstones(sql: SqlExecutor, horizonSeconds: number, limit = 10_000): Promise<number> {
    const rows = await sql.query(
      `DELETE FROM ${this.table} WHERE id IN (
         SELECT id FROM ${this.table}
         WHERE deleted AND updated_at < now() - make_interval(secs => $1) LIMIT $2
       ) RETURNING id`,
      [horizonSeconds, limit],
    );
    return rows.length;
  }

  /**
   * Every row in id order, a page at a time (keyset paging: no OFFSET cost); with `changedSince`,
   * only rows written at or after that time (database clock).
   */
  async *scan(
    sql: SqlExecutor,
    options: { pageSize?: number; changedSince?: Date } = {},
  ): AsyncGenerator<StoredSearchRow[]> {
    const pageSize = options.pageSize ?? 1000;
    const since = options.changedSince ?? null;
    let after = '';
    for (;;) {
      const rows = await sql.query<StoredSearchRow>(
        `SELECT id, version, deleted, document FROM ${this.table}
         WHERE id > $1 AND ($3::timestamptz IS NULL OR updated_at >= $3::timestamptz)
         ORDER BY id LIMIT $2`,
        [after, pageSize, since],
      );
      if (rows.length === 0) return;
      yield rows.map((row) => ({ ...row, document: parseDocument(row.document) }));
      after = rows.at(-1)?.id ?? after;
      if (rows.length < pageSize) return;
    }
  }

  async clear(sql: SqlExecutor): Promise<void> {
    await sql.query(`DELETE FROM ${this.table}`);
  }
}

// pg returns jsonb parsed; PGlite too, but guard against a driver handing back text.
function parseDocument(value: unknown): SearchDocument | null {
  if (value === null || value === undefined) return null;
  return (typeof value === 'string' ? JSON.parse(value) : value) as SearchDocument;
}
