// Computes indicator values for time windows: one SQL statement per fact stream (every measure of
// that stream as a FILTERed aggregate), manual figures from their table, ratios from their parts.
// A value is null when the indicator has no data source yet (its events are not produced), never 0.
import type { SqlExecutor } from '@sti/platform';
import { localDate } from '../periods/period.js';
import { sourceStream } from './source-streams.js';
import { buildStreamQuery, type Grouping, type StreamQuery } from './fact-query.builder.js';
import type { IndicatorDefinition } from './indicator-definition.js';

export interface Measurement {
  /** caller's name for this value (e.g. `current:techmart.listings_published`) */
  key: string;
  code: string;
  from: Date;
  /** exclusive */
  to: Date;
}

export interface Scope {
  provinceCode: string;
  communeCode?: string | undefined;
}

export type Definitions = ReadonlyMap<string, IndicatorDefinition>;

/** True when every fact stream the indicator needs is produced by some service (manual figures count). */
export function hasDataSource(code: string, definitions: Definitions, seen = new Set<string>()): boolean {
  const definition = definitions.get(code);
  if (!definition || seen.has(code)) return false;
  seen.add(code);
  const c = definition.computation;
  switch (c.kind) {
    case 'manual':
      return true;
    case 'ratio':
      return hasDataSource(c.numerator, definitions, seen) && hasDataSource(c.denominator, definitions, seen);
    default:
      return sourceStream(c.stream)?.available === true;
  }
}

type Node =
  | { kind: 'none' }
  | { kind: 'stream'; stream: string; index: number }
  | { kind: 'manual'; code: string; year: number }
  | { kind: 'ratio'; numerator: Node; denominator: Node; scale: number };

export class Evaluation {
  constructor(
    private readonly nodes: Map<string, Node>,
    private readonly streamRows: Map<string, Map<string, number[]>>,
    private readonly manual: Map<string, Map<string, number>>,
    private readonly grouping: Grouping,
  ) {}

  /** The value of a measurement for a group ('' without grouping); null = no data source / undefined ratio. */
  get(key: string, group = ''): number | null {
    const node = this.nodes.get(key);
    return node ? this.value(node, group) : null;
  }

  /** Groups that have any fact or manual figure for the measurement. */
  groups(key: string): Set<string> {
    const out = new Set<string>();
    const collect = (node: Node | undefined) => {
      if (!node) return;
      if (node.kind === 'stream') for (const g of this.streamRows.get(node.stream)?.keys() ?? []) out.add(g);
      if (node.kind === 'manual')
        for (const g of this.manual.get(`${node.code}/${node.year}`)?.keys() ?? []) out.add(g);
      if (node.kind === 'ratio') {
        collect(node.numerator);
        collect(node.denominator);
      }
    };
    collect(this.nodes.get(key));
    return out;
  }

  private value(node: Node, group: string): number | null {
    switch (node.kind) {
      case 'none':
        return null;
      case 'stream':
        return this.streamRows.get(node.stream)?.get(group)?.[node.index] ?? 0;
      case 'manual': {
        // with a time grouping, a bucket takes its year's figure
        const year = this.isTimeGrouping() && group ? Number(group.slice(0, 4)) : node.year;
        return this.manual.get(`${node.code}/${year}`)?.get(this.isTimeGrouping() ? '' : group) ?? null;
      }
      case 'ratio': {
        const n = this.value(node.numerator, group);
        const d = this.value(node.denominator, group);
        if (n === null || d === null || d === 0) return null;
        return (n / d) * node.scale;
      }
    }
  }

  private isTimeGrouping(): boolean {
    return this.grouping !== 'none' && this.grouping !== 'commune';
  }
}

export class IndicatorEvaluator {
  constructor(private readonly db: SqlExecutor) {}

