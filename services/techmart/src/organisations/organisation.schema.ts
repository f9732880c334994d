// Organisation request and response shapes. Portal-safe: zod only.

import { z } from 'zod';
import { line, pageQuerySchema, uuidSchema } from '../shared/schema-primitives.js';
import { ORGANISATION_STATUSES } from './organisation.policy.js';

export const organisationStatusSchema = z.enum(ORGANISATION_STATUSES);

/** What officers see in the intake picker: public-safe (no members, no contact data). */
export const organisationSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    verified: z.boolean().describe('checked by an officer'),
  })
  .meta({ id: 'OrganisationSummary' });

export const organisationSearchQuerySchema = pageQuerySchema.extend({
  q: z.string().max(200).optional().describe('part of the name; accents and case are ignored'),
});

/** The admins' view of an organisation. */
export const organisationAdminViewSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    status: organisationStatusSchema,
    mergedIntoId: z.string().optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'OrganisationAdminView' });

export const organisationCreateSchema = z.object({ name: line(2, 200) }).meta({ id: 'OrganisationCreate' });
export const organisationMergeSchema = z
  .object({ survivorId: uuidSchema.describe('the organisation the duplicate is folded into') })
  .meta({ id: 'OrganisationMerge' });

export type OrganisationSummary = z.infer<typeof organisationSummarySchema>;
export type OrganisationSearchQuery = z.infer<typeof organisationSearchQuerySchema>;
export type OrganisationAdminView = z.infer<typeof organisationAdminViewSchema>;
export type OrganisationCreate = z.infer<typeof organisationCreateSchema>;
export type OrganisationMerge = z.infer<typeof organisationMergeSchema>;
