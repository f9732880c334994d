// OCOP readiness rules as plain functions: which rule set is in force, what a label lacks, whether a
// barcode number is a valid GTIN under the co-operative's GS1 prefix, who may move an item where,
// and how ready a product is for the stars it aims at. No framework imports.

export const OCOP_ITEM_CODES = ['label', 'barcode', 'base_standard', 'quality_system', 'ip_right'] as const;
export type OcopItemCode = (typeof OCOP_ITEM_CODES)[number];

export const OCOP_CATEGORIES = ['food', 'beverage', 'herbal', 'handicraft', 'textile', 'tourism_service'] as const;
export type OcopCategory = (typeof OCOP_CATEGORIES)[number];

export const READINESS_STATUSES = ['not_started', 'in_progress', 'ready_for_review', 'done', 'not_applicable'] as const;
export type ReadinessStatus = (typeof READINESS_STATUSES)[number];

export interface OcopItemRule {
  code: OcopItemCode;
  titleVi: string;
  titleEn: string;
  hintVi: string;
  hintEn: string;
  basis: string;
  /** the lowest star rating for which the item must be done */
  minStars: number;
}

export interface LabelFieldRule {
  code: string;
  titleVi: string;
  titleEn: string;
  mandatory: boolean;
  /** only for pre-packed goods (net quantity) */
  prepackedOnly?: boolean;
}

export interface OcopRuleSet {
  /** YYYY-MM-DD */
  effectiveFrom: string;
  note: string;
  items: readonly OcopItemRule[];
  labelFields: Readonly<Record<OcopCategory, readonly LabelFieldRule[]>>;
  /** ascending; `upTo: null` is the last band */
  netQuantityDigitHeights: readonly { upTo: number | null; minHeightMm: number }[];
  legalUnits: readonly string[];
}

/** The version in force on `day` (YYYY-MM-DD): the latest effectiveFrom ≤ day. */
export function ruleSetOn<T extends { effectiveFrom: string }>(sets: readonly T[], day: string): T | null {
  let found: T | null = null;
  for (const set of sets) {
    if (set.effectiveFrom <= day && (!found || set.effectiveFrom > found.effectiveFrom)) found = set;
  }
  return found;
}

// ── barcode ────────────────────────────────────────────────────────────────────────────────────

/** GS1 mod-10 check digit over a GTIN-8/12/13/14. */
export function gtinValid(gtin: string): boolean {
  if (!/^(\d{8}|\d{12}|\d{13}|\d{14})$/.test(gtin)) return false;
  const digits = [...gtin].map(Number);
  const check = digits.pop() as number;
  const sum = digits.reverse().reduce((acc, d, i) => acc + d * (i % 2 === 0 ? 3 : 1), 0);
  return (10 - (sum % 10)) % 10 === check;
}

/** Appends the GS1 check digit to the first 7, 11, 12 or 13 digits of a GTIN. */
export function withCheckDigit(body: string): string {
  const digits = [...body].map(Number).reverse();
  const sum = digits.reduce((acc, d, i) => acc + d * (i % 2 === 0 ? 3 : 1), 0);
  return `${body}${(10 - (sum % 10)) % 10}`;
}

/** A GS1 Vietnam company prefix: 893 followed by 4 to 7 digits. */
export function companyPrefixValid(prefix: string): boolean {
  return /^893\d{4,7}$/.test(prefix);
}

export type BarcodeProblem =
  | 'prefix_missing'
  | 'prefix_invalid'
  | 'gtin_missing'
  | 'gtin_invalid'
  | 'gtin_not_under_prefix';

export function barcodeProblems(details: { companyPrefix?: string | null; gtin?: string | null }): BarcodeProblem[] {
  const problems: BarcodeProblem[] = [];
  const prefix = details.companyPrefix ?? '';
  const gtin = details.gtin ?? '';
  if (!prefix) problems.push('prefix_missing');
  else if (!companyPrefixValid(prefix)) problems.push('prefix_invalid');
  if (!gtin) problems.push('gtin_missing');
  else if (!gtinValid(gtin) || gtin.length !== 13) problems.push('gtin_invalid');
  else if (prefix && companyPrefixValid(prefix) && !gtin.startsWith(prefix)) problems.push('gtin_not_under_prefix');
  return problems;
}

// ── label ──────────────────────────────────────────────────────────────────────────────────────

export interface NetQuantity {
  value: number;
  unit: string;
  /** height of the digits on the printed label */
  digitHeightMm: number;
}

export type LabelProblem =
  | { code: 'field_missing'; field: string }
  | { code: 'net_quantity_missing' }
  | { code: 'net_quantity_unit_not_legal'; unit: string }
  | { code: 'net_quantity_digits_too_small'; minHeightMm: number };

/** Nominal quantity in g or mL, for the digit-height bands. */
function inBaseUnits(q: NetQuantity): number {
  const factor: Record<string, number> = { mg: 0.001, g: 1, kg: 1000, ml: 1, cl: 10, l: 1000 };
  return q.value * (factor[q.unit.toLowerCase()] ?? 1);
}

export function minDigitHeightMm(rules: OcopRuleSet, q: NetQuantity): number {
  const amount = inBaseUnits(q);
  const band = rules.netQuantityDigitHeights.find((b) => b.upTo === null || amount <= b.upTo);
  return band?.minHeightMm ?? 0;
}

