import { describe, expect, it } from 'vitest';
import {
  assessClaim,
  type ClaimFacts,
  nextVersionNumber,
  policyInForce,
  policyVersionProblems,
  type SubsidyPolicyVersion,
  type SubsidyRule,
  subsidyAmount,
} from './subsidy-policy.rules.js';

const PROGRAMME = 'IP-2026';
const everyone = {
  applicantKinds: ['enterprise', 'cooperative', 'household_business'] as const,
  maxClaimsPerOrganisationPerYear: 2,
};

// v1 for the first half of 2026; v2 from 1 July raises the trademark share and cap, drops the
// utility-solution rule, and pays a patent's domestic filing only once the patent is granted.
const collectiveOnGrant: SubsidyRule = {
  right: 'collective_mark',
  kind: 'certificate_granted',
  trigger: 'certificate_granted',
  amount: { type: 'fixed', amountVnd: 20_000_000n },
  eligibility: { applicantKinds: ['cooperative'], maxClaimsPerOrganisationPerYear: null },
};
const v1: SubsidyPolicyVersion = {
  id: 'v1',
  programmeCode: PROGRAMME,
  version: 1,
  effectiveFrom: '2026-01-01',
  title: 'Hỗ trợ 2026',
  eligibility: everyone,
  rules: [
    {
      right: 'trademark',
      kind: 'domestic_filing',
      trigger: 'application_accepted',
      amount: { type: 'percentage', percentBp: 5000, capVnd: 5_000_000n },
    },
    {
      right: 'patent',
      kind: 'domestic_filing',
      trigger: 'application_accepted',
      amount: { type: 'percentage', percentBp: 5000, capVnd: 30_000_000n },
    },
    {
      right: 'utility_solution',
      kind: 'domestic_filing',
      trigger: 'application_accepted',
      amount: { type: 'fixed', amountVnd: 10_000_000n },
    },
    {
      right: 'collective_mark',
      kind: 'certificate_granted',
      trigger: 'certificate_granted',
      amount: { type: 'fixed', amountVnd: 20_000_000n },
      eligibility: { applicantKinds: ['cooperative'], maxClaimsPerOrganisationPerYear: null },
    },
  ],
};
const v2: SubsidyPolicyVersion = {
  ...v1,
  id: 'v2',
  version: 2,
  effectiveFrom: '2026-07-01',
  title: 'Hỗ trợ 2026 (điều chỉnh)',
  rules: [
    {
      right: 'trademark',
      kind: 'domestic_filing',
      trigger: 'application_accepted',
      amount: { type: 'percentage', percentBp: 7000, capVnd: 8_000_000n },
    },
    {
      right: 'patent',
      kind: 'domestic_filing',
      trigger: 'certificate_granted',
      amount: { type: 'percentage', percentBp: 7000, capVnd: 50_000_000n },
    },
    collectiveOnGrant,
  ],
};
const trademarkV2 = v2.rules[0] as SubsidyRule;
const other: SubsidyPolicyVersion = { ...v2, id: 'o1', programmeCode: 'OTHER', effectiveFrom: '2025-01-01' };
const versions = [v2, other, v1];

const trademark = (over: Partial<ClaimFacts> = {}): ClaimFacts => ({
  programmeCode: PROGRAMME,
  right: 'trademark',
  kind: 'domestic_filing',
  trigger: 'application_accepted',
  triggerDate: '2026-03-10',
  applicantKind: 'enterprise',
  documentedCostVnd: 6_000_000n,
  otherClaimsThisYear: 0,
  ...over,
});

describe('policy in force', () => {
  it('is the latest version that has started on the day, per programme', () => {
    expect(policyInForce(versions, PROGRAMME, '2025-12-31')).toBeNull();
    expect(policyInForce(versions, PROGRAMME, '2026-01-01')?.id).toBe('v1');
    expect(policyInForce(versions, PROGRAMME, '2026-06-30')?.id).toBe('v1');
    expect(policyInForce(versions, PROGRAMME, '2026-07-01')?.id).toBe('v2');
    expect(policyInForce(versions, PROGRAMME, '2031-01-01')?.id).toBe('v2');
    expect(policyInForce(versions, 'OTHER', '2026-03-01')?.id).toBe('o1');
  });

  it('rejects a date that is not a calendar date', () => {
    expect(() => policyInForce(versions, PROGRAMME, '2026-7-1')).toThrow();
  });
});

describe('subsidy amount', () => {
  it('pays the share of the documented cost up to the cap, rounded down to the đồng', () => {
    const half = { type: 'percentage' as const, percentBp: 5000, capVnd: 5_000_000n };
    expect(subsidyAmount(half, 6_000_000n)).toBe(3_000_000n);
    expect(subsidyAmount(half, 12_000_000n)).toBe(5_000_000n);
    expect(subsidyAmount(half, 3_333n)).toBe(1_666n);
    expect(subsidyAmount({ type: 'percentage', percentBp: 3333, capVnd: 10n ** 12n }, 100n)).toBe(33n);
  });

  it('pays a fixed sum, but never more than the cost', () => {
    const fixed = { type: 'fixed' as const, amountVnd: 10_000_000n };
    expect(subsidyAmount(fixed, 25_000_000n)).toBe(10_000_000n);
    expect(subsidyAmount(fixed, 4_200_000n)).toBe(4_200_000n);
    expect(subsidyAmount(fixed, 0n)).toBe(0n);
  });
});

