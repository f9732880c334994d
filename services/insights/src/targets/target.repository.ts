// Targets, thresholds and officers' manual figures.
import type { SqlExecutor } from '@sti/platform';
import type { Target, Thresholds } from './trajectory.js';

interface TargetRow {
  indicator_code: string;
  province_code: string;
  commune_code: string;
  year: number;
  baseline_date: string;
  baseline_value: string;
  target_date: string;
  target_value: string;
  note: string;
}

const toTarget = (r: TargetRow): Target => ({
  indicatorCode: r.indicator_code,
  provinceCode: r.province_code,
  communeCode: r.commune_code,
  year: r.year,
  baselineDate: r.baseline_date,
  baselineValue: Number(r.baseline_value),
  targetDate: r.target_date,
  targetValue: Number(r.target_value),
  note: r.note,
});

export class TargetRepository {
  async forProvince(sql: SqlExecutor, provinceCode: string): Promise<Target[]> {
    const rows = await sql.query<TargetRow>(
      `SELECT indicator_code, province_code, commune_code, year, baseline_date::text AS baseline_date,
         baseline_value::text AS baseline_value, target_date::text AS target_date,
         target_value::text AS target_value, note
       FROM insights_target WHERE province_code = $1 ORDER BY indicator_code, commune_code, year`,
      [provinceCode],
    );
    return rows.map(toTarget);
  }

  async save(sql: SqlExecutor, target: Target, changedBy: string): Promise<void> {
    await sql.query(
      `INSERT INTO insights_target (indicator_code, province_code, commune_code, year, baseline_date,
         baseline_value, target_date, target_value, note, changed_by)
       VALUES ($1, $2, $3, $4, $5::date, $6, $7::date, $8, $9, $10)
       ON CONFLICT (indicator_code, province_code, commune_code, year) DO UPDATE SET
         baseline_date = EXCLUDED.baseline_date, baseline_value = EXCLUDED.baseline_value,
         target_date = EXCLUDED.target_date, target_value = EXCLUDED.target_value, note = EXCLUDED.note,
         changed_by = EXCLUDED.changed_by, changed_at = now()`,
      [
        target.indicatorCode,
        target.provinceCode,
        target.communeCode,
        target.year,
        target.baselineDate,
        target.baselineValue,
        target.targetDate,
        target.targetValue,
        target.note,
        changedBy,
      ],
    );
  }

  async remove(sql: SqlExecutor, key: Pick<Target, 'indicatorCode' | 'provinceCode' | 'communeCode' | 'year'>) {
    const rows = await sql.query(
      `DELETE FROM insights_target WHERE indicator_code = $1 AND province_code = $2 AND commune_code = $3 AND year = $4
       RETURNING 1`,
      [key.indicatorCode, key.provinceCode, key.communeCode, key.year],
    );
    return rows.length > 0;
  }

  async thresholds(sql: SqlExecutor): Promise<Map<string, Thresholds>> {
    const rows = await sql.query<{ scope: string; green_at: string; amber_at: string }>(
      'SELECT scope, green_at::text AS green_at, amber_at::text AS amber_at FROM insights_status_threshold',
    );
    return new Map(rows.map((r) => [r.scope, { greenAt: Number(r.green_at), amberAt: Number(r.amber_at) }]));
  }

  async saveThresholds(sql: SqlExecutor, scope: string, thresholds: Thresholds, changedBy: string): Promise<void> {
    await sql.query(
      `INSERT INTO insights_status_threshold (scope, green_at, amber_at, changed_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (scope) DO UPDATE SET green_at = EXCLUDED.green_at, amber_at = EXCLUDED.amber_at,
         changed_by = EXCLUDED.changed_by, changed_at = now()`,
      [scope, thresholds.greenAt, thresholds.amberAt, changedBy],
    );
  }

  async saveManualValue(
    sql: SqlExecutor,
    value: { indicatorCode: string; provinceCode: string; communeCode: string; year: number; value: number },
    changedBy: string,
  ): Promise<void> {
    await sql.query(
      `INSERT INTO insights_manual_value (indicator_code, province_code, commune_code, year, value, changed_by)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (indicator_code, province_code, commune_code, year) DO UPDATE SET value = EXCLUDED.value,
         changed_by = EXCLUDED.changed_by, changed_at = now()`,
      [value.indicatorCode, value.provinceCode, value.communeCode, value.year, value.value, changedBy],
    );
  }
}
