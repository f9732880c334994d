// Small zod building blocks every capability uses: NFC text, VND amounts as decimal strings, months,
// dates, cursor pages.
import { z } from 'zod';

/** Trimmed, NFC-normalised text (users type Vietnamese with combining or precomposed marks alike); an
 * overwrite, not a transform, so the OpenAPI document can describe it. */
export const text = (min: number, max: number) =>
  z
    .string()
    .trim()
    .min(min)
    .max(max)
    .overwrite((s) => s.normalize('NFC'));

/** Integer VND as a decimal string (exact beyond 2^53); the service stores it as bigint. */
export const vndSchema = z
  .string()
  .regex(/^\d{1,18}$/, 'a whole number of VND, digits only')
  .describe('integer VND as a decimal string');

/** YYYY-MM */
export const monthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

export const uuidSchema = z.uuid();

export const MAX_PAGE_SIZE = 100;

export const pageQuerySchema = z.object({
  cursor: z.uuid().optional(),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() });

export const localizedSchema = z.object({ vi: z.string(), en: z.string() });

/** Page helper: fetch limit + 1 rows ordered by id (UUIDv7, so by creation), answer the cursor. */
export function toPage<T extends { id: string }>(rows: T[], limit: number): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  return { items, nextCursor: rows.length > limit ? (items[items.length - 1]?.id ?? null) : null };
}
