// Technology need (demand) request and response shapes. Portal-safe: zod only.

import { z } from 'zod';
import { pendingRevisionSchema } from '../moderation/moderation.schema.js';
import { parseVnd } from '../shared/money.js';
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
  trlSchema,
  uuidSchema,
  vndAmountSchema,
} from '../shared/schema-primitives.js';

export const budgetSchema = z.object({
  minVnd: vndAmountSchema.optional(),
  maxVnd: vndAmountSchema.optional(),
});

const needFields = z.object({
  title: line(5, 200),
  problem: block(20, 20_000),
  sectorCode: codeSchema,
  keywords: keywordsSchema,
  desiredTrl: trlSchema.optional(),
  budget: budgetSchema.optional(),
  wantedBy: z.iso.date().optional().describe('YYYY-MM-DD'),
  locality: localityInputSchema,
  contact: contactSchema,
});

function budgetInOrder(
  value: { budget?: { minVnd?: string; maxVnd?: string } | undefined },
  ctx: z.RefinementCtx,
): void {
  const min = value.budget?.minVnd === undefined ? undefined : parseVnd(value.budget.minVnd);
  const max = value.budget?.maxVnd === undefined ? undefined : parseVnd(value.budget.maxVnd);
  if (min?.ok && max?.ok && min.value > max.value) {
    ctx.addIssue({
      code: 'custom',
      path: ['budget', 'maxVnd'],
      message: 'budget maximum is below the minimum',
      params: {
        vi: 'Ngân sách tối đa phải lớn hơn hoặc bằng mức tối thiểu.',
        en: 'The maximum budget must be at least the minimum.',
      },
    });
  }
}

/** An existing organisation picked by id (GET /organisations), or a new one registered by name. */
export const onBehalfOfSchema = z.union([
  z.object({ organisationId: uuidSchema }),
  z.object({ organisationName: line(2, 200).describe('registers a new organisation; never matched by name') }),
]);

export const needInputSchema = needFields.superRefine(budgetInOrder).meta({ id: 'NeedInput' });
export const needUpdateSchema = needFields
  .extend({ revision: revisionSchema })
  .superRefine(budgetInOrder)
  .meta({ id: 'NeedUpdate' });
export const needIntakeSchema = needFields
  .extend({ onBehalfOf: onBehalfOfSchema })
  .superRefine(budgetInOrder)
  .meta({ id: 'NeedIntakeInput' });

const needViewFields = z.object({
  id: z.string(),
  status: listingStatusSchema,
  title: z.string(),
  problem: z.string(),
  sector: referenceTermViewSchema,
  keywords: z.array(z.string()),
  desiredTrl: z.number().int().optional(),
  budget: z.object({ minVnd: z.string().optional(), maxVnd: z.string().optional() }),
  wantedBy: z.string().optional(),
  locality: localityViewSchema,
  contact: contactViewSchema,
  /** photos and documents, as on offers (an officer asking for real photos must be answerable) */
  attachments: z.array(attachmentViewSchema),
  requester: organisationViewSchema,
  intake: z
    .object({
      enteredBy: z.object({ userId: z.string(), displayName: z.string() }),
      onBehalfOf: organisationViewSchema,
    })
    .optional()
    .describe('Set when an officer recorded the need on behalf of the requester'),
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

export const publishedNeedViewSchema = needViewFields.meta({ id: 'PublishedNeed' });
export const needViewSchema = needViewFields
  .extend({ publishedVersion: needViewFields.optional(), pendingRevision: pendingRevisionSchema.optional() })
  .meta({ id: 'Need' });

export type NeedInput = z.infer<typeof needInputSchema>;
export type NeedUpdate = z.infer<typeof needUpdateSchema>;
export type NeedIntakeInput = z.infer<typeof needIntakeSchema>;
export type NeedView = z.infer<typeof needViewSchema>;
export type PublishedNeedView = z.infer<typeof publishedNeedViewSchema>;
