import { describe, expect, it } from 'vitest';
import {
  HIGH_TECH_2015,
  HIGH_TECH_2021,
  PROVINCE_TARGETS,
  READINESS_RULE_SETS,
  ST_ENTERPRISE_2019,
} from './readiness-rules.data.js';
import {
  basisPoints,
  evaluate,
  evaluateAll,
  pipeline,
  type ReadinessFigures,
  type ReadinessRuleSet,
  ruleSetInForce,
} from './readiness.rules.js';

const allFacts = {
  registeredEnterprise: true,
  ownsOrLicensesStResults: true,
  stResultsRecognised: true,
  highTechProductListed: true,
  environmentAndQualityStandards: true,
};
const figures = (
  f: Partial<ReadinessFigures['figures']>,
  facts: Partial<ReadinessFigures['facts']> = allFacts,
): ReadinessFigures => ({
  facts,
  figures: f,
});
const statusOf = (sets: readonly ReadinessRuleSet[], f: ReadinessFigures, onDate: string, cert: string) =>
  Object.fromEntries(
    (evaluateAll(sets, f, onDate).find((r) => r.certification === cert)?.conditions ?? []).map((c) => [
      c.code,
      c.status,
    ]),
  );

describe('S&T enterprise conditions (Decree 13/2019)', () => {
  it.each<[string, ReadinessFigures, Record<string, string>, string]>([
    [
      'meets everything: 35% of revenue from S&T products',
      figures({ totalRevenueVnd: 2_000_000_000n, stProductRevenueVnd: 700_000_000n }),
      { registered_enterprise: 'met', owns_st_results: 'met', st_results_recognised: 'met', st_revenue_share: 'met' },
      'ready',
    ],
    [
      'exactly 30% passes',
      figures({ totalRevenueVnd: 1_000_000_000n, stProductRevenueVnd: 300_000_000n }),
      { registered_enterprise: 'met', owns_st_results: 'met', st_results_recognised: 'met', st_revenue_share: 'met' },
      'ready',
    ],
    [
      '29.99% does not',
      figures({ totalRevenueVnd: 1_000_000_000n, stProductRevenueVnd: 299_990_000n }),
      {
        registered_enterprise: 'met',
        owns_st_results: 'met',
        st_results_recognised: 'met',
        st_revenue_share: 'not_met',
      },
      'close',
    ],
    [
      'a household business without recognised results',
      figures(
        { totalRevenueVnd: 500_000_000n, stProductRevenueVnd: 400_000_000n },
        { registeredEnterprise: false, ownsOrLicensesStResults: true, stResultsRecognised: false },
      ),
      {
        registered_enterprise: 'not_met',
        owns_st_results: 'met',
        st_results_recognised: 'not_met',
        st_revenue_share: 'met',
      },
      'in_progress',
    ],
    [
      'no revenue reported yet',
      figures({}),
      {
        registered_enterprise: 'met',
        owns_st_results: 'met',
        st_results_recognised: 'met',
        st_revenue_share: 'missing',
      },
      'close',
    ],
    [
      'zero revenue cannot be judged',
      figures({ totalRevenueVnd: 0n, stProductRevenueVnd: 0n }),
      {
        registered_enterprise: 'met',
        owns_st_results: 'met',
        st_results_recognised: 'met',
        st_revenue_share: 'missing',
      },
      'close',
    ],
  ])('%s', (_label, f, expected, level) => {
    expect(statusOf(READINESS_RULE_SETS, f, '2026-12-05', 'st_enterprise')).toEqual(expected);
    expect(evaluate(ST_ENTERPRISE_2019, f).level).toBe(level);
  });

  it('names what is missing and the share in basis points', () => {
    const r = evaluate(ST_ENTERPRISE_2019, figures({ totalRevenueVnd: 1_000_000_000n }, {}));
    const share = r.conditions.find((c) => c.code === 'st_revenue_share');
    expect(share).toMatchObject({ status: 'missing', missing: ['stProductRevenueVnd'], requiredBasisPoints: 3000 });
    expect(r.conditions.find((c) => c.code === 'owns_st_results')?.missing).toEqual(['ownsOrLicensesStResults']);
    const ok = evaluate(ST_ENTERPRISE_2019, figures({ totalRevenueVnd: 3n, stProductRevenueVnd: 1n }));
    expect(ok.conditions.find((c) => c.code === 'st_revenue_share')?.actualBasisPoints).toBe(3333);
  });

  it('has no rule before Decree 13/2019 took effect', () => {
    expect(ruleSetInForce(READINESS_RULE_SETS, 'st_enterprise', '2019-03-19')).toBeNull();
    expect(ruleSetInForce(READINESS_RULE_SETS, 'st_enterprise', '2019-03-20')?.id).toBe(ST_ENTERPRISE_2019.id);
  });
});

