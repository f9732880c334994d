// Incubation programmes: the call, applications, selection by the panel, cohorts.
import { rubricDefinitionSchema } from '@sti/review';
import { z } from 'zod';
import { feedbackEntrySchema } from '../panels/panel.schema.js';
import { text } from '../shared/schema.js';

export const PROGRAMME_STATUSES = ['draft', 'call_open', 'selecting', 'running', 'closed'] as const;
export const PROGRAMME_APPLICATION_STATUSES = [
  'submitted',
  'in_review',
  'selected',
  'not_selected',
  'withdrawn',
] as const;

export const programmeInputSchema = z
  .object({
    title: text(5, 300),
    description: text(0, 10_000).default(''),
    callOpensAt: z.iso.datetime({ offset: true }),
    callClosesAt: z.iso.datetime({ offset: true }),
    seats: z.number().int().min(1).max(500),
    /** @sti/review rubric; the selection rubric when absent */
    rubric: rubricDefinitionSchema.optional(),
  })
  .refine((p) => Date.parse(p.callClosesAt) > Date.parse(p.callOpensAt), {
    path: ['callClosesAt'],
    message: 'the call closes after it opens',
  });

export const cohortSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  startupCount: z.number(),
});

export const programmeViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  status: z.enum(PROGRAMME_STATUSES),
  callOpensAt: z.string(),
  callClosesAt: z.string(),
  seats: z.number(),
  applicationCount: z.number(),
  cohorts: z.array(cohortSummarySchema),
  rubric: rubricDefinitionSchema,
});
export const programmeListSchema = z.object({ items: z.array(programmeViewSchema) });

export const programmeApplicationInputSchema = z.object({
  startupId: z.uuid(),
  motivation: text(20, 10_000),
  /** a contest application id, or `initiative:<id>` for a recognised initiative that seeded it */
  seededFrom: z.string().max(120).optional(),
});

export const programmeApplicationViewSchema = z.object({
  id: z.string(),
  programmeId: z.string(),
  programmeTitle: z.string(),
  startupId: z.string(),
  startupName: z.string(),
  sectorCode: z.string(),
  stage: z.string(),
  motivation: z.string(),
  seededFrom: z.string().nullable(),
  status: z.enum(PROGRAMME_APPLICATION_STATUSES),
  submittedAt: z.string(),
  score: z.number().nullable(),
  rank: z.number().nullable(),
  /** jurors' totals and feedback once the decision is made */
  feedback: z.array(feedbackEntrySchema),
  sheets: z.object({ assigned: z.number(), final: z.number() }),
});
export const programmeApplicationListSchema = z.object({ items: z.array(programmeApplicationViewSchema) });

export const cohortInputSchema = z
  .object({
    name: text(2, 200),
    startsOn: z.iso.date(),
    endsOn: z.iso.date(),
    /** the selected startups; every other application of the programme is not selected */
    startupIds: z.array(z.uuid()).min(1).max(500),
  })
  .refine((c) => c.endsOn > c.startsOn, { path: ['endsOn'], message: 'a cohort ends after it starts' });

export const cohortViewSchema = z.object({
  id: z.string(),
  programmeId: z.string(),
  programmeTitle: z.string(),
  name: z.string(),
  startsOn: z.string(),
  endsOn: z.string(),
  startups: z.array(z.object({ id: z.string(), name: z.string(), sectorCode: z.string(), stage: z.string() })),
});
export const cohortListSchema = z.object({ items: z.array(cohortViewSchema) });

export type ProgrammeInput = z.output<typeof programmeInputSchema>;
export type ProgrammeView = z.output<typeof programmeViewSchema>;
export type ProgrammeStatus = (typeof PROGRAMME_STATUSES)[number];
export type ProgrammeApplicationInput = z.output<typeof programmeApplicationInputSchema>;
export type ProgrammeApplicationView = z.output<typeof programmeApplicationViewSchema>;
export type ProgrammeApplicationStatus = (typeof PROGRAMME_APPLICATION_STATUSES)[number];
export type CohortInput = z.output<typeof cohortInputSchema>;
export type CohortView = z.output<typeof cohortViewSchema>;
