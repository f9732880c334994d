// Shapes of the insights API (requests and responses): the controllers validate with them, the
// OpenAPI document is generated from them and the portal imports their types (@sti/insights/api).
import { z } from 'zod';
import {
  computationSchema,
  DIMENSIONS,
  indicatorDefinitionSchema,
  localizedTextSchema,
  UNITS,
} from '../indicators/indicator-definition.js';

export const statusSchema = z.enum(['green', 'amber', 'red']);
export const trendSchema = z.enum(['up', 'down', 'flat']);

export const periodViewSchema = z.object({
  key: z.string(),
  grain: z.enum(['month', 'quarter', 'half', 'year', 'range']),
  startDate: z.string(),
  endDate: z.string(),
  label: localizedTextSchema,
});

export const targetViewSchema = z.object({
  indicatorCode: z.string(),
  provinceCode: z.string(),
  communeCode: z.string(),
  year: z.number().int(),
  baselineDate: z.string(),
  baselineValue: z.number(),
  targetDate: z.string(),
  targetValue: z.number(),
  note: z.string(),
});

export const indicatorSummarySchema = z.object({
  code: z.string(),
  name: localizedTextSchema,
  unit: localizedTextSchema,
  unitCode: z.enum(UNITS),
  piiPillar: z.object({ code: z.string(), name: localizedTextSchema }).nullable(),
  cumulative: z.boolean(),
  public: z.boolean(),
  /** false: the events it counts are not produced yet ("no data source yet") */
  hasDataSource: z.boolean(),
});

export const tileSchema = indicatorSummarySchema.extend({
  /** null when there is no data source, or a ratio's denominator is 0 or missing */
  value: z.number().nullable(),
  previousValue: z.number().nullable(),
  trend: trendSchema.nullable(),
  target: targetViewSchema.nullable(),
  /** the figure compared with the trajectory: baseline + count since the baseline, or the level */
  actual: z.number().nullable(),
  /** the trajectory's value on the evaluation day */
  expected: z.number().nullable(),
  status: statusSchema.nullable(),
});
export type Tile = z.infer<typeof tileSchema>;

export const overviewSchema = z.object({
  provinceCode: z.string(),
  provinceName: z.string(),
  communeCode: z.string().nullable(),
  communeName: z.string().nullable(),
  period: periodViewSchema,
  previousPeriod: periodViewSchema,
  /** the day the trajectory is read on (the period's last day, or today while it runs) */
  evaluatedOn: z.string(),
  tiles: z.array(tileSchema),
});
export type Overview = z.infer<typeof overviewSchema>;

export const communeRowSchema = z.object({
  communeCode: z.string(),
  communeName: z.string(),
  value: z.number().nullable(),
  previousValue: z.number().nullable(),
  trend: trendSchema.nullable(),
  target: targetViewSchema.nullable(),
  actual: z.number().nullable(),
  expected: z.number().nullable(),
  status: statusSchema.nullable(),
});
export type CommuneRow = z.infer<typeof communeRowSchema>;

export const communeTableSchema = z.object({
  indicator: indicatorSummarySchema,
  provinceCode: z.string(),
  provinceName: z.string(),
  period: periodViewSchema,
  previousPeriod: periodViewSchema,
  evaluatedOn: z.string(),
  rows: z.array(communeRowSchema),
  /** the whole province (facts without a commune included; ratios and distinct counts computed, not summed) */
  total: communeRowSchema,
});
export type CommuneTable = z.infer<typeof communeTableSchema>;

export const seriesPointSchema = z.object({
  period: periodViewSchema,
  value: z.number().nullable(),
  /** what the trajectory is compared with at the end of this period */
  actual: z.number().nullable(),
  expected: z.number().nullable(),
  targetValue: z.number().nullable(),
  status: statusSchema.nullable(),
});

export const seriesSchema = z.object({
  indicator: indicatorSummarySchema,
  provinceCode: z.string(),
  communeCode: z.string().nullable(),
  grain: z.enum(['month', 'quarter', 'half', 'year']),
  points: z.array(seriesPointSchema),
});
export type Series = z.infer<typeof seriesSchema>;

export const indicatorViewSchema = z.object({
  definition: indicatorDefinitionSchema,
  version: z.number().int(),
  changedBy: z.string(),
  changedAt: z.string(),
  hasDataSource: z.boolean(),
  /** the events that feed it (for indicators without a data source: the events that will) */
  sourceEvents: z.array(z.string()),
});
export type IndicatorView = z.infer<typeof indicatorViewSchema>;

export const localityViewSchema = z.object({
  provinceCode: z.string(),
  provinceName: z.string(),
  communes: z.array(z.object({ code: z.string(), name: z.string() })),
});
export type LocalityView = z.infer<typeof localityViewSchema>;

// Requests

const periodKey = z.string().trim().min(4).max(40);
const commune = z
  .string()
  .trim()
  .regex(/^[0-9A-Za-z-]{1,20}$/);

export const overviewQuerySchema = z.object({
  period: periodKey,
  commune: commune.optional(),
});
export const communeTableQuerySchema = z.object({ period: periodKey });
export const seriesQuerySchema = z.object({
  from: periodKey,
  to: periodKey,
  grain: z.enum(['month', 'quarter', 'half', 'year']).default('month'),
  commune: commune.optional(),
});
export const exportQuerySchema = z.object({
  period: periodKey,
  /** comma-separated indicator codes; default every active indicator with a data source */
  indicators: z.string().max(2000).optional(),
});

export const definitionEditSchema = z.object({
  definition: indicatorDefinitionSchema,
  /** the version being replaced (optimistic lock); 0 for a new indicator */
  expectedVersion: z.number().int().min(0).optional(),
});

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const targetEditSchema = z
  .object({
    communeCode: z.string().max(20).default(''),
    year: z.number().int().min(2000).max(2100),
    baselineDate: isoDate,
    baselineValue: z.number().finite().default(0),
    targetDate: isoDate,
    targetValue: z.number().finite(),
    note: z.string().max(500).default(''),
  })
  .refine((t) => t.targetDate > t.baselineDate, { message: 'targetDate after baselineDate', path: ['targetDate'] });

export const thresholdsEditSchema = z
  .object({ greenAt: z.number().min(0).max(10), amberAt: z.number().min(0).max(10) })
  .refine((t) => t.greenAt >= t.amberAt, { message: 'greenAt ≥ amberAt', path: ['greenAt'] });

export const manualValueEditSchema = z.object({
  communeCode: z.string().max(20).default(''),
  year: z.number().int().min(2000).max(2100),
  value: z.number().finite().min(0),
});

export { computationSchema, DIMENSIONS, indicatorDefinitionSchema, localizedTextSchema, UNITS };
