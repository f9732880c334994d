// Turns indicator computations into SQL over insights_fact. Pure: builds text and parameters, runs
// nothing. Field and attribute names are validated by the definition schema and still passed as
// parameters; only fixed column names are written into the text.
import { FACT_COLUMNS, type Filter } from './indicator-definition.js';

export class SqlParams {
  readonly values: unknown[] = [];
  add(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }
}

/** A column of the fact row, or the text of one of its attributes. */
export function fieldExpression(field: string, params: SqlParams): string {
  const column = FACT_COLUMNS[field as keyof typeof FACT_COLUMNS];
  if (column) return column === 'amount' ? 'amount::text' : column;
  return `(attributes->>${params.add(field)})`;
}

export function filterExpression(filter: Filter, params: SqlParams): string {
  const field = `coalesce(${fieldExpression(filter.field, params)}, '')`;
  switch (filter.op) {
    case 'eq':
      return `${field} = ${params.add(filter.value)}`;
    case 'neq':
      return `${field} <> ${params.add(filter.value)}`;
    case 'in':
      return `${field} = ANY(${params.add(filter.values)}::text[])`;
  }
}

/** The aggregate for one measure, restricted by its filters and its time window. */
export function measureExpression(
  measure: { kind: 'count' | 'sum' | 'distinct'; field?: string; filters: Filter[]; from: Date; to: Date },
  params: SqlParams,
): string {
  const conditions = [
    `occurred_at >= ${params.add(measure.from)}`,
    `occurred_at < ${params.add(measure.to)}`,
    ...measure.filters.map((f) => filterExpression(f, params)),
  ].join(' AND ');
  switch (measure.kind) {
    case 'count':
      return `count(*) FILTER (WHERE ${conditions})`;
    case 'sum': {
      const field = measure.field ?? 'amount';
      const value =
        field === 'amount'
          ? 'amount'
          : `CASE WHEN ${fieldExpression(field, params)} ~ '^-?[0-9]+(\\.[0-9]+)?$' THEN ${fieldExpression(field, params)}::numeric END`;
      return `coalesce(sum(${value}) FILTER (WHERE ${conditions}), 0)`;
    }
    case 'distinct':
      return `count(DISTINCT nullif(${fieldExpression(measure.field ?? 'entityId', params)}, '')) FILTER (WHERE ${conditions})`;
  }
}

/** Grouping of fact rows: none (one row), per commune, or per local-time period of a grain. */
export type Grouping = 'none' | 'commune' | 'month' | 'quarter' | 'half' | 'year';

const LOCAL = `(occurred_at AT TIME ZONE 'Asia/Ho_Chi_Minh')`;

/**
 * SQL for the group: `bucket` is computed per fact row (kept cheap: a date_trunc in local time),
 * `key` formats each bucket once, after grouping, as parsePeriod's keys (2026-03, 2026-Q1, 2026-H1, 2026).
 */
export function groupExpression(grouping: Grouping): { bucket: string; key: (bucket: string) => string } {
  switch (grouping) {
    case 'none':
      return { bucket: `''`, key: (b) => b };
    case 'commune':
      return { bucket: 'commune_code', key: (b) => b };
    case 'month':
      return { bucket: `date_trunc('month', ${LOCAL})`, key: (b) => `to_char(${b}, 'YYYY-MM')` };
    case 'quarter':
      return { bucket: `date_trunc('quarter', ${LOCAL})`, key: (b) => `to_char(${b}, 'YYYY-"Q"Q')` };
    case 'half':
      return {
        bucket: `date_trunc('quarter', ${LOCAL})`,
        key: (b) => `to_char(${b}, 'YYYY') || CASE WHEN extract(month FROM ${b}) <= 6 THEN '-H1' ELSE '-H2' END`,
      };
    case 'year':
      return { bucket: `date_trunc('year', ${LOCAL})`, key: (b) => `to_char(${b}, 'YYYY')` };
  }
}

export interface StreamQuery {
  stream: string;
  provinceCode: string;
  /** restrict to one commune */
  communeCode?: string | undefined;
  grouping: Grouping;
  measures: { kind: 'count' | 'sum' | 'distinct'; field?: string; filters: Filter[]; from: Date; to: Date }[];
}

/** One statement computing every measure over one stream: columns m0, m1, … per group `g`. */
export function buildStreamQuery(query: StreamQuery): { text: string; values: unknown[] } {
  const params = new SqlParams();
  const from = new Date(Math.min(...query.measures.map((m) => m.from.getTime())));
  const to = new Date(Math.max(...query.measures.map((m) => m.to.getTime())));
  const columns = query.measures.map((m, i) => `${measureExpression(m, params)} AS m${i}`);
  const where = [
    `stream = ${params.add(query.stream)}`,
    'NOT withdrawn',
    `province_code = ${params.add(query.provinceCode)}`,
    `occurred_at >= ${params.add(from)}`,
    `occurred_at < ${params.add(to)}`,
    ...(query.communeCode !== undefined ? [`commune_code = ${params.add(query.communeCode)}`] : []),
  ];
  const group = groupExpression(query.grouping);
  // half-years have no date_trunc unit: their key is computed per row
  const regroup = query.grouping === 'half';
  const inner = `SELECT ${regroup ? group.key(group.bucket) : group.bucket} AS b, ${columns.join(', ')}
    FROM insights_fact WHERE ${where.join(' AND ')} GROUP BY 1`;
  const text = `SELECT ${regroup ? 'b' : group.key('b')} AS g, ${query.measures.map((_, i) => `m${i}`).join(', ')} FROM (${inner}) x`;
  return { text, values: params.values };
}
