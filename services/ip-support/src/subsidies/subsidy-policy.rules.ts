// The subsidy policy as data: which costs of which IP right the programme reimburses, how much,
// on which trigger and for whom. A policy is a series of versions per programme, each in force from
// its effective date until the next one starts; a claim is assessed under the version in force on
// the date its trigger happened (application accepted, or certificate granted), so a policy change
// in the middle of a year applies to claims triggered from that day on. Pure functions, no framework.

export const IP_RIGHTS = [
  'trademark',
  'collective_mark',
  'certification_mark',
  'patent',
  'utility_solution',
  'industrial_design',
  'geographical_indication',
] as const;
export type IpRight = (typeof IP_RIGHTS)[number];

/** What the money is for: filing at the national office, filing abroad, or the grant itself. */
export const SUBSIDY_KINDS = ['domestic_filing', 'foreign_filing', 'certificate_granted'] as const;
export type SubsidyKind = (typeof SUBSIDY_KINDS)[number];

/** The event that makes a claim payable. */
export const SUBSIDY_TRIGGERS = ['application_accepted', 'certificate_granted'] as const;
export type SubsidyTrigger = (typeof SUBSIDY_TRIGGERS)[number];

export const APPLICANT_KINDS = [
  'enterprise',
  'cooperative',
  'household_business',
  'research_institute',
  'individual',
] as const;
export type ApplicantKind = (typeof APPLICANT_KINDS)[number];

/** A fixed sum, or a share of the documented cost (basis points: 5000 = 50 %) up to a cap. */
export type SubsidyAmount =
  | { type: 'fixed'; amountVnd: bigint }
  | { type: 'percentage'; percentBp: number; capVnd: bigint };

export interface Eligibility {
  applicantKinds: readonly ApplicantKind[];
  /** null = no limit */
  maxClaimsPerOrganisationPerYear: number | null;
}

export interface SubsidyRule {
  right: IpRight;
  kind: SubsidyKind;
  trigger: SubsidyTrigger;
  amount: SubsidyAmount;
  /** overrides the version's eligibility for this rule only */
  eligibility?: Eligibility | undefined;
}