describe('high-tech enterprise conditions: a rule change by effective date', () => {
  // 3% of staff are graduates working in R&D: short of the 5% line of 2015, over the 2.5% line of 2021.
  const agritech = figures({
    totalRevenueVnd: 10_000_000_000n,
    highTechProductRevenueVnd: 7_500_000_000n,
    rdSpendingVnd: 150_000_000n,
    employees: 100n,
    rdStaffWithDegree: 3n,
  });

  it.each<[string, string, string, string]>([
    ['2021-05-14', HIGH_TECH_2015.id, 'not_met', 'close'],
    ['2021-05-15', HIGH_TECH_2021.id, 'met', 'ready'],
    ['2026-12-05', HIGH_TECH_2021.id, 'met', 'ready'],
  ])('on %s the rules of %s apply: R&D staff %s, %s', (onDate, ruleSetId, rdStaff, level) => {
    const result = evaluateAll(READINESS_RULE_SETS, agritech, onDate).find((r) => r.certification === 'high_tech');
    expect(result?.ruleSetId).toBe(ruleSetId);
    expect(result?.conditions.find((c) => c.code === 'rd_staff_share')?.status).toBe(rdStaff);
    expect(result?.level).toBe(level);
  });

  it('fails the 1% R&D spending line at 0.99%', () => {
    const f = figures({ ...agritech.figures, rdSpendingVnd: 99_000_000n });
    expect(statusOf(READINESS_RULE_SETS, f, '2026-12-05', 'high_tech').rd_spending_share).toBe('not_met');
  });
});

describe('basis points', () => {
  it('round down and refuse a zero denominator', () => {
    expect(basisPoints(2n, 3n)).toBe(6666);
    expect(basisPoints(1n, 0n)).toBeNull();
    expect(basisPoints(123_456_789_012_345n, 123_456_789_012_345n)).toBe(10_000);
  });
});

describe('provincial pipeline', () => {
  it('counts certified startups first, then the rest by readiness level, against the 2030 targets', () => {
    const ready = evaluateAll(
      READINESS_RULE_SETS,
      figures({ totalRevenueVnd: 10n, stProductRevenueVnd: 5n }),
      '2026-12-05',
    );
    const early = evaluateAll(READINESS_RULE_SETS, figures({}, {}), '2026-12-05');
    const rows = pipeline(
      [
        { startupId: 'a', certified: ['st_enterprise'], results: ready },
        { startupId: 'b', certified: [], results: ready },
        { startupId: 'c', certified: [], results: early },
      ],
      PROVINCE_TARGETS,
    );
    expect(rows).toEqual([
      {
        certification: 'st_enterprise',
        target: 15,
        byYear: 2030,
        certified: 1,
        ready: 1,
        close: 0,
        inProgress: 1,
        gap: 14,
      },
      {
        certification: 'high_tech',
        target: 10,
        byYear: 2030,
        certified: 0,
        ready: 0,
        close: 0,
        inProgress: 3,
        gap: 10,
      },
    ]);
  });
});
