// Monthly KPIs: what a startup reports and the series the portal charts.
import { z } from 'zod';
import { monthSchema, vndSchema } from '../shared/schema.js';

const count = z.number().int().min(0).max(100_000_000);

export const kpiInputSchema = z.object({
  revenueVnd: vndSchema,
  users: count,
  jobsCreated: count,
  fundingRaisedVnd: vndSchema,
  ipFiled: z.number().int().min(0).max(1000),
});

export const kpiReportSchema = z.object({
  month: monthSchema,
  revenueVnd: vndSchema,
  users: z.number(),
  jobsCreated: z.number(),
  fundingRaisedVnd: vndSchema,
  ipFiled: z.number(),
  reportedAt: z.string(),
});

export const kpiRangeQuerySchema = z.object({ from: monthSchema.optional(), to: monthSchema.optional() });

export const kpiSeriesSchema = z.object({ startupId: z.string(), months: z.array(kpiReportSchema) });

export const cohortKpiTotalSchema = z.object({
  month: monthSchema,
  revenueVnd: vndSchema,
  users: z.number(),
  jobsCreated: z.number(),
  fundingRaisedVnd: vndSchema,
  ipFiled: z.number(),
  /** startups that reported that month */
  reporting: z.number(),
});

export const cohortKpiStartupSchema = z.object({
  startupId: z.string(),
  name: z.string(),
  sectorCode: z.string(),
  latestMonth: monthSchema.nullable(),
  revenueVnd: vndSchema,
  users: z.number(),
  jobsCreated: z.number(),
  fundingRaisedVnd: vndSchema,
  ipFiled: z.number(),
  /** sum over the range */
  totalRevenueVnd: vndSchema,
});

export const cohortKpiDashboardSchema = z.object({
  cohortId: z.string(),
  totals: z.array(cohortKpiTotalSchema),
  startups: z.array(cohortKpiStartupSchema),
});

export type KpiInput = z.output<typeof kpiInputSchema>;
export type KpiReport = z.output<typeof kpiReportSchema>;
export type KpiRangeQuery = z.output<typeof kpiRangeQuerySchema>;
export type CohortKpiDashboard = z.output<typeof cohortKpiDashboardSchema>;