export interface SubsidyPolicyVersion {
  id: string;
  programmeCode: string;
  version: number;
  /** YYYY-MM-DD, a calendar date in Vietnam */
  effectiveFrom: string;
  title: string;
  eligibility: Eligibility;
  rules: readonly SubsidyRule[];
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The version of a programme's policy in force on a date (latest effectiveFrom ≤ date; ties: higher version). */
export function policyInForce(
  versions: readonly SubsidyPolicyVersion[],
  programmeCode: string,
  onDate: string,
): SubsidyPolicyVersion | null {
  if (!DATE.test(onDate)) throw new Error(`not a calendar date: ${onDate}`);
  let best: SubsidyPolicyVersion | null = null;
  for (const v of versions) {
    if (v.programmeCode !== programmeCode || v.effectiveFrom > onDate) continue;
    if (
      !best ||
      v.effectiveFrom > best.effectiveFrom ||
      (v.effectiveFrom === best.effectiveFrom && v.version > best.version)
    ) {
      best = v;
    }
  }
  return best;
}

export function ruleFor(version: SubsidyPolicyVersion, right: IpRight, kind: SubsidyKind): SubsidyRule | null {
  return version.rules.find((r) => r.right === right && r.kind === kind) ?? null;
}

/** The subsidy for a documented cost: never more than the cost, never more than the cap. */
export function subsidyAmount(amount: SubsidyAmount, documentedCostVnd: bigint): bigint {
  if (documentedCostVnd <= 0n) return 0n;
  if (amount.type === 'fixed') return amount.amountVnd < documentedCostVnd ? amount.amountVnd : documentedCostVnd;
  // integer VND, rounded down: the programme never pays a fraction of a đồng more than the share
  const share = (documentedCostVnd * BigInt(amount.percentBp)) / 10_000n;
  return share < amount.capVnd ? share : amount.capVnd;
}

export type IneligibleReason =
  | 'no_policy_in_force'
  | 'right_not_covered'
  | 'trigger_not_met'
  | 'applicant_not_eligible'
  | 'yearly_limit_reached'
  | 'no_documented_cost';

export interface ClaimFacts {
  programmeCode: string;
  right: IpRight;
  kind: SubsidyKind;
  /** which event happened, and on which day (YYYY-MM-DD) */
  trigger: SubsidyTrigger;
  triggerDate: string;
  applicantKind: ApplicantKind;
  documentedCostVnd: bigint;
  /** the organisation's other claims in this programme triggered in the same calendar year that count against the limit */
  otherClaimsThisYear: number;
}

export type Assessment =
  | { eligible: true; policyVersionId: string; policyVersion: number; rule: SubsidyRule; amountVnd: bigint }
  | {
      eligible: false;
      reasons: IneligibleReason[];
      policyVersionId: string | null;
      policyVersion: number | null;
    };

/** Assess a claim against the programme's policy: every reason it fails, or the amount it earns. */
export function assessClaim(versions: readonly SubsidyPolicyVersion[], facts: ClaimFacts): Assessment {
  const version = policyInForce(versions, facts.programmeCode, facts.triggerDate);
  if (!version) return { eligible: false, reasons: ['no_policy_in_force'], policyVersionId: null, policyVersion: null };
  const rule = ruleFor(version, facts.right, facts.kind);
  const ref = { policyVersionId: version.id, policyVersion: version.version };
  if (!rule) return { eligible: false, reasons: ['right_not_covered'], ...ref };
  const reasons: IneligibleReason[] = [];
  if (rule.trigger !== facts.trigger) reasons.push('trigger_not_met');
  const eligibility = rule.eligibility ?? version.eligibility;
  if (!eligibility.applicantKinds.includes(facts.applicantKind)) reasons.push('applicant_not_eligible');
  const max = eligibility.maxClaimsPerOrganisationPerYear;
  if (max !== null && facts.otherClaimsThisYear >= max) reasons.push('yearly_limit_reached');
  if (facts.documentedCostVnd <= 0n) reasons.push('no_documented_cost');
  if (reasons.length > 0) return { eligible: false, reasons, ...ref };
  return { eligible: true, ...ref, rule, amountVnd: subsidyAmount(rule.amount, facts.documentedCostVnd) };
}

export interface PolicyProblem {
  field: string;
  code: string;
  message: { vi: string; en: string };
}

/** Checks an admin's new version before it is stored (the schema has already checked the shapes). */
export function policyVersionProblems(
  existing: readonly SubsidyPolicyVersion[],
  next: Omit<SubsidyPolicyVersion, 'id' | 'version'>,
  today: string,
): PolicyProblem[] {
  const problems: PolicyProblem[] = [];
  if (!DATE.test(next.effectiveFrom)) {
    problems.push({
      field: 'effectiveFrom',
      code: 'date',
      message: { vi: 'Ngày hiệu lực không hợp lệ.', en: 'The effective date is not a date.' },
    });
  } else if (next.effectiveFrom < today) {
    // rewriting the past would change the amount of claims already decided under the old version
    problems.push({
      field: 'effectiveFrom',
      code: 'in_past',
      message: {
        vi: 'Phiên bản chính sách mới chỉ có hiệu lực từ hôm nay trở đi.',
        en: 'A new policy version can take effect today at the earliest.',
      },
    });
  }
  const seen = new Set<string>();
  next.rules.forEach((r, i) => {
    const key = `${r.right}/${r.kind}`;
    if (seen.has(key)) {
      problems.push({
        field: `rules.${i}`,
        code: 'duplicate_rule',
        message: { vi: `Trùng quy định cho ${key}.`, en: `Two rules for ${key}.` },
      });
    }
    seen.add(key);
    if (r.amount.type === 'percentage' && (r.amount.percentBp <= 0 || r.amount.percentBp > 10_000)) {
      problems.push({
        field: `rules.${i}.amount.percentBp`,
        code: 'percentage',
        message: { vi: 'Tỷ lệ hỗ trợ phải trong khoảng 0–100 %.', en: 'The share must be between 0 and 100 %.' },
      });
    }
    const money = r.amount.type === 'fixed' ? r.amount.amountVnd : r.amount.capVnd;
    if (money <= 0n) {
      problems.push({
        field: `rules.${i}.amount`,
        code: 'amount',
        message: { vi: 'Số tiền phải lớn hơn 0.', en: 'The amount must be above zero.' },
      });
    }
  });
  if (next.rules.length === 0) {
    problems.push({
      field: 'rules',
      code: 'empty',
      message: { vi: 'Chính sách cần ít nhất một quy định.', en: 'A policy needs at least one rule.' },
    });
  }
  const clash = existing.find((v) => v.programmeCode === next.programmeCode && v.effectiveFrom === next.effectiveFrom);
  if (clash) {
    problems.push({
      field: 'effectiveFrom',
      code: 'same_day',
      message: {
        vi: 'Đã có phiên bản có hiệu lực cùng ngày; chọn ngày khác.',
        en: 'A version already takes effect on that day; pick another.',
      },
    });
  }
  return problems;
}

/** The next version number for a programme. */
export function nextVersionNumber(existing: readonly SubsidyPolicyVersion[], programmeCode: string): number {
  return existing.filter((v) => v.programmeCode === programmeCode).reduce((m, v) => Math.max(m, v.version), 0) + 1;
}