describe('assessing a claim', () => {
  it('uses the version in force on the trigger date: a mid-year change applies from its first day', () => {
    const june = assessClaim(versions, trademark({ triggerDate: '2026-06-30', documentedCostVnd: 12_000_000n }));
    const july = assessClaim(versions, trademark({ triggerDate: '2026-07-01', documentedCostVnd: 12_000_000n }));
    expect(june).toMatchObject({ eligible: true, policyVersionId: 'v1', amountVnd: 5_000_000n });
    expect(july).toMatchObject({ eligible: true, policyVersionId: 'v2', amountVnd: 8_000_000n });
  });

  it('drops a right the new version no longer covers', () => {
    const before = assessClaim(versions, trademark({ right: 'utility_solution', triggerDate: '2026-05-02' }));
    const after = assessClaim(versions, trademark({ right: 'utility_solution', triggerDate: '2026-08-02' }));
    expect(before).toMatchObject({ eligible: true, amountVnd: 6_000_000n });
    expect(after).toEqual({ eligible: false, reasons: ['right_not_covered'], policyVersionId: 'v2', policyVersion: 2 });
  });

  it('requires the trigger the version names: a patent filing is paid on grant from July', () => {
    const patent = { right: 'patent' as const, documentedCostVnd: 40_000_000n };
    expect(assessClaim(versions, trademark({ ...patent, triggerDate: '2026-06-15' }))).toMatchObject({
      eligible: true,
      amountVnd: 20_000_000n,
    });
    expect(assessClaim(versions, trademark({ ...patent, triggerDate: '2026-07-15' }))).toMatchObject({
      eligible: false,
      reasons: ['trigger_not_met'],
    });
    expect(
      assessClaim(versions, trademark({ ...patent, trigger: 'certificate_granted', triggerDate: '2026-07-15' })),
    ).toMatchObject({ eligible: true, amountVnd: 28_000_000n, policyVersionId: 'v2' });
  });

  it('checks who may claim, with a rule able to narrow it', () => {
    expect(assessClaim(versions, trademark({ applicantKind: 'research_institute' }))).toMatchObject({
      eligible: false,
      reasons: ['applicant_not_eligible'],
    });
    const mark = {
      right: 'collective_mark' as const,
      kind: 'certificate_granted' as const,
      trigger: 'certificate_granted' as const,
    };
    expect(assessClaim(versions, trademark({ ...mark, applicantKind: 'enterprise' }))).toMatchObject({
      eligible: false,
      reasons: ['applicant_not_eligible'],
    });
    // the collective-mark rule has no yearly limit, so a co-operative's third claim still counts
    expect(
      assessClaim(versions, trademark({ ...mark, applicantKind: 'cooperative', otherClaimsThisYear: 5 })),
    ).toMatchObject({
      eligible: true,
      amountVnd: 6_000_000n,
    });
  });

  it('stops at the yearly limit per organisation', () => {
    expect(assessClaim(versions, trademark({ otherClaimsThisYear: 1 })).eligible).toBe(true);
    expect(assessClaim(versions, trademark({ otherClaimsThisYear: 2 }))).toMatchObject({
      eligible: false,
      reasons: ['yearly_limit_reached'],
    });
  });

  it('lists every reason at once, and needs a documented cost', () => {
    const a = assessClaim(
      versions,
      trademark({
        applicantKind: 'individual',
        otherClaimsThisYear: 9,
        documentedCostVnd: 0n,
        trigger: 'certificate_granted',
      }),
    );
    expect(a).toMatchObject({
      eligible: false,
      reasons: ['trigger_not_met', 'applicant_not_eligible', 'yearly_limit_reached', 'no_documented_cost'],
    });
  });

  it('has nothing to offer before the programme starts', () => {
    expect(assessClaim(versions, trademark({ triggerDate: '2025-12-31' }))).toMatchObject({
      eligible: false,
      reasons: ['no_policy_in_force'],
    });
  });
});

describe('adding a version', () => {
  const draft = { ...v2, effectiveFrom: '2026-10-01' };
  it('accepts a well-formed future version and numbers it after the last', () => {
    expect(policyVersionProblems(versions, draft, '2026-09-01')).toEqual([]);
    expect(nextVersionNumber(versions, PROGRAMME)).toBe(3);
    expect(nextVersionNumber(versions, 'NEW')).toBe(1);
  });

  it('refuses to rewrite the past, a second version on the same day, duplicates and bad amounts', () => {
    const codes = (d: typeof draft, today = '2026-06-01') =>
      policyVersionProblems(versions, d, today).map((p) => p.code);
    expect(codes(draft, '2026-10-02')).toEqual(['in_past']);
    expect(codes({ ...draft, effectiveFrom: '2026-07-01' })).toEqual(['same_day']);
    expect(codes({ ...draft, rules: [trademarkV2, trademarkV2] })).toEqual(['duplicate_rule']);
    expect(
      codes({
        ...draft,
        rules: [
          { ...trademarkV2, amount: { type: 'percentage', percentBp: 12_000, capVnd: 1n } },
          { ...collectiveOnGrant, amount: { type: 'fixed', amountVnd: 0n } },
        ],
      }),
    ).toEqual(['percentage', 'amount']);
    expect(codes({ ...draft, rules: [] })).toEqual(['empty']);
  });
});
