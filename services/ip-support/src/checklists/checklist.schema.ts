// Per-right checklists: what the national IP office requires in a dossier, versioned by effective
// date. Portal-safe: zod only.
import { z } from 'zod';
import { ipRightSchema } from '../reference/reference.schema.js';
import { isoDateSchema, line } from '../shared/schema-primitives.js';

export const checklistItemSchema = z.object({
  code: z
    .string()
    .regex(/^[a-z][a-z0-9_]{1,39}$/)
    .describe('Mã mục (chữ thường, số, _) / item code'),
  titleVi: line(3, 200),
  titleEn: line(3, 200),
  hintVi: line(0, 500).optional(),
  hintEn: line(0, 500).optional(),
  mandatory: z.boolean(),
  /** a PDF uploaded here must carry a valid digital signature */
  signatureRequired: z.boolean().default(false),
});
export type ChecklistItem = z.infer<typeof checklistItemSchema>;

export const publishChecklistSchema = z.object({
  right: ipRightSchema,
  effectiveFrom: isoDateSchema,
  items: z
    .array(checklistItemSchema)
    .min(1)
    .max(40)
    .refine((items) => new Set(items.map((i) => i.code)).size === items.length, 'each item code once'),
  note: line(0, 500).optional(),
});
export type PublishChecklistInput = z.infer<typeof publishChecklistSchema>;

export const checklistViewSchema = z
  .object({
    id: z.string(),
    right: ipRightSchema,
    effectiveFrom: z.string(),
    items: z.array(checklistItemSchema),
    note: z.string().nullable(),
    createdBy: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: 'IpChecklist' });
export type ChecklistView = z.infer<typeof checklistViewSchema>;

export const checklistListQuerySchema = z.object({ right: ipRightSchema.optional() });
export const checklistCurrentQuerySchema = z.object({ right: ipRightSchema, on: isoDateSchema.optional() });
export const checklistListSchema = z.object({ items: z.array(checklistViewSchema) });
