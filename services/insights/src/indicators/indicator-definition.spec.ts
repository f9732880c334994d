import { describe, expect, it } from 'vitest';
import { SHIPPED_DEFINITIONS } from '../seed/reference-seeder.js';
import { definitionSetProblems, indicatorDefinitionSchema } from './indicator-definition.js';
import { hasDataSource } from './indicator-evaluator.js';
import { SOURCE_STREAMS } from './source-streams.js';

const base = {
  name: { vi: 'Tin đăng', en: 'Listings' },
  unit: { vi: 'tin', en: 'listings' },
  unitCode: 'count',
};

describe('indicator definitions as data', () => {
  it('ships a consistent set over known streams, with the issue’s list covered', () => {
    const definitions = SHIPPED_DEFINITIONS.definitions;
    expect(definitionSetProblems(definitions)).toEqual([]);
    const streams = new Set(SOURCE_STREAMS.map((s) => s.code));
    for (const d of definitions) {
      if ('stream' in d.computation) expect(streams.has(d.computation.stream), d.code).toBe(true);
    }
    const codes = definitions.map((d) => d.code);
    for (const code of [
      'techmart.technology_offers',
      'techmart.needs_intake',
      'techmart.needs_direct',
      'techmart.deals_signed',
      'techmart.deal_value',
      'initiatives.recognised',
      'initiatives.benefit',
      'ip.certificates',
      'incubation.startups',
      'enterprise.st_enterprises',
      'enterprise.high_tech',
      'enterprise.innovating_share',
    ]) {
      expect(codes).toContain(code);
    }
  });

  it('has a data source for what Techmart and the initiative repository publish, and none for IP filings yet', () => {
    const map = new Map(SHIPPED_DEFINITIONS.definitions.map((d) => [d.code, d]));
    expect(hasDataSource('techmart.needs_intake', map)).toBe(true);
    expect(hasDataSource('initiatives.benefit', map)).toBe(true);
    expect(hasDataSource('techmart.needs_intake_share', map)).toBe(true);
    expect(hasDataSource('techmart.deals_signed', map)).toBe(true);
    expect(hasDataSource('ip.filings', map)).toBe(false);
    // a ratio over a manual denominator still lacks its numerator's events
    expect(hasDataSource('enterprise.innovating_share', map)).toBe(false);
  });

  it('accepts the declarative kinds and refuses code-like fields', () => {
    const ok = indicatorDefinitionSchema.safeParse({
      ...base,
      code: 'x.needs',
      computation: {
        kind: 'count',
        stream: 'techmart.listing',
        filters: [{ field: 'listingType', op: 'eq', value: 'need' }],
      },
    });
    expect(ok.success).toBe(true);
    const injected = indicatorDefinitionSchema.safeParse({
      ...base,
      code: 'x.bad',
      computation: { kind: 'sum', stream: 'techmart.listing', field: "amount'); DROP TABLE x; --", filters: [] },
    });
    expect(injected.success).toBe(false);
    const unknownKind = indicatorDefinitionSchema.safeParse({
      ...base,
      code: 'x.eval',
      computation: { kind: 'script' },
    });
    expect(unknownKind.success).toBe(false);
  });

  it('finds ratios naming unknown indicators or each other in a circle', () => {
    const ratio = (code: string, numerator: string, denominator: string) =>
      indicatorDefinitionSchema.parse({ ...base, code, computation: { kind: 'ratio', numerator, denominator } });
    const count = indicatorDefinitionSchema.parse({
      ...base,
      code: 'a.count',
      computation: { kind: 'count', stream: 'techmart.listing' },
    });
    expect(definitionSetProblems([count, ratio('a.ratio', 'a.count', 'a.missing')])).toEqual([
      'a.ratio: refers to unknown indicator a.missing',
    ]);
    const circle = definitionSetProblems([
      count,
      ratio('a.one', 'a.count', 'a.two'),
      ratio('a.two', 'a.count', 'a.one'),
    ]);
    expect(circle.some((p) => p.startsWith('circular ratio'))).toBe(true);
  });
});
