// The insights application service: indicator values per period and commune against their targets,
// time series against the trajectory, and the admin edits of definitions, targets and thresholds.
import type { SqlClient } from '@sti/platform';
import { definitionSetProblems, type IndicatorDefinition } from '../indicators/indicator-definition.js';
import { IndicatorDefinitionRepository, type StoredDefinition } from '../indicators/indicator-definition.repository.js';
import {
  type Definitions,
  hasDataSource,
  IndicatorEvaluator,
  type Measurement,
} from '../indicators/indicator-evaluator.js';
import { SOURCE_STREAMS, sourceStream } from '../indicators/source-streams.js';
import {
  type Grain,
  localDate,
  localDayStart,
  type Period,
  PeriodError,
  parsePeriod,
  periodsBetween,
  previousPeriod,
} from '../periods/period.js';
import { TargetRepository } from '../targets/target.repository.js';
import {
  expectedValue,
  governingTarget,
  statusOf,
  type Target,
  type Thresholds,
  thresholdsFor,
} from '../targets/trajectory.js';
import {
  codeMismatch,
  invalidDefinition,
  invalidPeriod,
  staleDefinition,
  unknownIndicator,
} from '../shared/problems.js';
import type { CommuneRow, CommuneTable, IndicatorView, LocalityView, Overview, Series, Tile } from './report.schema.js';

export interface InsightsServiceOptions {
  db: SqlClient;
  /** the province this installation reports for */
  provinceCode: string;
  clock?: () => Date;
  /** how long definitions are cached (another instance's edit shows within this) */
  definitionCacheMs?: number;
}

type Summary = Pick<
  Tile,
  'code' | 'name' | 'unit' | 'unitCode' | 'piiPillar' | 'cumulative' | 'public' | 'hasDataSource'
>;

/** Level indicators (ratios, manual figures) compare their value itself with the trajectory. */
const isLevel = (d: IndicatorDefinition) => d.computation.kind === 'ratio' || d.computation.kind === 'manual';

const trendOf = (current: number | null, previous: number | null) =>
  current === null || previous === null ? null : current > previous ? 'up' : current < previous ? 'down' : 'flat';

function periodView(p: Period) {
  return { key: p.key, grain: p.grain, startDate: p.startDate, endDate: p.endDate, label: p.label };
}

export class InsightsService {
  readonly provinceCode: string;
  private readonly db: SqlClient;
  private readonly clock: () => Date;
  private readonly evaluator: IndicatorEvaluator;
  private readonly definitionsRepo = new IndicatorDefinitionRepository();
  private readonly targetsRepo = new TargetRepository();
  private cache: { at: number; stored: StoredDefinition[] } | undefined;
  private readonly cacheMs: number;

  constructor(options: InsightsServiceOptions) {
    this.db = options.db;
    this.provinceCode = options.provinceCode;
    this.clock = options.clock ?? (() => new Date());
    this.evaluator = new IndicatorEvaluator(options.db);
    this.cacheMs = options.definitionCacheMs ?? 30_000;
  }

  // ---- definitions ----

  async storedDefinitions(): Promise<StoredDefinition[]> {
    const now = Date.now();
    if (!this.cache || now - this.cache.at > this.cacheMs) {
      this.cache = { at: now, stored: await this.definitionsRepo.current(this.db) };
    }
    return this.cache.stored;
  }

  async definitionMap(): Promise<Map<string, IndicatorDefinition>> {
    return new Map((await this.storedDefinitions()).map((s) => [s.definition.code, s.definition]));
  }

  async indicators(): Promise<IndicatorView[]> {
    const stored = await this.storedDefinitions();
    const map = new Map(stored.map((s) => [s.definition.code, s.definition]));
    return [...stored]
      .sort((a, b) => a.definition.order - b.definition.order || a.definition.code.localeCompare(b.definition.code))
      .map((s) => this.indicatorView(s, map));
  }

