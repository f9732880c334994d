// Request/response schemas of OCOP readiness (portal-safe: zod only). The single source for
// validation, the OpenAPI document and the portal's types.
import { z } from 'zod';
import { OCOP_CATEGORIES, OCOP_ITEM_CODES, READINESS_STATUSES } from './ocop-rules.js';

/** Free text: NFC, trimmed, bounded; shown literally by the portal (never as markup). */
const text = (max: number) =>
  z
    .string()
    .max(max * 2)
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1).max(max));
const optionalText = (max: number) =>
  z
    .string()
    .max(max * 2)
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().max(max))
    .nullish();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const ocopCategorySchema = z.enum(OCOP_CATEGORIES);
export const ocopItemCodeSchema = z.enum(OCOP_ITEM_CODES);
export const readinessStatusSchema = z.enum(READINESS_STATUSES);

export const createOcopProductSchema = z.object({
  name: text(200),
  category: ocopCategorySchema,
  description: optionalText(2000),
  targetStars: z.number().int().min(3).max(5),
  currentStars: z.number().int().min(0).max(5).optional(),
});
export type CreateOcopProductInput = z.infer<typeof createOcopProductSchema>;

export const netQuantitySchema = z.object({
  value: z.number().positive().max(1_000_000),
  unit: z.string().min(1).max(10),
  digitHeightMm: z.number().min(0).max(100),
});

/** What the co-operative declares per item; each item reads the fields it needs. */
export const itemDetailsSchema = z
  .object({
    prepacked: z.boolean().optional(),
    fieldsPresent: z
      .array(z.string().regex(/^[a-z_]{1,40}$/))
      .max(30)
      .optional(),
    netQuantity: netQuantitySchema.nullish(),
    companyPrefix: z
      .string()
      .regex(/^\d{7,10}$/)
      .nullish(),
    gtin: z
      .string()
      .regex(/^\d{8,14}$/)
      .nullish(),
    standardCode: optionalText(100),
    publishedOn: day.nullish(),
    system: optionalText(100),
    certificateNumber: optionalText(100),
    validUntil: day.nullish(),
    right: z.enum(['trademark', 'collective_mark', 'certification_mark', 'geographical_indication']).nullish(),
    requestId: z.uuid().nullish(),
  })
  .strict();
export type ItemDetailsInput = z.infer<typeof itemDetailsSchema>;

export const updateOcopItemSchema = z
  .object({
    /** merged into the stored details (the co-operative's side) */
    details: itemDetailsSchema.optional(),
    status: readinessStatusSchema.optional(),
    /** officer's note when returning or confirming; the co-operative's remark otherwise */
    note: optionalText(1000),
  })
  .refine((v) => v.details !== undefined || v.status !== undefined || v.note != null, {
    message: 'nothing to change',
  });
export type UpdateOcopItemInput = z.infer<typeof updateOcopItemSchema>;

export const askHelpSchema = z.object({ itemCode: ocopItemCodeSchema, question: text(2000) });
export const answerHelpSchema = z.object({ answer: text(2000) });

export const ocopProductListQuerySchema = z.object({
  category: ocopCategorySchema.optional(),
  /** products with at least one item in this status (with itemCode: that item in this status) */
  itemStatus: readinessStatusSchema.optional(),
  itemCode: ocopItemCodeSchema.optional(),
  readyForTarget: z.enum(['true', 'false']).optional(),
  openHelp: z.enum(['true']).optional(),
  organisationId: z.string().max(100).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type OcopProductListQuery = z.infer<typeof ocopProductListQuerySchema>;

export const ocopDocumentViewSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.iso.datetime(),
  uploadedByName: z.string(),
});

export const ocopHelpViewSchema = z.object({
  id: z.string(),
  productId: z.string(),
  productName: z.string(),
  organisationName: z.string(),
  itemCode: ocopItemCodeSchema,
  question: z.string(),
  askedByName: z.string(),
  askedAt: z.iso.datetime(),
  state: z.enum(['open', 'answered']),
  answer: z.string().nullable(),
  answeredByName: z.string().nullable(),
  answeredAt: z.iso.datetime().nullable(),
});

