// Indicator definitions in the database: every edit is a new version, the highest is in force.
import type { SqlExecutor } from '@sti/platform';
import { type IndicatorDefinition, indicatorDefinitionSchema } from './indicator-definition.js';

export interface StoredDefinition {
  definition: IndicatorDefinition;
  version: number;
  changedBy: string;
  changedAt: Date;
}

interface Row {
  code: string;
  version: number;
  definition: unknown;
  changed_by: string;
  changed_at: Date;
}

const toStored = (row: Row): StoredDefinition => ({
  definition: indicatorDefinitionSchema.parse(row.definition),
  version: row.version,
  changedBy: row.changed_by,
  changedAt: new Date(row.changed_at),
});

export class IndicatorDefinitionRepository {
  async current(sql: SqlExecutor): Promise<StoredDefinition[]> {
    const rows = await sql.query<Row>(
      `SELECT DISTINCT ON (code) code, version, definition, changed_by, changed_at
       FROM insights_indicator_version ORDER BY code, version DESC`,
    );
    return rows.map(toStored);
  }

  async versions(sql: SqlExecutor, code: string): Promise<StoredDefinition[]> {
    const rows = await sql.query<Row>(
      `SELECT code, version, definition, changed_by, changed_at FROM insights_indicator_version
       WHERE code = $1 ORDER BY version DESC`,
      [code],
    );
    return rows.map(toStored);
  }

  /** Adds a version; `expectedVersion` (optimistic lock) must be the one in force, 0 for a new code. */
  async append(
    sql: SqlExecutor,
    definition: IndicatorDefinition,
    changedBy: string,
    expectedVersion?: number,
  ): Promise<{ ok: true; version: number } | { ok: false; currentVersion: number }> {
    const rows = await sql.query<{ version: number }>(
      'SELECT coalesce(max(version), 0)::int AS version FROM insights_indicator_version WHERE code = $1',
      [definition.code],
    );
    const current = rows[0]?.version ?? 0;
    if (expectedVersion !== undefined && expectedVersion !== current) return { ok: false, currentVersion: current };
    const inserted = await sql.query<{ version: number }>(
      `INSERT INTO insights_indicator_version (code, version, definition, changed_by)
       VALUES ($1, $2, $3::jsonb, $4) ON CONFLICT DO NOTHING RETURNING version`,
      [definition.code, current + 1, JSON.stringify(definition), changedBy],
    );
    if (inserted.length === 0) return { ok: false, currentVersion: current + 1 };
    return { ok: true, version: current + 1 };
  }
}
