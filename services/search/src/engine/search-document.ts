// Input checks shared by the adapters: documents are validated at the engine's edge (a bad
// projection must fail loudly, not poison the index), paging is clamped to the contract's bounds.
import { z } from 'zod';
import {
  DEFAULT_PAGE_SIZE,
  DOCUMENT_TYPES,
  EQUIPMENT_CONDITIONS,
  INITIATIVE_ORIGINS,
  MAX_PAGE_SIZE,
  type SearchDocument,
  type SearchQuery,
} from './search-engine.port.js';

const sectorSchema = z.object({ code: z.string().min(1), nameVi: z.string(), nameEn: z.string() });
const localitySchema = z.object({
  provinceCode: z.string(),
  provinceName: z.string(),
  communeCode: z.string().nullish(),
  communeName: z.string().nullish(),
});

const initiativeSchema = z
  .object({
    field: sectorSchema.nullable(),
    unitName: z.string(),
    year: z.number().int().min(1900).max(2200),
    origin: z.enum(INITIATIVE_ORIGINS),
    benefitVnd: z.number().int().min(0),
    hasCertificate: z.boolean(),
    recognisedOn: z.string().nullable(),
    decisionNumber: z.string().nullable(),
    authors: z.array(z.string()),
  })
  .strict();

export const searchDocumentSchema = z.object({
  id: z.string().min(1).max(200),
  type: z.enum(DOCUMENT_TYPES),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  keywords: z.array(z.string()),
  sector: sectorSchema.nullable(),
  locality: localitySchema.nullable(),
  trl: z.number().int().min(1).max(9).nullable(),
  transferModes: z.array(z.string()),
  ipStatus: z.string().nullable(),
  ownerName: z.string().nullable(),
  condition: z.enum(EQUIPMENT_CONDITIONS).nullish(),
  price: z
    .union([
      z.object({ amountVnd: z.number().int().min(0) }).strict(),
      z.object({ negotiable: z.literal(true) }).strict(),
    ])
    .nullish(),
  initiative: initiativeSchema.nullish(),
  publishedAt: z.string(),
  version: z.number().int().min(0),
});

export function validateDocument(doc: SearchDocument): SearchDocument {
  const parsed = searchDocumentSchema
    // an initiative carries its facts; a listing never does
    .refine((d) => (d.type === 'initiative') === (d.initiative != null), {
      message: 'initiative facts go with type initiative, and only with it',
      path: ['initiative'],
    })
    .safeParse(doc);
  if (!parsed.success) {
    throw new TypeError(`invalid search document ${String(doc?.id)}: ${z.prettifyError(parsed.error)}`);
  }
  return parsed.data as SearchDocument;
}

export function normalizePaging(query: SearchQuery): { page: number; limit: number } {
  const limit = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(query.limit ?? DEFAULT_PAGE_SIZE)));
  const page = Math.max(1, Math.floor(query.page ?? 1));
  return { page, limit };
}
