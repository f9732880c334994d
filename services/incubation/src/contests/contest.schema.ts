// Idea contests: the contest with its form, eligibility rules, rubric and awards; rounds; applications.
import { rubricDefinitionSchema } from '@sti/review';
import { z } from 'zod';
import { localizedSchema, text, vndSchema } from '../shared/schema.js';
import { sectorCodeSchema, startupStageSchema } from '../startups/startup.schema.js';
import { feedbackEntrySchema } from '../panels/panel.schema.js';

export const ROUND_STATUSES = ['draft', 'open', 'judging', 'results_published'] as const;
export const APPLICATION_STATUSES = ['submitted', 'ineligible', 'in_review', 'ranked', 'advanced'] as const;

export const formFieldSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'lower-case letters, digits and _'),
  label: z.object({ vi: text(1, 200), en: text(1, 200) }),
  type: z.enum(['text', 'textarea', 'url', 'number', 'select']),
  required: z.boolean().default(true),
  maxLength: z.number().int().min(1).max(20_000).default(4000),
  options: z.array(text(1, 200)).max(30).optional(),
});

export const eligibilitySchema = z.object({
  stages: z.array(startupStageSchema).min(1).optional(),
  sectors: z.array(sectorCodeSchema).min(1).optional(),
  minTrl: z.number().int().min(1).max(9).optional(),
  maxTrl: z.number().int().min(1).max(9).optional(),
  minTeamSize: z.number().int().min(1).max(30).optional(),
});

export const awardSchema = z.object({
  rank: z.number().int().min(1).max(100),
  title: z.object({ vi: text(1, 200), en: text(1, 200) }),
  prizeVnd: vndSchema,
});

export const roundInputSchema = z.object({
  level: z.enum(['commune', 'province']),
  /** the commune's code (commune round) or the province's (province round) */
  localityCode: z.string().regex(/^\d{2,5}$/),
  title: text(3, 300),
  opensAt: z.iso.datetime({ offset: true }),
  closesAt: z.iso.datetime({ offset: true }),
  /** how many of the ranking may carry their application on to the next round */
  advanceCount: z.number().int().min(0).max(100).default(0),
});

export const contestInputSchema = z
  .object({
    title: text(5, 300),
    year: z.number().int().min(2000).max(2100),
    description: text(0, 10_000).default(''),
    formFields: z.array(formFieldSchema).min(1).max(30),
    eligibility: eligibilitySchema.default({}),
    /** @sti/review rubric; the idea-contest rubric when absent */
    rubric: rubricDefinitionSchema.optional(),
    awards: z.array(awardSchema).max(20).default([]),
    /** commune round first, then the province round */
    rounds: z.array(roundInputSchema).min(1).max(2),
  })
  .superRefine((c, ctx) => {
    const keys = c.formFields.map((f) => f.key);
    if (new Set(keys).size !== keys.length)
      ctx.addIssue({ code: 'custom', path: ['formFields'], message: 'field keys must be unique' });
    c.rounds.forEach((r, i) => {
      if (Date.parse(r.closesAt) <= Date.parse(r.opensAt))
        ctx.addIssue({ code: 'custom', path: ['rounds', i, 'closesAt'], message: 'a round closes after it opens' });
    });
    if (c.rounds.length === 2 && (c.rounds[0]?.level !== 'commune' || c.rounds[1]?.level !== 'province'))
      ctx.addIssue({
        code: 'custom',
        path: ['rounds'],
        message: 'two rounds: the commune round, then the province round',
      });
    if (c.eligibility.minTrl && c.eligibility.maxTrl && c.eligibility.minTrl > c.eligibility.maxTrl)
      ctx.addIssue({ code: 'custom', path: ['eligibility', 'maxTrl'], message: 'maxTrl is below minTrl' });
  });

export const roundViewSchema = z.object({
  id: z.string(),
  contestId: z.string(),
  level: z.enum(['commune', 'province']),
  sequence: z.number(),
  localityCode: z.string(),
  title: z.string(),
  status: z.enum(ROUND_STATUSES),
  opensAt: z.string(),
  closesAt: z.string(),
  advanceCount: z.number(),
  resultsPublishedAt: z.string().nullable(),
  applicationCount: z.number(),
});

export const contestViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  year: z.number(),
  description: z.string(),
  formFields: z.array(formFieldSchema),
  eligibility: eligibilitySchema,
  rubric: rubricDefinitionSchema,
  awards: z.array(awardSchema),
  rounds: z.array(roundViewSchema),
  createdAt: z.string(),
});
export const contestListSchema = z.object({ items: z.array(contestViewSchema) });

export const applicationInputSchema = z.object({
  startupId: z.uuid(),
  title: text(5, 300),
  answers: z.record(z.string().max(40), z.string().max(20_000)).default({}),
});

export const carryOverInputSchema = z.object({ roundId: z.uuid() });

export const eligibilityIssueSchema = z.object({ code: z.string(), message: localizedSchema });

export const applicationViewSchema = z.object({
  id: z.string(),
  contestId: z.string(),
  contestTitle: z.string(),
  roundId: z.string(),
  roundTitle: z.string(),
  level: z.enum(['commune', 'province']),
  roundStatus: z.enum(ROUND_STATUSES),
  startupId: z.string(),
  startupName: z.string(),
  title: z.string(),
  answers: z.record(z.string(), z.string()),
  status: z.enum(APPLICATION_STATUSES),
  eligibility: z.array(eligibilityIssueSchema),
  carriedFromId: z.string().nullable(),
  submittedAt: z.string().nullable(),
  /** once results are published */
  score: z.number().nullable(),
  rank: z.number().nullable(),
  award: z.string().nullable(),
  /** every juror's total and written feedback (once results are published) */
  feedback: z.array(feedbackEntrySchema),
  /** the commune round's top entries may carry the application to the province round */
  canCarryOver: z.boolean(),
});
export const applicationListSchema = z.object({ items: z.array(applicationViewSchema) });

export const roundApplicationSchema = z.object({
  id: z.string(),
  startupId: z.string(),
  startupName: z.string(),
  title: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  eligibility: z.array(eligibilityIssueSchema),
  carriedFromId: z.string().nullable(),
  submittedAt: z.string().nullable(),
  sheets: z.object({ assigned: z.number(), final: z.number() }),
  score: z.number().nullable(),
  rank: z.number().nullable(),
});
export const roundApplicationListSchema = z.object({ items: z.array(roundApplicationSchema) });

export const rankingSchema = z.object({
  roundId: z.string(),
  published: z.boolean(),
  tieBreakRule: localizedSchema,
  items: z.array(
    z.object({
      applicationId: z.string(),
      startupId: z.string(),
      startupName: z.string(),
      title: z.string(),
      rank: z.number(),
      score: z.number().nullable(),
      tieBreak: z.string().nullable(),
      award: z.string().nullable(),
    }),
  ),
});

export type FormField = z.output<typeof formFieldSchema>;
export type Eligibility = z.output<typeof eligibilitySchema>;
export type Award = z.output<typeof awardSchema>;
export type ContestInput = z.output<typeof contestInputSchema>;
export type ContestView = z.output<typeof contestViewSchema>;
export type RoundView = z.output<typeof roundViewSchema>;
export type ApplicationInput = z.output<typeof applicationInputSchema>;
export type ApplicationView = z.output<typeof applicationViewSchema>;
export type EligibilityIssue = z.output<typeof eligibilityIssueSchema>;
export type RoundStatus = (typeof ROUND_STATUSES)[number];
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];
export type Ranking = z.output<typeof rankingSchema>;