  async indicator(code: string): Promise<IndicatorView> {
    const stored = await this.storedDefinitions();
    const found = stored.find((s) => s.definition.code === code);
    if (!found) throw unknownIndicator(code);
    return this.indicatorView(found, new Map(stored.map((s) => [s.definition.code, s.definition])));
  }

  async versions(code: string): Promise<IndicatorView[]> {
    const definitions = await this.definitionMap();
    const versions = await this.definitionsRepo.versions(this.db, code);
    if (versions.length === 0) throw unknownIndicator(code);
    return versions.map((v) => this.indicatorView(v, definitions));
  }

  private indicatorView(s: StoredDefinition, definitions: Definitions): IndicatorView {
    const c = s.definition.computation;
    const sourceEvents =
      c.kind === 'ratio'
        ? [`ratio: ${c.numerator} / ${c.denominator}`]
        : c.kind === 'manual'
          ? ['manual: entered by officers per year']
          : (sourceStream(c.stream)?.events ?? [`unknown stream ${c.stream}`]);
    return {
      definition: s.definition,
      version: s.version,
      changedBy: s.changedBy,
      changedAt: s.changedAt.toISOString(),
      hasDataSource: hasDataSource(s.definition.code, definitions),
      sourceEvents,
    };
  }

  /** Adds a version of a definition (admin). The whole set must stay consistent. */
  async saveDefinition(
    code: string,
    definition: IndicatorDefinition,
    changedBy: string,
    expectedVersion?: number,
  ): Promise<IndicatorView> {
    if (definition.code !== code) throw codeMismatch();
    const c = definition.computation;
    const problems: string[] = [];
    if (c.kind !== 'ratio' && c.kind !== 'manual' && !sourceStream(c.stream)) {
      problems.push(`unknown stream ${c.stream} (known: ${SOURCE_STREAMS.map((s) => s.code).join(', ')})`);
    }
    const current = await this.definitionMap();
    current.set(code, definition);
    problems.push(...definitionSetProblems([...current.values()]).filter((p) => p.includes(code)));
    if (problems.length > 0) throw invalidDefinition(problems);
    const result = await this.db.transaction((sql) =>
      this.definitionsRepo.append(sql, definition, changedBy, expectedVersion),
    );
    if (!result.ok) throw staleDefinition(result.currentVersion);
    this.cache = undefined;
    return this.indicator(code);
  }

  // ---- targets, thresholds, manual figures ----

  async targets(indicatorCode?: string): Promise<Target[]> {
    const all = await this.targetsRepo.forProvince(this.db, this.provinceCode);
    return indicatorCode ? all.filter((t) => t.indicatorCode === indicatorCode) : all;
  }

  async saveTarget(indicatorCode: string, target: Omit<Target, 'indicatorCode' | 'provinceCode'>, changedBy: string) {
    await this.requireIndicator(indicatorCode);
    const full: Target = { ...target, indicatorCode, provinceCode: this.provinceCode };
    await this.targetsRepo.save(this.db, full, changedBy);
    return full;
  }

  async removeTarget(indicatorCode: string, communeCode: string, year: number): Promise<boolean> {
    return this.targetsRepo.remove(this.db, { indicatorCode, provinceCode: this.provinceCode, communeCode, year });
  }

  async thresholds(): Promise<{ scope: string; greenAt: number; amberAt: number }[]> {
    const map = await this.targetsRepo.thresholds(this.db);
    return [...map].map(([scope, t]) => ({ scope, ...t })).sort((a, b) => a.scope.localeCompare(b.scope));
  }

  async saveThresholds(scope: string, thresholds: Thresholds, changedBy: string) {
    if (scope !== '*') await this.requireIndicator(scope);
    await this.targetsRepo.saveThresholds(this.db, scope, thresholds, changedBy);
    return { scope, ...thresholds };
  }

