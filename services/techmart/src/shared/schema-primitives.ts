// Zod building blocks shared by the offer, need and expert schemas. These schemas are the one
// source for request validation, the OpenAPI document and the portal's types, so this file (and
// every *.schema.ts) must stay free of Node and framework imports: the portal bundles it.
//
// Text is normalised with `.overwrite()` before the length checks, so limits count what is stored,
// and the JSON schema still says "string, 5–200 characters".

import { z } from 'zod';
import { formatVnd, MAX_VND, parseVnd } from './money.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './paging-limits.js';
import { normaliseBlock, normaliseKeywords, normaliseLine } from './text.js';

/** One-line text: trimmed, whitespace collapsed, NFC. */
export const line = (min: number, max: number) => z.string().overwrite(normaliseLine).min(min).max(max);

/** Multi-line text: line breaks kept, NFC. Markup is ordinary text here and is never interpreted. */
export const block = (min: number, max: number) => z.string().overwrite(normaliseBlock).min(min).max(max);

export const MAX_KEYWORDS = 20;
export const keywordsSchema = z
  .array(line(0, 60))
  // Blank and repeated keywords are dropped rather than refused; the limit counts what remains.
  .overwrite(normaliseKeywords)
  .max(MAX_KEYWORDS)
  .default([])
  .describe('Từ khóa / keywords (≤ 20, duplicates removed)');

export const uuidSchema = z.uuid();

/** Integer VND as a digit string; also accepts "150.000.000", "150,000,000 đ" and stores digits. */
export const vndAmountSchema = z
  .string()
  .max(40)
  .superRefine((value, ctx) => {
    const parsed = parseVnd(value);
    if (parsed.ok) return;
    ctx.addIssue({
      code: 'custom',
      message: `invalid VND amount (${parsed.reason})`,
      params:
        parsed.reason === 'range'
          ? {
              vi: `Số tiền không được vượt quá ${formatVnd(MAX_VND)} đồng.`,
              en: `The amount must not exceed ${formatVnd(MAX_VND)} VND.`,
            }
          : {
              vi: 'Số tiền phải là số nguyên đồng, ví dụ "150000000".',
              en: 'The amount must be whole VND, e.g. "150000000".',
            },
    });
  })
  .overwrite((value) => {
    const parsed = parseVnd(value);
    return parsed.ok ? formatVnd(parsed.value) : value;
  })
  .meta({ example: '150000000', description: 'Số nguyên đồng (VND) dạng chuỗi / integer VND as a string' });

export const priceSchema = z
  .union([z.object({ amountVnd: vndAmountSchema }), z.object({ negotiable: z.literal(true) })])
  .describe('Giá tham khảo hoặc thỏa thuận / indicative price or negotiable');

export const codeSchema = z.string().min(1).max(20);

export const localityInputSchema = z.object({
  provinceCode: codeSchema,
  communeCode: codeSchema.optional(),
});

export const contactSchema = z.object({
  name: line(2, 120),
  email: z.string().trim().max(200).pipe(z.email()).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ().-]{6,20}$/)
    .optional(),
});

export const trlSchema = z.int().min(1).max(9).describe('Mức độ sẵn sàng công nghệ / technology readiness level 1–9');

export const revisionSchema = z.int().min(0).describe('Revision the edit is based on; a stale one answers 409');

export const returnReasonSchema = z.object({ reason: block(10, 2000) });

export const pageQuerySchema = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});

export const listingStatusSchema = z.enum(['draft', 'submitted', 'published', 'returned', 'archived']);

// ---- views (responses) ----

export const referenceTermViewSchema = z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() });

export const localityViewSchema = z.object({
  provinceCode: z.string(),
  provinceName: z.string(),
  communeCode: z.string().optional(),
  communeName: z.string().optional(),
});

export const organisationViewSchema = z.object({ id: z.string(), name: z.string() });

/** Where an imported listing came from ("nguồn: Sàn giao dịch công nghệ quốc gia"). */
export const provenanceViewSchema = z
  .object({
    sourceCode: z.string(),
    sourceName: z.object({ vi: z.string(), en: z.string() }),
    externalId: z.string(),
    importedAt: z.string(),
  })
  .meta({ id: 'ListingProvenance' });

export const contactViewSchema = z.object({
  name: z.string(),
  email: z.string().optional(),
  phone: z.string().optional(),
});

export const priceViewSchema = z.union([
  z.object({ amountVnd: z.string() }),
  z.object({ negotiable: z.literal(true) }),
]);

export const attachmentViewSchema = z.object({
  id: z.string(),
  fileName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
});

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export type ReferenceTermView = z.infer<typeof referenceTermViewSchema>;
export type LocalityView = z.infer<typeof localityViewSchema>;
export type OrganisationView = z.infer<typeof organisationViewSchema>;
export type ProvenanceView = z.infer<typeof provenanceViewSchema>;
export type ContactView = z.infer<typeof contactViewSchema>;
export type PriceView = z.infer<typeof priceViewSchema>;
export type AttachmentView = z.infer<typeof attachmentViewSchema>;
export type LocalityInput = z.infer<typeof localityInputSchema>;
export type ContactInput = z.infer<typeof contactSchema>;
export type ListingStatusValue = z.infer<typeof listingStatusSchema>;
