// The road to certification as a science-and-technology (S&T) enterprise or a high-tech enterprise:
// the conditions are data (readiness-rules.data.ts) with effective dates, evaluated against a
// startup's own figures. A condition is met, not met, or cannot be judged (figures missing).

export const CERTIFICATIONS = ['st_enterprise', 'high_tech'] as const;
export type Certification = (typeof CERTIFICATIONS)[number];

/** Yes/no facts a startup declares (an officer verifies them on the dossier). */
export const READINESS_FACTS = [
  'registeredEnterprise',
  'ownsOrLicensesStResults',
  'stResultsRecognised',
  'highTechProductListed',
  'environmentAndQualityStandards',
] as const;
export type ReadinessFact = (typeof READINESS_FACTS)[number];

/** Figures of the last complete financial year (money in VND as bigint, people as counts). */
export const READINESS_FIGURES = [
  'totalRevenueVnd',
  'stProductRevenueVnd',
  'highTechProductRevenueVnd',
  'rdSpendingVnd',
  'employees',
  'rdStaffWithDegree',
] as const;
export type ReadinessFigure = (typeof READINESS_FIGURES)[number];

export interface ReadinessFigures {
  facts: Partial<Record<ReadinessFact, boolean>>;
  figures: Partial<Record<ReadinessFigure, bigint>>;
}

export type Text = { vi: string; en: string };

export type ConditionTest =
  | { kind: 'fact'; fact: ReadinessFact }
  /** numerator / denominator ≥ minBasisPoints / 10 000 (integer arithmetic, no floats) */
  | { kind: 'share'; numerator: ReadinessFigure; denominator: ReadinessFigure; minBasisPoints: number };

export interface ReadinessCondition {
  code: string;
  title: Text;
  /** what to do when it is not met */
  hint: Text;
  test: ConditionTest;
}

export interface ReadinessRuleSet {
  id: string;
  certification: Certification;
  title: Text;
  /** the legal basis as cited to users */
  basis: Text;
  /** 'YYYY-MM-DD', inclusive; the set in force on a date is the latest one effective by then */
  effectiveFrom: string;
  conditions: readonly ReadinessCondition[];
}

export type ConditionStatus = 'met' | 'not_met' | 'missing';

export interface ConditionResult {
  code: string;
  title: Text;
  hint: Text;
  status: ConditionStatus;
  /** for shares: the startup's value and the minimum, in basis points (1 % = 100) */
  actualBasisPoints: number | null;
  requiredBasisPoints: number | null;
  /** the figures or facts the startup still has to report */
  missing: string[];
}

export type ReadinessLevel = 'ready' | 'close' | 'in_progress';

export interface ReadinessResult {
  certification: Certification;
  ruleSetId: string;
  basis: Text;
  effectiveFrom: string;
  conditions: ConditionResult[];
  met: number;
  total: number;
  level: ReadinessLevel;
}

/** The rule set for a certification in force on a date ('YYYY-MM-DD'), or null before any. */
export function ruleSetInForce(
  sets: readonly ReadinessRuleSet[],
  certification: Certification,
  onDate: string,
): ReadinessRuleSet | null {
  let best: ReadinessRuleSet | null = null;
  for (const s of sets) {
    if (s.certification !== certification || s.effectiveFrom > onDate) continue;
    if (!best || s.effectiveFrom > best.effectiveFrom) best = s;
  }
  return best;
}

/** numerator / denominator in basis points, rounded down (a share just under the line does not pass). */
export function basisPoints(numerator: bigint, denominator: bigint): number | null {
  if (denominator <= 0n) return null;
  return Number((numerator * 10_000n) / denominator);
}

export function evaluateCondition(c: ReadinessCondition, f: ReadinessFigures): ConditionResult {
  const base = { code: c.code, title: c.title, hint: c.hint };
  if (c.test.kind === 'fact') {
    const value = f.facts[c.test.fact];
    if (value === undefined) {
      return { ...base, status: 'missing', actualBasisPoints: null, requiredBasisPoints: null, missing: [c.test.fact] };
    }
    return {
      ...base,
      status: value ? 'met' : 'not_met',
      actualBasisPoints: null,
      requiredBasisPoints: null,
      missing: [],
    };
  }
  const { numerator, denominator, minBasisPoints } = c.test;
  const n = f.figures[numerator];
  const d = f.figures[denominator];
  const missing = [...(n === undefined ? [numerator] : []), ...(d === undefined || d <= 0n ? [denominator] : [])];
  if (n === undefined || d === undefined || missing.length > 0) {
    return { ...base, status: 'missing', actualBasisPoints: null, requiredBasisPoints: minBasisPoints, missing };
  }
  const actual = basisPoints(n, d);
  return {
    ...base,
    status: actual !== null && actual >= minBasisPoints ? 'met' : 'not_met',
    actualBasisPoints: actual,
    requiredBasisPoints: minBasisPoints,
    missing: [],
  };
}

/** Ready: every condition met; close: at most one not yet met; otherwise in progress. */
export function evaluate(set: ReadinessRuleSet, f: ReadinessFigures): ReadinessResult {
  const conditions = set.conditions.map((c) => evaluateCondition(c, f));
  const met = conditions.filter((c) => c.status === 'met').length;
  const total = conditions.length;
  return {
    certification: set.certification,
    ruleSetId: set.id,
    basis: set.basis,
    effectiveFrom: set.effectiveFrom,
    conditions,
    met,
    total,
    level: met === total ? 'ready' : total - met <= 1 ? 'close' : 'in_progress',
  };
}

/** Every certification evaluated with the rules in force on `onDate`. */
export function evaluateAll(sets: readonly ReadinessRuleSet[], f: ReadinessFigures, onDate: string): ReadinessResult[] {
  return CERTIFICATIONS.flatMap((c) => {
    const set = ruleSetInForce(sets, c, onDate);
    return set ? [evaluate(set, f)] : [];
  });
}

export interface PipelineEntry {
  startupId: string;
  certified: readonly Certification[];
  results: readonly ReadinessResult[];
}

export interface PipelineTarget {
  certification: Certification;
  target: number;
  byYear: number;
}

export interface PipelineRow {
  certification: Certification;
  target: number;
  byYear: number;
  certified: number;
  ready: number;
  close: number;
  inProgress: number;
  /** how many more are needed beyond those certified */
  gap: number;
}

/** The province's pipeline toward its targets: certified, then the rest by readiness level. */
export function pipeline(entries: readonly PipelineEntry[], targets: readonly PipelineTarget[]): PipelineRow[] {
  return targets.map((t) => {
    const row: PipelineRow = { ...t, certified: 0, ready: 0, close: 0, inProgress: 0, gap: 0 };
    for (const e of entries) {
      if (e.certified.includes(t.certification)) {
        row.certified += 1;
        continue;
      }
      const r = e.results.find((x) => x.certification === t.certification);
      if (!r) continue;
      if (r.level === 'ready') row.ready += 1;
      else if (r.level === 'close') row.close += 1;
      else row.inProgress += 1;
    }
    row.gap = Math.max(0, t.target - row.certified);
    return row;
  });
}