export function labelProblems(
  rules: OcopRuleSet,
  input: {
    category: OcopCategory;
    prepacked: boolean;
    fieldsPresent: readonly string[];
    netQuantity?: NetQuantity | null;
  },
): LabelProblem[] {
  const problems: LabelProblem[] = [];
  const present = new Set(input.fieldsPresent);
  for (const field of rules.labelFields[input.category]) {
    if (!field.mandatory || (field.prepackedOnly && !input.prepacked)) continue;
    if (field.code === 'net_quantity') continue; // checked with its value below
    if (!present.has(field.code)) problems.push({ code: 'field_missing', field: field.code });
  }
  const needsQuantity = input.prepacked && rules.labelFields[input.category].some((f) => f.code === 'net_quantity');
  if (needsQuantity) {
    const q = input.netQuantity;
    if (!q) problems.push({ code: 'net_quantity_missing' });
    else {
      if (!rules.legalUnits.includes(q.unit)) problems.push({ code: 'net_quantity_unit_not_legal', unit: q.unit });
      const min = minDigitHeightMm(rules, q);
      if (q.digitHeightMm < min) problems.push({ code: 'net_quantity_digits_too_small', minHeightMm: min });
    }
  }
  return problems;
}

// ── item details: what must be filled before review ────────────────────────────────────────────

export interface ItemDetails {
  // label
  prepacked?: boolean;
  fieldsPresent?: string[];
  netQuantity?: NetQuantity | null;
  // barcode
  companyPrefix?: string | null;
  gtin?: string | null;
  // base_standard
  standardCode?: string | null;
  publishedOn?: string | null;
  // quality_system
  system?: string | null;
  certificateNumber?: string | null;
  validUntil?: string | null;
  // ip_right
  right?: 'trademark' | 'collective_mark' | 'certification_mark' | 'geographical_indication' | null;
  requestId?: string | null;
}

/** Stable codes of what keeps an item from review; empty when it can be reviewed. */
export function itemProblems(
  rules: OcopRuleSet,
  code: OcopItemCode,
  category: OcopCategory,
  details: ItemDetails,
  today: string,
): string[] {
  switch (code) {
    case 'label':
      return labelProblems(rules, {
        category,
        prepacked: details.prepacked ?? false,
        fieldsPresent: details.fieldsPresent ?? [],
        netQuantity: details.netQuantity ?? null,
      }).map((p) => ('field' in p ? `${p.code}:${p.field}` : p.code));
    case 'barcode':
      return barcodeProblems(details);
    case 'base_standard':
      return [
        ...(details.standardCode ? [] : ['standard_code_missing']),
        ...(details.publishedOn ? [] : ['publication_missing']),
      ];
    case 'quality_system':
      return [
        ...(details.system ? [] : ['system_missing']),
        ...(details.certificateNumber ? [] : ['certificate_missing']),
        ...(details.validUntil && details.validUntil < today ? ['certificate_expired'] : []),
      ];
    case 'ip_right':
      return [
        ...(details.right ? [] : ['right_missing']),
        ...(details.certificateNumber ? [] : ['certificate_missing']),
      ];
  }
}

// ── who moves an item where ────────────────────────────────────────────────────────────────────

export type ReadinessSide = 'cooperative' | 'officer';

const MOVES: Record<ReadinessSide, Partial<Record<ReadinessStatus, readonly ReadinessStatus[]>>> = {
  cooperative: {
    not_started: ['in_progress', 'ready_for_review'],
    in_progress: ['ready_for_review'],
    ready_for_review: ['in_progress'],
  },
  officer: {
    not_started: ['not_applicable'],
    in_progress: ['not_applicable'],
    ready_for_review: ['done', 'in_progress', 'not_applicable'],
    done: ['in_progress'],
    not_applicable: ['not_started'],
  },
};

export function canMove(side: ReadinessSide, from: ReadinessStatus, to: ReadinessStatus): boolean {
  return MOVES[side][from]?.includes(to) ?? false;
}

// ── how ready ──────────────────────────────────────────────────────────────────────────────────

export interface ReadinessSummary {
  applicable: number;
  done: number;
  /** every item needed for the target stars is done */
  readyForTarget: boolean;
  /** the highest star level whose required items are all done (0 when even 3 is not reached) */
  starsReached: number;
  /** done / applicable, 0–100 */
  percent: number;
}

export function readinessSummary(
  rules: OcopRuleSet,
  items: readonly { code: OcopItemCode; status: ReadinessStatus }[],
  targetStars: number,
): ReadinessSummary {
  const status = new Map(items.map((i) => [i.code, i.status]));
  const applicableItems = items.filter((i) => i.status !== 'not_applicable');
  const done = applicableItems.filter((i) => i.status === 'done').length;
  const satisfied = (stars: number) =>
    rules.items
      .filter((r) => r.minStars <= stars)
      .every((r) => ['done', 'not_applicable'].includes(status.get(r.code) ?? 'not_started'));
  const starsReached = [5, 4, 3].find(satisfied) ?? 0;
  return {
    applicable: applicableItems.length,
    done,
    readyForTarget: satisfied(targetStars),
    starsReached,
    percent: applicableItems.length === 0 ? 0 : Math.round((done / applicableItems.length) * 100),
  };
}
