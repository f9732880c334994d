// Each aggregation kind over real SQL (PGlite in memory, the embedded mode's database), with the
// local-time period boundaries applied by the database itself.
import { openDatabase, type Database } from '@sti/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePeriod } from '../periods/period.js';
import type { Fact } from '../projection/fact.js';
import { FactRepository } from '../projection/fact.repository.js';
import { INSIGHTS_MIGRATIONS_DIR } from '../insights-migrations.js';
import { type IndicatorDefinition, indicatorDefinitionSchema } from './indicator-definition.js';
import { IndicatorEvaluator } from './indicator-evaluator.js';

const place = (communeCode: string) => ({
  provinceCode: '87',
  provinceName: 'Đồng Tháp',
  communeCode,
  communeName: `Xã ${communeCode}`,
});

let n = 0;
const fact = (overrides: Partial<Fact> & { occurredAt: Date }): Fact => ({
  stream: 'techmart.listing',
  entityId: `e-${++n}`,
  revision: 1,
  locality: place('A'),
  sectorCode: 'agri',
  organisationType: '',
  organisationId: 'org-1',
  attributes: { listingType: 'need', channel: 'direct' },
  amount: 0n,
  withdrawn: false,
  timeMode: 'first',
  ...overrides,
});

const def = (code: string, computation: unknown): IndicatorDefinition =>
  indicatorDefinitionSchema.parse({
    code,
    name: { vi: code, en: code },
    unit: { vi: 'đơn vị', en: 'units' },
    unitCode: 'count',
    computation,
  });

const definitions = new Map(
  [
    def('needs', {
      kind: 'count',
      stream: 'techmart.listing',
      filters: [{ field: 'listingType', op: 'eq', value: 'need' }],
    }),
    def('needs.intake', {
      kind: 'count',
      stream: 'techmart.listing',
      filters: [
        { field: 'listingType', op: 'eq', value: 'need' },
        { field: 'channel', op: 'eq', value: 'intake' },
      ],
    }),
    def('offers', {
      kind: 'count',
      stream: 'techmart.listing',
      filters: [{ field: 'listingType', op: 'in', values: ['technology', 'equipment'] }],
    }),
    def('not-needs', {
      kind: 'count',
      stream: 'techmart.listing',
      filters: [{ field: 'listingType', op: 'neq', value: 'need' }],
    }),
    def('benefit', {
      kind: 'sum',
      stream: 'initiatives.record',
      field: 'amount',
      filters: [{ field: 'origin', op: 'eq', value: 'campaign' }],
    }),
    def('benefit.attr', { kind: 'sum', stream: 'initiatives.record', field: 'score' }),
    def('requesters', { kind: 'distinct', stream: 'techmart.listing', field: 'organisationId' }),
    def('intake.share', { kind: 'ratio', numerator: 'needs.intake', denominator: 'needs', scale: 100 }),
    def('firms', { kind: 'manual' }),
    def('needs.per.firm', { kind: 'ratio', numerator: 'needs', denominator: 'firms', scale: 1 }),
    def('startups', { kind: 'count', stream: 'incubation.startup' }),
  ].map((d) => [d.code, d]),
);