  async saveManualValue(
    indicatorCode: string,
    value: { communeCode: string; year: number; value: number },
    changedBy: string,
  ) {
    const definition = await this.requireIndicator(indicatorCode);
    if (definition.computation.kind !== 'manual') {
      throw invalidDefinition([
        `${indicatorCode} is computed from events; only manual indicators take entered figures`,
      ]);
    }
    const row = { indicatorCode, provinceCode: this.provinceCode, ...value };
    await this.targetsRepo.saveManualValue(this.db, row, changedBy);
    return row;
  }

  private async requireIndicator(code: string): Promise<IndicatorDefinition> {
    const definition = (await this.definitionMap()).get(code);
    if (!definition) throw unknownIndicator(code);
    return definition;
  }

  // ---- localities ----

  async localities(): Promise<LocalityView> {
    const rows = await this.db.query<{ commune_code: string; province_name: string; commune_name: string }>(
      `SELECT commune_code, province_name, commune_name FROM insights_locality WHERE province_code = $1
       ORDER BY commune_code`,
      [this.provinceCode],
    );
    const province = rows.find((r) => r.commune_code === '');
    return {
      provinceCode: this.provinceCode,
      provinceName: province?.province_name ?? rows[0]?.province_name ?? '',
      communes: rows.filter((r) => r.commune_code !== '').map((r) => ({ code: r.commune_code, name: r.commune_name })),
    };
  }

  // ---- reports ----

  period(key: string): Period {
    try {
      return parsePeriod(key);
    } catch (error) {
      if (error instanceof PeriodError) throw invalidPeriod(error.message);
      throw error;
    }
  }

  /** The period before, for the trend; a range reaching past the supported years has none to compare with. */
  private previous(period: Period): Period {
    try {
      return previousPeriod(period);
    } catch (error) {
      if (error instanceof PeriodError) throw invalidPeriod(`the period before ${period.key}: ${error.message}`);
      throw error;
    }
  }

  /** The province's (or one commune's) tiles for a period. */
  async overview(options: { period: string; communeCode?: string; publicOnly?: boolean }): Promise<Overview> {
    const period = this.period(options.period);
    const previous = this.previous(period);
    const definitions = await this.definitionMap();
    const shown = [...definitions.values()]
      .filter((d) => d.active && (!options.publicOnly || d.public))
      .sort((a, b) => a.order - b.order || a.code.localeCompare(b.code));
    const [targets, thresholds, places] = await Promise.all([
      this.targets(),
      this.targetsRepo.thresholds(this.db),
      this.localities(),
    ]);
    const communeCode = options.communeCode;
    const evaluatedOn = this.evaluationDay(period);
    const measurements: Measurement[] = [];
    const governing = new Map<string, Target | undefined>();
    for (const d of shown) {
      measurements.push({ key: `c:${d.code}`, code: d.code, from: period.from, to: period.to });
      measurements.push({ key: `p:${d.code}`, code: d.code, from: previous.from, to: previous.to });
      const target = governingTarget(
        targets.filter((t) => t.indicatorCode === d.code && t.communeCode === (communeCode ?? '')),
        period.endDate,
      );
      governing.set(d.code, target);
      if (target && !isLevel(d)) {
        measurements.push({ key: `t:${d.code}`, ...this.targetWindow(d.code, target, period) });
      }
    }
    const evaluation = await this.evaluator.evaluate(
      definitions,
      measurements,
      { provinceCode: this.provinceCode, communeCode },
      'none',
    );
    const tiles = shown.map((d): Tile => {
      const value = evaluation.get(`c:${d.code}`);
      const previousValue = evaluation.get(`p:${d.code}`);
      const target = governing.get(d.code);
      const judged = this.judge(
        d,
        target,
        value,
        target ? evaluation.get(`t:${d.code}`) : null,
        evaluatedOn,
        thresholds,
      );
      return { ...this.summary(d, definitions), value, previousValue, trend: trendOf(value, previousValue), ...judged };
    });
    return {
      provinceCode: this.provinceCode,
      provinceName: places.provinceName,
      communeCode: communeCode ?? null,
      communeName: communeCode ? (places.communes.find((c) => c.code === communeCode)?.name ?? '') : null,
      period: periodView(period),
      previousPeriod: periodView(previous),
      evaluatedOn,
      tiles,
    };
  }

