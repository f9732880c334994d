import { compareIsoDates, type IsoDate } from '../holidays/calendar-date.js';
import type { RightCode } from '../deadlines/deadline-rule.js';
import type { FeeItem, FeeStage, FeeTable } from './fee-table.js';

/** What the applicant files: counts that the fees depend on. */
export interface FeeQuery {
  right: RightCode;
  /** The day the fees are paid (filing day); picks the table version. */
  on: IsoDate;
  /** Marks: the number of goods/services in each Nice class (one entry per class). */
  itemsPerClass?: number[];
  /** Designs: Locarno classes. */
  classes?: number;
  independentClaims?: number;
  descriptionPages?: number;
  designs?: number;
  stages?: FeeStage[];
}

export interface FeeLine {
  code: string;
  stage: FeeStage;
  titleVi: string;
  titleEn: string;
  quantity: number;
  unitVnd: number;
  amountVnd: number;
}

export interface FeeQuote {
  tableVersion: number;
  effectiveFrom: IsoDate;
  legalBasis: string;
  lines: FeeLine[];
  totalVnd: number;
}

export class FeeTableNotFound extends Error {}

/** The latest table whose `effectiveFrom` is on or before `on`. */
export function tableInForce(tables: readonly FeeTable[], on: IsoDate): FeeTable {
  let found: FeeTable | undefined;
  for (const t of tables) {
    if (compareIsoDates(t.effectiveFrom, on) > 0) continue;
    if (!found || compareIsoDates(found.effectiveFrom, t.effectiveFrom) < 0) found = t;
  }
  if (!found) throw new FeeTableNotFound(`no fee table in force on ${on}`);
  return found;
}

function quantityOf(item: FeeItem, q: FeeQuery): number {
  const items = q.itemsPerClass ?? [];
  const classes = q.right === 'industrial_design' ? (q.classes ?? 1) : items.length;
  switch (item.basis) {
    case 'per_application':
      return 1;
    case 'per_class':
      return classes;
    case 'per_additional_class':
      return Math.max(0, classes - 1);
    case 'per_item_over_included':
      return items.reduce((sum, n) => sum + Math.max(0, n - (item.included ?? 0)), 0);
    case 'per_independent_claim':
      return q.independentClaims ?? 1;
    case 'per_design':
      return q.designs ?? 1;
    case 'per_page_over_included':
      return Math.max(0, (q.descriptionPages ?? 0) - (item.included ?? 0));
  }
}

/** The official fees for one application, line by line, in integer VND. */
export function quoteFees(tables: readonly FeeTable[], q: FeeQuery): FeeQuote {
  const table = tableInForce(tables, q.on);
  const lines: FeeLine[] = [];
  for (const item of table.items) {
    if (!item.rights.includes(q.right)) continue;
    if (q.stages && !q.stages.includes(item.stage)) continue;
    const quantity = quantityOf(item, q);
    if (quantity === 0) continue;
    const amountVnd = quantity * item.unitVnd;
    if (!Number.isSafeInteger(amountVnd)) throw new RangeError(`${item.code}: amount out of range`);
    lines.push({
      code: item.code,
      stage: item.stage,
      titleVi: item.titleVi,
      titleEn: item.titleEn,
      quantity,
      unitVnd: item.unitVnd,
      amountVnd,
    });
  }
  return {
    tableVersion: table.version,
    effectiveFrom: table.effectiveFrom,
    legalBasis: table.legalBasis,
    lines,
    totalVnd: lines.reduce((s, l) => s + l.amountVnd, 0),
  };
}
