// An indicator as data: what it counts, from which fact stream, with which filters — a small
// declarative language (count, sum of a field, distinct count, ratio of two indicators, manual
// figures), never code. Admins edit these through the API; every edit is a new version.
import { z } from 'zod';

const text = z.string().trim().min(1).max(300);
export const localizedTextSchema = z.object({ vi: text, en: text });

export const INDICATOR_CODE_PATTERN = /^[a-z][a-z0-9_.-]{1,79}$/;
export const indicatorCodeSchema = z.string().regex(INDICATOR_CODE_PATTERN, 'lowercase code, e.g. techmart.listings');

/** Fields a filter, a sum or a distinct count can name: the fact's columns, else one of its attributes. */
export const FACT_COLUMNS = {
  provinceCode: 'province_code',
  communeCode: 'commune_code',
  sectorCode: 'sector_code',
  organisationType: 'organisation_type',
  organisationId: 'organisation_id',
  entityId: 'entity_id',
  amount: 'amount',
} as const;
export const fieldNameSchema = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, 'a field or attribute name');

export const filterSchema = z.discriminatedUnion('op', [
  z.object({ field: fieldNameSchema, op: z.literal('eq'), value: z.string().max(100) }),
  z.object({ field: fieldNameSchema, op: z.literal('neq'), value: z.string().max(100) }),
  z.object({ field: fieldNameSchema, op: z.literal('in'), values: z.array(z.string().max(100)).min(1).max(50) }),
]);
export type Filter = z.infer<typeof filterSchema>;

const streamSchema = z.string().regex(/^[a-z][a-z0-9_.-]{1,60}$/);
const filters = z.array(filterSchema).max(10).default([]);

export const computationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('count'), stream: streamSchema, filters }),
  z.object({ kind: z.literal('sum'), stream: streamSchema, field: fieldNameSchema, filters }),
  z.object({ kind: z.literal('distinct'), stream: streamSchema, field: fieldNameSchema, filters }),
  z.object({
    kind: z.literal('ratio'),
    numerator: indicatorCodeSchema,
    denominator: indicatorCodeSchema,
    /** 100 for a percentage */
    scale: z.number().positive().max(1_000_000).default(100),
  }),
  /** a figure an officer enters per year and locality (e.g. registered firms) */
  z.object({ kind: z.literal('manual') }),
]);
export type Computation = z.infer<typeof computationSchema>;

export const DIMENSIONS = ['province', 'commune', 'sector', 'organisationType'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const UNITS = ['count', 'vnd', 'percent'] as const;
export type UnitCode = (typeof UNITS)[number];

export const indicatorDefinitionSchema = z.object({
  code: indicatorCodeSchema,
  name: localizedTextSchema,
  description: localizedTextSchema.optional(),
  /** what the figures count, shown next to them ("tin đăng" / "listings") */
  unit: localizedTextSchema,
  unitCode: z.enum(UNITS),
  computation: computationSchema,
  dimensions: z.array(z.enum(DIMENSIONS)).min(1).default(['province', 'commune']),
  /** the Provincial Innovation Index pillar it feeds, where one exists */
  piiPillar: z
    .object({ code: z.string().min(1).max(20), name: localizedTextSchema })
    .nullable()
    .default(null),
  /**
   * true: the target is a stock reached over years (count since the baseline, e.g. 15 S&T enterprises
   * by 2030); false: a flow counted within each target year.
   */
  cumulative: z.boolean().default(false),
  /** on the public open-data page */
  public: z.boolean().default(false),
  /** display order on the dashboard */
  order: z.number().int().min(0).max(10_000).default(100),
  /** retired indicators stay in history but leave the dashboard */
  active: z.boolean().default(true),
});
export type IndicatorDefinition = z.infer<typeof indicatorDefinitionSchema>;
export type IndicatorDefinitionInput = z.input<typeof indicatorDefinitionSchema>;

/** Codes a ratio refers to, so a definition set can be checked for unknown or circular references. */
export function referencedCodes(definition: IndicatorDefinition): string[] {
  return definition.computation.kind === 'ratio'
    ? [definition.computation.numerator, definition.computation.denominator]
    : [];
}

/**
 * Problems with a set of definitions taken together: ratios naming unknown indicators or each other
 * in a circle. Empty when the set is usable.
 */
export function definitionSetProblems(definitions: readonly IndicatorDefinition[]): string[] {
  const byCode = new Map(definitions.map((d) => [d.code, d]));
  const problems: string[] = [];
  for (const definition of definitions) {
    for (const ref of referencedCodes(definition)) {
      if (!byCode.has(ref)) problems.push(`${definition.code}: refers to unknown indicator ${ref}`);
    }
  }
  const visiting = new Set<string>();
  const done = new Set<string>();
  const visit = (code: string, path: string[]): void => {
    if (done.has(code)) return;
    if (visiting.has(code)) {
      problems.push(`circular ratio: ${[...path, code].join(' → ')}`);
      return;
    }
    visiting.add(code);
    const definition = byCode.get(code);
    if (definition) for (const ref of referencedCodes(definition)) visit(ref, [...path, code]);
    visiting.delete(code);
    done.add(code);
  };
  for (const definition of definitions) visit(definition.code, []);
  return problems;
}
