// Milestones per startup in a cohort (due dates, evidence links and files, officer sign-off) and alumni outcomes.
import { z } from 'zod';
import { MILESTONE_STATUSES } from '../programmes/programme.rules.js';
import { REVENUE_BANDS } from '../reference/reference.data.js';
import { text, vndSchema } from '../shared/schema.js';

export const milestoneInputSchema = z.object({
  title: text(3, 300),
  description: text(0, 4000).default(''),
  dueOn: z.iso.date(),
  /** the cohort's startups it applies to; every startup of the cohort when absent */
  startupIds: z.array(z.uuid()).min(1).max(500).optional(),
});

export const evidenceLinkSchema = z.object({
  url: z.url({ protocol: /^https?$/ }).max(1000),
  label: text(1, 200),
});

export const milestoneSubmitSchema = z.object({ links: z.array(evidenceLinkSchema).max(20).default([]) });
export const signOffInputSchema = z.object({ note: text(0, 4000).optional() });
export const returnInputSchema = z.object({ note: text(5, 4000) });

export const milestoneViewSchema = z.object({
  id: z.string(),
  cohortId: z.string(),
  startupId: z.string(),
  startupName: z.string(),
  title: z.string(),
  description: z.string(),
  dueOn: z.string(),
  status: z.enum(MILESTONE_STATUSES),
  overdue: z.boolean(),
  links: z.array(evidenceLinkSchema),
  files: z.array(z.object({ id: z.string(), fileName: z.string(), mediaType: z.string(), sizeBytes: z.number() })),
  submittedAt: z.string().nullable(),
  signedOffAt: z.string().nullable(),
  officerNote: z.string().nullable(),
});
export const milestoneListSchema = z.object({ items: z.array(milestoneViewSchema) });

export const alumniOutcomeInputSchema = z.object({
  collectedOn: z.iso.date(),
  stillOperating: z.boolean(),
  revenueBand: z.enum(REVENUE_BANDS),
  fundingRaisedVnd: vndSchema,
  becameStEnterprise: z.boolean(),
  note: text(0, 4000).default(''),
});

export const alumniOutcomeSchema = alumniOutcomeInputSchema.extend({
  startupId: z.string(),
  startupName: z.string(),
  cohortId: z.string(),
});
export const alumniOutcomeListSchema = z.object({ items: z.array(alumniOutcomeSchema) });

export type MilestoneInput = z.output<typeof milestoneInputSchema>;
export type MilestoneView = z.output<typeof milestoneViewSchema>;
export type AlumniOutcomeInput = z.output<typeof alumniOutcomeInputSchema>;
export type AlumniOutcome = z.output<typeof alumniOutcomeSchema>;