export const ocopItemViewSchema = z.object({
  code: ocopItemCodeSchema,
  titleVi: z.string(),
  titleEn: z.string(),
  hintVi: z.string(),
  hintEn: z.string(),
  basis: z.string(),
  minStars: z.number().int(),
  status: readinessStatusSchema,
  details: itemDetailsSchema,
  /** what keeps the item from review (stable codes, e.g. field_missing:expiry_date, gtin_invalid) */
  problems: z.array(z.string()),
  note: z.string().nullable(),
  reviewedAt: z.iso.datetime().nullable(),
  documents: z.array(ocopDocumentViewSchema),
  /** the statuses the caller may move this item to */
  allowedStatuses: z.array(readinessStatusSchema),
  /** ip_right: the linked support request of this service, with its state and certificate */
  linkedRequest: z
    .object({
      id: z.string(),
      reference: z.string(),
      right: z.string(),
      state: z.string(),
      certificateNumber: z.string().nullable(),
    })
    .nullable(),
});

const summaryFields = {
  readinessPercent: z.number().int(),
  starsReached: z.number().int(),
  readyForTarget: z.boolean(),
  openHelpCount: z.number().int(),
};

export const ocopProductSummarySchema = z.object({
  id: z.string(),
  organisationId: z.string(),
  organisationName: z.string(),
  name: z.string(),
  category: ocopCategorySchema,
  targetStars: z.number().int(),
  currentStars: z.number().int(),
  ...summaryFields,
  /** item code → status, for the officer's overview */
  itemStatuses: z.record(z.string(), readinessStatusSchema),
  updatedAt: z.iso.datetime(),
});

export const ocopProductListSchema = z.object({
  items: z.array(ocopProductSummarySchema),
  nextCursor: z.string().nullable(),
});

export const labelFieldViewSchema = z.object({
  code: z.string(),
  titleVi: z.string(),
  titleEn: z.string(),
  mandatory: z.boolean(),
  prepackedOnly: z.boolean().optional(),
});

export const ocopProductViewSchema = ocopProductSummarySchema.extend({
  description: z.string().nullable(),
  rulesEffectiveFrom: day,
  /** the label items required for this product's category under its rule set */
  labelFields: z.array(labelFieldViewSchema),
  items: z.array(ocopItemViewSchema),
  helpRequests: z.array(ocopHelpViewSchema),
  revision: z.number().int(),
});

export const ocopHelpListQuerySchema = z.object({
  state: z.enum(['open', 'answered']).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export const ocopHelpListSchema = z.object({ items: z.array(ocopHelpViewSchema), nextCursor: z.string().nullable() });

const itemRuleSchema = z.object({
  code: ocopItemCodeSchema,
  titleVi: text(200),
  titleEn: text(200),
  hintVi: text(2000),
  hintEn: text(2000),
  basis: text(500),
  minStars: z.number().int().min(1).max(5),
});

export const ocopRulesSchema = z.object({
  items: z.array(itemRuleSchema).min(1).max(20),
  labelFields: z.record(ocopCategorySchema, z.array(labelFieldViewSchema).max(40)),
  netQuantityDigitHeights: z
    .array(z.object({ upTo: z.number().positive().nullable(), minHeightMm: z.number().min(0).max(50) }))
    .min(1)
    .max(10),
  legalUnits: z.array(z.string().min(1).max(10)).min(1).max(30),
});

export const publishOcopRuleSetSchema = ocopRulesSchema.extend({ effectiveFrom: day, note: text(500) });
export type PublishOcopRuleSetInput = z.infer<typeof publishOcopRuleSetSchema>;

export const ocopRuleSetViewSchema = ocopRulesSchema.extend({
  effectiveFrom: day,
  note: z.string(),
  createdBy: z.string(),
});
export const ocopRuleSetListSchema = z.object({ items: z.array(ocopRuleSetViewSchema) });
