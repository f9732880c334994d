// Expert profile request and response shapes. Portal-safe: zod only.

import { z } from 'zod';
import { pendingRevisionSchema } from '../moderation/moderation.schema.js';
import {
  attachmentViewSchema,
  block,
  codeSchema,
  contactSchema,
  contactViewSchema,
  keywordsSchema,
  line,
  listingStatusSchema,
  localityInputSchema,
  localityViewSchema,
  organisationViewSchema,
  provenanceViewSchema,
  referenceTermViewSchema,
  revisionSchema,
} from '../shared/schema-primitives.js';

export const EXPERT_RESULT_KINDS = [
  'publication',
  'patent',
  'project',
  'transferred_technology',
  'award',
  'other',
] as const;

export const expertResultSchema = z.object({
  title: line(3, 300),
  year: z.int().min(1950).max(2100),
  kind: z.enum(EXPERT_RESULT_KINDS),
});

const expertFields = z.object({
  fullName: line(2, 120),
  academicTitle: line(1, 40).optional().describe('GS., PGS., TS., ThS., KS. …'),
  fieldCodes: z
    .array(codeSchema)
    .min(1)
    .max(5)
    .overwrite((codes) => [...new Set(codes)]),
  keywords: keywordsSchema,
  results: z.array(expertResultSchema).max(50).default([]),
  availableForConsulting: z.boolean(),
  biography: block(0, 5000).default(''),
  locality: localityInputSchema,
  contact: contactSchema,
});

export const expertInputSchema = expertFields.meta({ id: 'ExpertInput' });
export const expertUpdateSchema = expertFields.extend({ revision: revisionSchema }).meta({ id: 'ExpertUpdate' });

const expertViewFields = z.object({
  id: z.string(),
  status: listingStatusSchema,
  fullName: z.string(),
  academicTitle: z.string().optional(),
  organisation: organisationViewSchema,
  fields: z.array(referenceTermViewSchema),
  keywords: z.array(z.string()),
  results: z.array(z.object({ title: z.string(), year: z.number().int(), kind: z.enum(EXPERT_RESULT_KINDS) })),
  availableForConsulting: z.boolean(),
  biography: z.string(),
  locality: localityViewSchema,
  contact: contactViewSchema,
  /** photos and documents, as on offers (an officer asking for real photos must be answerable) */
  attachments: z.array(attachmentViewSchema),
  revision: z.number().int(),
  returnReason: z.string().optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().optional(),
  /** imported from another exchange: its name and the listing's id there */
  provenance: provenanceViewSchema.optional(),
  /** when the published listing lapses unless its owner renews it */
  expiresAt: z.string().optional(),
  /** set while the listing has lapsed (out of public lists and search until renewed) */
  expiredAt: z.string().optional(),
});

export const publishedExpertViewSchema = expertViewFields.meta({ id: 'PublishedExpert' });
export const expertViewSchema = expertViewFields
  .extend({ publishedVersion: expertViewFields.optional(), pendingRevision: pendingRevisionSchema.optional() })
  .meta({ id: 'Expert' });

export type ExpertInput = z.infer<typeof expertInputSchema>;
export type ExpertUpdate = z.infer<typeof expertUpdateSchema>;
export type ExpertView = z.infer<typeof expertViewSchema>;
export type PublishedExpertView = z.infer<typeof publishedExpertViewSchema>;
export type ExpertResultInput = z.infer<typeof expertResultSchema>;