  /** One indicator per commune for a period, with the province total. */
  async communeTable(code: string, periodKey: string): Promise<CommuneTable> {
    const period = this.period(periodKey);
    const previous = this.previous(period);
    const definitions = await this.definitionMap();
    const definition = definitions.get(code);
    if (!definition) throw unknownIndicator(code);
    const [targets, thresholds, places] = await Promise.all([
      this.targets(code),
      this.targetsRepo.thresholds(this.db),
      this.localities(),
    ]);
    const evaluatedOn = this.evaluationDay(period);
    const base: Measurement[] = [
      { key: 'c', code, from: period.from, to: period.to },
      { key: 'p', code, from: previous.from, to: previous.to },
    ];
    // every distinct target window (communes may have their own baselines) is one more measure
    const windows = new Map<string, Measurement>();
    const governingFor = (communeCode: string) =>
      governingTarget(
        targets.filter((t) => t.communeCode === communeCode),
        period.endDate,
      );
    const windowKey = (t: Target) => `t:${t.baselineDate}:${t.targetDate}`;
    const communeCodes = new Set(places.communes.map((c) => c.code));
    for (const t of targets) if (t.communeCode) communeCodes.add(t.communeCode);
    for (const communeCode of ['', ...communeCodes]) {
      const t = governingFor(communeCode);
      if (t && !isLevel(definition))
        windows.set(windowKey(t), { key: windowKey(t), ...this.targetWindow(code, t, period) });
    }
    const measurements = [...base, ...windows.values()];
    const scope = { provinceCode: this.provinceCode };
    const [byCommune, province] = await Promise.all([
      this.evaluator.evaluate(definitions, measurements, scope, 'commune'),
      this.evaluator.evaluate(definitions, measurements, scope, 'none'),
    ]);
    for (const g of byCommune.groups('c')) if (g) communeCodes.add(g);
    const names = new Map(places.communes.map((c) => [c.code, c.name]));
    const row = (communeCode: string, name: string, evaluation: typeof province, group: string): CommuneRow => {
      const value = evaluation.get('c', group);
      const previousValue = evaluation.get('p', group);
      const target = governingFor(communeCode);
      const windowed = target && !isLevel(definition) ? evaluation.get(windowKey(target), group) : null;
      return {
        communeCode,
        communeName: name,
        value,
        previousValue,
        trend: trendOf(value, previousValue),
        ...this.judge(definition, target, value, windowed, evaluatedOn, thresholds),
      };
    };
    const rows = [...communeCodes].sort().map((c) => row(c, names.get(c) ?? c, byCommune, c));
    return {
      indicator: this.summary(definition, definitions),
      provinceCode: this.provinceCode,
      provinceName: places.provinceName,
      period: periodView(period),
      previousPeriod: periodView(previous),
      evaluatedOn,
      rows,
      total: row('', places.provinceName, province, ''),
    };
  }

