// Offer request and response shapes (docs/contracts-draft.md). Portal-safe: zod only.

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
  pageQuerySchema,
  priceSchema,
  priceViewSchema,
  referenceTermViewSchema,
  revisionSchema,
  trlSchema,
} from '../shared/schema-primitives.js';

export const OFFER_KINDS = ['technology', 'equipment'] as const;
export const IP_STATUSES = ['granted_patent', 'pending_application', 'utility_solution', 'know_how', 'none'] as const;
export const TRANSFER_MODES = ['licence', 'assignment', 'turnkey', 'joint_venture', 'consulting_training'] as const;
export const EQUIPMENT_CONDITIONS = ['new', 'used_good', 'used_fair', 'refurbished'] as const;

export const offerKindSchema = z.enum(OFFER_KINDS);
export const ipStatusSchema = z.enum(IP_STATUSES);
export const transferModeSchema = z.enum(TRANSFER_MODES);
export const equipmentConditionSchema = z.enum(EQUIPMENT_CONDITIONS);

export const equipmentInputSchema = z.object({
  specifications: z
    .array(z.object({ name: line(1, 100), value: line(1, 500) }))
    .max(50)
    .default([]),
  condition: equipmentConditionSchema,
  quantity: z.int().min(1).max(100_000),
});

const offerFields = z.object({
  kind: offerKindSchema,
  title: line(5, 200),
  summary: block(20, 500),
  description: block(0, 20_000).default(''),
  sectorCode: codeSchema,
  keywords: keywordsSchema,
  /** optional (null) for used equipment: a second-hand machine's seller rarely knows either */
  trl: trlSchema.nullable().default(null),
  ipStatus: ipStatusSchema.nullable().default(null),
  transferModes: z
    .array(transferModeSchema)
    .min(1)
    .max(TRANSFER_MODES.length)
    .overwrite((modes) => [...new Set(modes)]),
  price: priceSchema,
  locality: localityInputSchema,
  contact: contactSchema,
  equipment: equipmentInputSchema.optional(),
});

/** TRL and IP status may stay unknown only for used equipment (any condition other than new). */
export function readinessOptional(value: { kind: string; equipment?: { condition: EquipmentCondition } }): boolean {
  return value.kind === 'equipment' && value.equipment !== undefined && value.equipment.condition !== 'new';
}

function readinessRequired(
  value: {
    kind: string;
    trl: number | null;
    ipStatus: IpStatus | null;
    equipment?: { condition: EquipmentCondition };
  },
  ctx: z.RefinementCtx,
): void {
  if (readinessOptional(value)) return;
  if (value.trl === null)
    ctx.addIssue({
      code: 'custom',
      path: ['trl'],
      message: 'trl is required except for used equipment',
      params: {
        vi: 'Chọn mức sẵn sàng công nghệ (chỉ thiết bị đã qua sử dụng mới được bỏ trống).',
        en: 'Choose a technology readiness level (only used equipment may leave it empty).',
      },
    });
  if (value.ipStatus === null)
    ctx.addIssue({
      code: 'custom',
      path: ['ipStatus'],
      message: 'ipStatus is required except for used equipment',
      params: {
        vi: 'Chọn tình trạng sở hữu trí tuệ (chỉ thiết bị đã qua sử dụng mới được bỏ trống).',
        en: 'Choose the IP status (only used equipment may leave it empty).',
      },
    });
}

/** Equipment details belong to equipment offers and only to them. */
function equipmentMatchesKind(
  value: {
    kind: string;
    trl: number | null;
    ipStatus: IpStatus | null;
    equipment?: { condition: EquipmentCondition };
  },
  ctx: z.RefinementCtx,
): void {
  readinessRequired(value, ctx);
  if (value.kind === 'equipment' && value.equipment === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['equipment'],
      message: 'equipment details are required for equipment offers',
      params: {
        vi: 'Chào bán thiết bị phải có thông số, tình trạng và số lượng.',
        en: 'Equipment offers need specifications, condition and quantity.',
      },
    });
  }
  if (value.kind === 'technology' && value.equipment !== undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['equipment'],
      message: 'equipment details only apply to equipment offers',
      params: {
        vi: 'Chỉ chào bán thiết bị mới có thông tin thiết bị.',
        en: 'Only equipment offers carry equipment details.',
      },
    });
  }
}

export const offerInputSchema = offerFields.superRefine(equipmentMatchesKind).meta({ id: 'OfferInput' });
export const offerUpdateSchema = offerFields
  .extend({ revision: revisionSchema })
  .superRefine(equipmentMatchesKind)
  .meta({ id: 'OfferUpdate' });

export const offerListQuerySchema = pageQuerySchema.extend({ kind: offerKindSchema.optional() });
export const myListQuerySchema = pageQuerySchema.extend({ status: listingStatusSchema.optional() });

const offerViewFields = z.object({
  id: z.string(),
  kind: offerKindSchema,
  status: listingStatusSchema,
  title: z.string(),
  summary: z.string(),
  description: z.string(),
  sector: referenceTermViewSchema,
  keywords: z.array(z.string()),
  /** null for used equipment whose seller left it unknown */
  trl: z.number().int().nullable(),
  ipStatus: ipStatusSchema.nullable(),
  transferModes: z.array(transferModeSchema),
  price: priceViewSchema,
  locality: localityViewSchema,
  contact: contactViewSchema,
  equipment: z
    .object({
      specifications: z.array(z.object({ name: z.string(), value: z.string() })),
      condition: equipmentConditionSchema,
      quantity: z.number().int(),
    })
    .optional(),
  owner: organisationViewSchema,
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

export const publishedOfferViewSchema = offerViewFields.meta({ id: 'PublishedOffer' });
export const offerViewSchema = offerViewFields
  .extend({
    publishedVersion: offerViewFields
      .optional()
      .describe('The version the public sees while an edit is in moderation (owner and officers only)'),
    pendingRevision: pendingRevisionSchema.optional(),
  })
  .meta({ id: 'Offer' });

export type OfferInput = z.infer<typeof offerInputSchema>;
export type OfferUpdate = z.infer<typeof offerUpdateSchema>;
export type OfferView = z.infer<typeof offerViewSchema>;
export type PublishedOfferView = z.infer<typeof publishedOfferViewSchema>;
export type OfferKind = z.infer<typeof offerKindSchema>;
export type IpStatus = z.infer<typeof ipStatusSchema>;
export type TransferMode = z.infer<typeof transferModeSchema>;
export type EquipmentCondition = z.infer<typeof equipmentConditionSchema>;
export type OfferListQuery = z.infer<typeof offerListQuerySchema>;
export type MyListQuery = z.infer<typeof myListQuerySchema>;
