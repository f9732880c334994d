import type { IsoDate } from '../holidays/calendar-date.js';
import type { RightCode } from '../deadlines/deadline-rule.js';

/**
 * How an item's quantity is counted from the application:
 * - per_application: once;
 * - per_class: each Nice (marks) or Locarno (designs) class;
 * - per_additional_class: each class after the first;
 * - per_item_over_included: each good/service beyond `included` in a class;
 * - per_independent_claim: each independent claim (patents, utility solutions);
 * - per_design: each design variant (industrial designs);
 * - per_page_over_included: each description page beyond `included`.
 */
export const FEE_BASES = [
  'per_application',
  'per_class',
  'per_additional_class',
  'per_item_over_included',
  'per_independent_claim',
  'per_design',
  'per_page_over_included',
] as const;
export type FeeBasis = (typeof FEE_BASES)[number];

export const FEE_STAGES = ['filing', 'examination', 'grant'] as const;
export type FeeStage = (typeof FEE_STAGES)[number];

export interface FeeItem {
  code: string;
  rights: RightCode[];
  stage: FeeStage;
  basis: FeeBasis;
  /** Integer VND per unit. */
  unitVnd: number;
  included?: number;
  titleVi: string;
  titleEn: string;
}

/** A version of the official fee schedule, in force from `effectiveFrom`. */
export interface FeeTable {
  version: number;
  effectiveFrom: IsoDate;
  legalBasis: string;
  items: FeeItem[];
}

export function validateFeeTable(table: FeeTable): string[] {
  const problems: string[] = [];
  const codes = new Set<string>();
  for (const item of table.items) {
    if (!Number.isSafeInteger(item.unitVnd) || item.unitVnd < 0) problems.push(`${item.code}: unitVnd`);
    if (codes.has(item.code)) problems.push(`${item.code}: duplicate`);
    codes.add(item.code);
    const needsIncluded = item.basis === 'per_item_over_included' || item.basis === 'per_page_over_included';
    if (needsIncluded && !(Number.isInteger(item.included) && (item.included ?? -1) >= 0)) {
      problems.push(`${item.code}: included`);
    }
  }
  return problems;
}
