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

export class SearchDocumentRepository {
  constructor(readonly table: string = SEARCH_DOCUMENT_TABLE) {
    if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`invalid table name ${table}`);
  }

  /** Stores the document unless a same-or-newer version is held; true when the write took effect. */
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

  /** Marks an archived listing deleted (kept as a tombstone so older copies cannot resurrect it). */
  async markDeleted(sql: SqlExecutor, id: string): Promise<boolean> {
    const rows = await sql.query(
      `UPDATE ${this.table} SET deleted = true, document = NULL, updated_at = now()
       WHERE id = $1 AND NOT deleted RETURNING id`,
      [id],
    );
    return rows.length === 1;
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
