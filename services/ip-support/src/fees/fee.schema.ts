// The fee schedule and quotes (the portal imports these through @sti/ip-support/api). Money is integer
// VND as a decimal string.
import { z } from 'zod';
import { isoDateSchema, rightCodeSchema } from '../deadlines/deadline.schema.js';
import { FEE_BASES, FEE_STAGES } from './fee-table.js';

// Text is NFC-normalised by the service, not here: transforms have no JSON Schema.
const text = (max: number) => z.string().trim().min(2).max(max);
const vnd = z.string().regex(/^\d+$/);

export const feeItemSchema = z.object({
  code: z
    .string()
    .regex(/^[a-z_]+(\.[a-z_]+)*$/)
    .max(80),
  rights: z.array(rightCodeSchema).min(1),
  stage: z.enum(FEE_STAGES),
  basis: z.enum(FEE_BASES),
  unitVnd: z.number().int().min(0).max(1_000_000_000),
  included: z.number().int().min(0).max(1000).optional(),
  titleVi: text(300),
  titleEn: text(300),
});

export const publishFeeTableSchema = z.object({
  effectiveFrom: isoDateSchema,
  legalBasis: text(300),
  items: z.array(feeItemSchema).min(1).max(200),
});

export const feeTableViewSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  effectiveFrom: z.string(),
  legalBasis: z.string(),
  items: z.array(feeItemSchema),
  createdBy: z.string(),
  createdAt: z.string(),
});
export const feeTableListSchema = z.object({ items: z.array(feeTableViewSchema) });

const count = (max: number) => z.coerce.number().int().min(0).max(max);

/** Query string: itemsPerClass as a comma list ("6,8,3": one number of goods/services per Nice class). */
export const feeQuoteQuerySchema = z.object({
  right: rightCodeSchema,
  on: isoDateSchema.optional(),
  itemsPerClass: z
    .string()
    .regex(/^\d{1,3}(,\d{1,3}){0,44}$/, 'e.g. 6,8,3')
    .optional(),
  classes: count(45).optional(),
  independentClaims: count(200).optional(),
  descriptionPages: count(5000).optional(),
  designs: count(100).optional(),
  stages: z
    .string()
    .regex(/^(filing|examination|grant)(,(filing|examination|grant))*$/)
    .optional(),
});

export const feeLineSchema = z.object({
  code: z.string(),
  stage: z.enum(FEE_STAGES),
  titleVi: z.string(),
  titleEn: z.string(),
  quantity: z.number().int(),
  unitVnd: vnd,
  amountVnd: vnd,
});
export const feeQuoteSchema = z.object({
  right: rightCodeSchema,
  on: z.string(),
  tableVersion: z.number().int(),
  effectiveFrom: z.string(),
  legalBasis: z.string(),
  lines: z.array(feeLineSchema),
  totalVnd: vnd,
});
export type FeeQuoteView = z.infer<typeof feeQuoteSchema>;