describe('indicator evaluation on the fact table', () => {
  let database: Database<undefined>;
  let evaluator: IndicatorEvaluator;
  const q1 = parsePeriod('2026-Q1');
  const q2 = parsePeriod('2026-Q2');
  const all = parsePeriod('2026');

  beforeAll(async () => {
    database = await openDatabase('pglite://memory', { migrationsDir: INSIGHTS_MIGRATIONS_DIR });
    const repo = new FactRepository();
    const facts: Fact[] = [
      // 23:30 on 31 March local time: Q1
      fact({ occurredAt: new Date('2026-03-31T16:30:00Z'), attributes: { listingType: 'need', channel: 'intake' } }),
      // 00:30 on 1 April local time: Q2
      fact({ occurredAt: new Date('2026-03-31T17:30:00Z'), locality: place('B'), organisationId: 'org-2' }),
      fact({ occurredAt: new Date('2026-01-05T03:00:00Z'), locality: place('B'), organisationId: 'org-2' }),
      fact({
        occurredAt: new Date('2026-02-05T03:00:00Z'),
        attributes: { listingType: 'technology' },
        organisationId: 'org-3',
      }),
      fact({ occurredAt: new Date('2026-02-06T03:00:00Z'), attributes: { listingType: 'equipment' } }),
      fact({ occurredAt: new Date('2026-02-07T03:00:00Z'), attributes: { listingType: 'expert' }, organisationId: '' }),
      fact({
        stream: 'initiatives.record',
        occurredAt: new Date('2026-03-01T00:00:00Z'),
        attributes: { origin: 'campaign', score: '12.5' },
        amount: 400_000_000n,
      }),
      fact({
        stream: 'initiatives.record',
        occurredAt: new Date('2026-03-02T00:00:00Z'),
        attributes: { origin: 'import', score: 'n/a' },
        amount: 90_000_000n,
      }),
      fact({
        stream: 'initiatives.record',
        occurredAt: new Date('2026-03-03T00:00:00Z'),
        attributes: { origin: 'campaign', score: '7.5' },
        amount: 100_000_000n,
        locality: place('B'),
      }),
    ];
    for (const f of facts) await repo.upsert(database.sql, f, '01936d3e-0000-7000-8000-000000000001');
    // withdrawn: never counts
    await repo.upsert(
      database.sql,
      fact({ stream: 'initiatives.record', occurredAt: new Date('2026-03-04T00:00:00Z'), amount: 1n, withdrawn: true }),
      '01936d3e-0000-7000-8000-000000000002',
    );
    await database.sql.query(
      `INSERT INTO insights_manual_value (indicator_code, province_code, commune_code, year, value, changed_by)
       VALUES ('firms', '87', 'A', 2026, 40, 't'), ('firms', '87', 'B', 2026, 10, 't')`,
    );
    evaluator = new IndicatorEvaluator(database.sql);
  });

  afterAll(() => database.close());

  const one = async (code: string, period = q1, communeCode?: string) => {
    const e = await evaluator.evaluate(definitions, [{ key: 'v', code, from: period.from, to: period.to }], {
      provinceCode: '87',
      communeCode,
    });
    return e.get('v');
  };

  it('counts with eq, in and neq filters, on the local-time period', async () => {
    expect(await one('needs')).toBe(2); // 31 March 23:30 and 5 January
    expect(await one('needs', q2)).toBe(1); // 1 April 00:30
    expect(await one('needs.intake')).toBe(1);
    expect(await one('offers')).toBe(2);
    expect(await one('not-needs')).toBe(3);
    expect(await one('needs', q1, 'B')).toBe(1);
  });

  it('sums the amount or a numeric attribute, skipping withdrawn facts and non-numbers', async () => {
    expect(await one('benefit')).toBe(500_000_000);
    expect(await one('benefit', q1, 'B')).toBe(100_000_000);
    expect(await one('benefit.attr')).toBe(20);
  });

  it('counts distinct values, ignoring empty ones', async () => {
    expect(await one('requesters', all)).toBe(3);
    expect(await one('requesters', q2)).toBe(1);
  });

  it('divides two indicators, and gives no value when the denominator is zero', async () => {
    expect(await one('intake.share')).toBe(50);
    expect(await one('intake.share', parsePeriod('2025'))).toBeNull();
  });

  it('takes manual figures per year: the province as the sum of its communes, or one commune', async () => {
    expect(await one('firms', all)).toBe(50);
    expect(await one('firms', q1, 'A')).toBe(40);
    expect(await one('needs.per.firm', all)).toBeCloseTo(3 / 50);
    expect(await one('firms', parsePeriod('2025'))).toBeNull();
  });

  it('gives no value, not zero, for an indicator without a data source', async () => {
    expect(await one('startups', all)).toBeNull();
  });

  it('groups by commune and by month/quarter in local time', async () => {
    const measurement = [{ key: 'v', code: 'needs', from: all.from, to: all.to }];
    const byCommune = await evaluator.evaluate(definitions, measurement, { provinceCode: '87' }, 'commune');
    expect([byCommune.get('v', 'A'), byCommune.get('v', 'B')]).toEqual([1, 2]);
    const byMonth = await evaluator.evaluate(definitions, measurement, { provinceCode: '87' }, 'month');
    expect([byMonth.get('v', '2026-01'), byMonth.get('v', '2026-03'), byMonth.get('v', '2026-04')]).toEqual([1, 1, 1]);
    const byQuarter = await evaluator.evaluate(definitions, measurement, { provinceCode: '87' }, 'quarter');
    expect([byQuarter.get('v', '2026-Q1'), byQuarter.get('v', '2026-Q2')]).toEqual([2, 1]);
    const byHalf = await evaluator.evaluate(definitions, measurement, { provinceCode: '87' }, 'half');
    expect(byHalf.get('v', '2026-H1')).toBe(3);
  });

  it('keeps the earliest publication time and the newest revision of a re-published listing', async () => {
    const repo = new FactRepository();
    const base = fact({
      entityId: 'repub',
      occurredAt: new Date('2026-06-10T03:00:00Z'),
      attributes: { listingType: 'technology' },
    });
    await repo.upsert(
      database.sql,
      { ...base, revision: 2, occurredAt: new Date('2026-08-01T03:00:00Z'), locality: place('B') },
      '01936d3e-0000-7000-8000-000000000003',
    );
    await repo.upsert(database.sql, base, '01936d3e-0000-7000-8000-000000000004');
    const rows = await database.sql.query<{ occurred_at: Date; commune_code: string; revision: number }>(
      `SELECT occurred_at, commune_code, revision FROM insights_fact WHERE entity_id = 'repub'`,
    );
    expect(rows).toEqual([{ occurred_at: new Date('2026-06-10T03:00:00Z'), commune_code: 'B', revision: 2 }]);
  });
});