  /** An indicator per period of a grain, with the trajectory it is held to. */
  async series(options: {
    code: string;
    from: string;
    to: string;
    grain: Grain;
    communeCode?: string;
  }): Promise<Series> {
    const first = this.period(options.from);
    const last = this.period(options.to);
    if (last.to <= first.from) throw invalidPeriod('the series ends before it starts');
    const definitions = await this.definitionMap();
    const definition = definitions.get(options.code);
    if (!definition) throw unknownIndicator(options.code);
    const [targets, thresholds] = await Promise.all([this.targets(options.code), this.targetsRepo.thresholds(this.db)]);
    const mine = targets.filter((t) => t.communeCode === (options.communeCode ?? ''));
    const buckets = periodsBetween(first.from, last.to, options.grain);
    if (buckets.length > 400) throw invalidPeriod('at most 400 periods in one series');
    // start early enough to add up the counts since each governing target's baseline
    let start = first.from;
    for (const b of buckets) {
      const t = governingTarget(mine, b.endDate);
      if (t && !isLevel(definition)) {
        const baseline = localDayStart(t.baselineDate);
        if (baseline < start) start = baseline;
      }
    }
    const all = periodsBetween(start, last.to, options.grain);
    const evaluation = await this.evaluator.evaluate(
      definitions,
      [{ key: 's', code: options.code, from: all[0]?.from ?? start, to: last.to }],
      { provinceCode: this.provinceCode, communeCode: options.communeCode },
      options.grain,
    );
    const values = new Map(all.map((b) => [b.key, evaluation.get('s', b.key)]));
    const today = localDate(this.clock());
    const points = buckets.map((bucket) => {
      const value = values.get(bucket.key) ?? null;
      const target = governingTarget(mine, bucket.endDate);
      if (!target || value === null || bucket.startDate > today) {
        return {
          period: periodView(bucket),
          value,
          actual: null,
          expected: null,
          targetValue: target?.targetValue ?? null,
          status: null,
        };
      }
      const on = bucket.endDate < today ? bucket.endDate : today;
      const expected = expectedValue(target, on);
      let actual = value;
      if (!isLevel(definition)) {
        // baseline + everything counted from the baseline to the end of this bucket
        actual = target.baselineValue;
        for (const b of all) {
          if (b.startDate >= target.baselineDate && b.endDate <= bucket.endDate) actual += values.get(b.key) ?? 0;
        }
      }
      const status = statusOf(actual, expected, thresholdsFor(options.code, thresholds));
      return { period: periodView(bucket), value, actual, expected, targetValue: target.targetValue, status };
    });
    return {
      indicator: this.summary(definition, definitions),
      provinceCode: this.provinceCode,
      communeCode: options.communeCode ?? null,
      grain: options.grain,
      points,
    };
  }

  // ---- helpers ----

  private summary(d: IndicatorDefinition, definitions: Definitions): Summary {
    return {
      code: d.code,
      name: d.name,
      unit: d.unit,
      unitCode: d.unitCode,
      piiPillar: d.piiPillar,
      cumulative: d.cumulative,
      public: d.public,
      hasDataSource: hasDataSource(d.code, definitions),
    };
  }

  /** The last day of the period, or today while the period is running. */
  private evaluationDay(period: Period): string {
    const today = localDate(this.clock());
    return period.endDate < today ? period.endDate : today;
  }

  /** Counting window for a target: from its baseline day to the end of the period (never past the target date). */
  private targetWindow(code: string, target: Target, period: Period): Omit<Measurement, 'key'> {
    const from = localDayStart(target.baselineDate);
    const targetEnd = new Date(localDayStart(target.targetDate).getTime() + 86_400_000);
    const to = period.to < targetEnd ? period.to : targetEnd;
    return { code, from, to: to > from ? to : from };
  }

  private judge(
    definition: IndicatorDefinition,
    target: Target | undefined,
    value: number | null,
    sinceBaseline: number | null,
    evaluatedOn: string,
    thresholds: ReadonlyMap<string, Thresholds>,
  ): Pick<Tile, 'target' | 'actual' | 'expected' | 'status'> {
    if (!target) return { target: null, actual: null, expected: null, status: null };
    const actual = isLevel(definition) ? value : sinceBaseline === null ? null : target.baselineValue + sinceBaseline;
    const expected = expectedValue(target, evaluatedOn);
    const status = actual === null ? null : statusOf(actual, expected, thresholdsFor(definition.code, thresholds));
    return { target, actual, expected, status };
  }
}
