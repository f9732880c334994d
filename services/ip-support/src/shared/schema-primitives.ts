// Zod building blocks every *.schema.ts shares. These schemas are the one source for request
// validation, the OpenAPI document and the portal's types, so this file must stay free of Node and
// framework imports: the portal bundles it. Text is normalised (NFC, trimmed) before the length
// checks; markup is ordinary text and is never interpreted.
import { z } from 'zod';
import { normaliseBlock, normaliseLine } from './text.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** One-line text: trimmed, whitespace collapsed, NFC. */
export const line = (min: number, max: number) => z.string().overwrite(normaliseLine).min(min).max(max);

/** Multi-line text: line breaks kept, NFC. */
export const block = (min: number, max: number) => z.string().overwrite(normaliseBlock).min(min).max(max);

/** A calendar day, `YYYY-MM-DD`, that exists. */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((value) => {
    const d = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
  }, 'not a calendar date')
  .meta({ example: '2026-12-05', description: 'Ngày / date (YYYY-MM-DD)' });

export const pageQuerySchema = z.object({
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(DEFAULT_PAGE_SIZE),
});

export const pageSchema = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const reasonSchema = z.object({ reason: block(5, 2000) });
export type ReasonInput = z.infer<typeof reasonSchema>;