  async evaluate(
    definitions: Definitions,
    measurements: readonly Measurement[],
    scope: Scope,
    grouping: Grouping = 'none',
  ): Promise<Evaluation> {
    const streams = new Map<string, StreamQuery>();
    const manualWanted = new Map<string, { code: string; year: number }>();
    const nodes = new Map<string, Node>();

    const plan = (code: string, from: Date, to: Date, depth: number): Node => {
      const definition = definitions.get(code);
      if (!definition || depth > 8 || !hasDataSource(code, definitions)) return { kind: 'none' };
      const c = definition.computation;
      if (c.kind === 'ratio') {
        return {
          kind: 'ratio',
          numerator: plan(c.numerator, from, to, depth + 1),
          denominator: plan(c.denominator, from, to, depth + 1),
          scale: c.scale,
        };
      }
      if (c.kind === 'manual') {
        // a yearly figure: the year the window ends in (local time)
        const year = Number(localDate(new Date(to.getTime() - 1)).slice(0, 4));
        manualWanted.set(`${code}/${year}`, { code, year });
        if (grouping !== 'none' && grouping !== 'commune') {
          const firstYear = Number(localDate(from).slice(0, 4));
          for (let y = firstYear; y <= year; y++) manualWanted.set(`${code}/${y}`, { code, year: y });
        }
        return { kind: 'manual', code, year };
      }
      let query = streams.get(c.stream);
      if (!query) {
        query = {
          stream: c.stream,
          provinceCode: scope.provinceCode,
          communeCode: scope.communeCode,
          grouping,
          measures: [],
        };
        streams.set(c.stream, query);
      }
      query.measures.push({
        kind: c.kind,
        ...(c.kind === 'count' ? {} : { field: c.field }),
        filters: c.filters,
        from,
        to,
      });
      return { kind: 'stream', stream: c.stream, index: query.measures.length - 1 };
    };
    for (const m of measurements) nodes.set(m.key, plan(m.code, m.from, m.to, 0));

    const streamRows = new Map<string, Map<string, number[]>>();
    for (const [stream, query] of streams) {
      const { text, values } = buildStreamQuery(query);
      const rows = await this.db.query<Record<string, string | number | null>>(text, values);
      const byGroup = new Map<string, number[]>();
      for (const row of rows) {
        byGroup.set(
          String(row.g ?? ''),
          query.measures.map((_, i) => Number(row[`m${i}`] ?? 0)),
        );
      }
      streamRows.set(stream, byGroup);
    }
    const manual = await this.manualValues([...manualWanted.values()], scope, grouping);
    return new Evaluation(nodes, streamRows, manual, grouping);
  }

  /** `code/year` → group → value. The province figure is its own row, else the sum of its communes'. */
  private async manualValues(
    wanted: { code: string; year: number }[],
    scope: Scope,
    grouping: Grouping,
  ): Promise<Map<string, Map<string, number>>> {
    const out = new Map<string, Map<string, number>>();
    if (wanted.length === 0) return out;
    const rows = await this.db.query<{ indicator_code: string; year: number; commune_code: string; value: string }>(
      `SELECT indicator_code, year, commune_code, value::text AS value FROM insights_manual_value
       WHERE province_code = $1 AND indicator_code = ANY($2::text[]) AND year = ANY($3::int[])`,
      [scope.provinceCode, [...new Set(wanted.map((w) => w.code))], [...new Set(wanted.map((w) => w.year))]],
    );
    for (const { code, year } of wanted) {
      const mine = rows.filter((r) => r.indicator_code === code && r.year === year);
      const groups = new Map<string, number>();
      if (grouping === 'commune') {
        for (const r of mine) if (r.commune_code) groups.set(r.commune_code, Number(r.value));
      } else if (scope.communeCode) {
        const row = mine.find((r) => r.commune_code === scope.communeCode);
        if (row) groups.set('', Number(row.value));
      } else {
        const province = mine.find((r) => r.commune_code === '');
        const communes = mine.filter((r) => r.commune_code !== '');
        if (province) groups.set('', Number(province.value));
        else if (communes.length > 0)
          groups.set(
            '',
            communes.reduce((sum, r) => sum + Number(r.value), 0),
          );
      }
      out.set(`${code}/${year}`, groups);
    }
    return out;
  }
}
