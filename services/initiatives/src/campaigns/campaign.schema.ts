// Campaign requests and views (the portal imports these through @sti/initiatives/api).
import { rubricDefinitionSchema } from '@sti/review';
import { z } from 'zod';

export const CAMPAIGN_LEVELS = ['unit', 'commune', 'province'] as const;
export const CAMPAIGN_STATES = ['draft', 'open', 'review', 'decided'] as const;
export const COUNCIL_ROLES = ['chair', 'secretary', 'reviewer'] as const;

export const campaignLevelSchema = z.enum(CAMPAIGN_LEVELS);
export const campaignStateSchema = z.enum(CAMPAIGN_STATES);
export const councilRoleSchema = z.enum(COUNCIL_ROLES);

const isoDateTime = z.iso.datetime({ offset: true });

const campaignFields = {
  title: z.string().trim().min(5).max(300),
  description: z.string().trim().max(5000).default(''),
  level: campaignLevelSchema,
  /** province code, or the commune code of a commune-level campaign */
  localityCode: z.string().trim().min(2).max(10),
  year: z.number().int().min(2000).max(2100),
  submissionOpensAt: isoDateTime,
  submissionClosesAt: isoDateTime,
  /** organisation ids whose members may submit; empty = anyone */
  eligibleOrganisations: z.array(z.string().min(1)).max(500).default([]),
  /** points on the rubric's total scale (100) a submission needs to be recognised */
  threshold: z.number().min(0).max(1000),
  reviewsPerSubmission: z.number().int().min(3).max(15).default(3),
  blind: z.boolean().default(true),
  appealDays: z.number().int().min(0).max(180).default(30),
  /** days a reviewer has from assignment to the due date */
  reviewDays: z.number().int().min(1).max(120).default(14),
};

export const createCampaignSchema = z
  .object({
    ...campaignFields,
    /** admins create campaigns for any organisation; an officer's campaign is their organisation's */
    organisation: z.object({ id: z.string().min(1), name: z.string().trim().min(2) }).optional(),
  })
  .refine((c) => c.submissionOpensAt < c.submissionClosesAt, {
    path: ['submissionClosesAt'],
    message: 'The submission window must close after it opens.',
  });

export const updateCampaignSchema = z.object(campaignFields).partial();

/** A rubric revision: the campaign's rubric id stays, the version goes up by one. */
export const rubricRevisionSchema = rubricDefinitionSchema.omit({ id: true, version: true });

export const councilMemberInputSchema = z.object({
  userId: z.string().min(1),
  displayName: z.string().trim().min(2).max(200),
  organisationId: z.string().min(1).optional(),
  organisationName: z.string().trim().max(300).optional(),
  role: councilRoleSchema,
});

export const councilInputSchema = z.object({ members: z.array(councilMemberInputSchema).min(1).max(100) });

export const councilMemberViewSchema = z.object({
  userId: z.string(),
  displayName: z.string(),
  organisationId: z.string().nullable(),
  organisationName: z.string().nullable(),
  role: councilRoleSchema,
});

export const campaignViewSchema = z.object({
  id: z.string(),
  organisation: z.object({ id: z.string(), name: z.string() }),
  title: z.string(),
  description: z.string(),
  level: campaignLevelSchema,
  localityCode: z.string(),
  year: z.number().int(),
  submissionOpensAt: z.string(),
  submissionClosesAt: z.string(),
  eligibleOrganisations: z.array(z.string()),
  rubric: rubricDefinitionSchema,
  threshold: z.number(),
  reviewsPerSubmission: z.number().int(),
  blind: z.boolean(),
  appealDays: z.number().int(),
  reviewDays: z.number().int(),
  state: campaignStateSchema,
  openedAt: z.string().nullable(),
  roundClosedAt: z.string().nullable(),
  /** the council, shown to the owning organisation's officers, admins and council members only */
  council: z.array(councilMemberViewSchema),
  /** what the signed-in user may do here */
  myRole: councilRoleSchema.nullable(),
  canManage: z.boolean(),
  revision: z.number().int(),
});

export const campaignListQuerySchema = z.object({ state: campaignStateSchema.optional() });
export const campaignListSchema = z.object({ items: z.array(campaignViewSchema) });

export const myCouncilSchema = z.object({
  items: z.array(z.object({ campaign: campaignViewSchema, role: councilRoleSchema })),
});

export type CampaignLevel = z.output<typeof campaignLevelSchema>;
export type CampaignState = z.output<typeof campaignStateSchema>;
export type CouncilRole = z.output<typeof councilRoleSchema>;
export type CreateCampaignInput = z.output<typeof createCampaignSchema>;
export type UpdateCampaignInput = z.output<typeof updateCampaignSchema>;
export type RubricRevisionInput = z.input<typeof rubricRevisionSchema>;
export type CouncilInput = z.output<typeof councilInputSchema>;
export type CouncilMemberView = z.output<typeof councilMemberViewSchema>;
export type CampaignView = z.output<typeof campaignViewSchema>;
export type CampaignList = z.output<typeof campaignListSchema>;
export type MyCouncil = z.output<typeof myCouncilSchema>;
