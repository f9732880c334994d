// The search request and response schemas: validation, the OpenAPI document and the portal's types.
import { z } from 'zod';
// the port module only (zod and plain TypeScript), so the portal can import this file
import {
  DOCUMENT_TYPES,
  EQUIPMENT_CONDITIONS,
  INITIATIVE_ORIGINS,
  MAX_PAGE_SIZE,
} from '../engine/search-engine.port.js';

// A query-string parameter may appear once (string) or repeated (array): OR within a facet.
const repeated = <T extends z.ZodType>(item: T) =>
  z.preprocess(
    (value) => (value === undefined ? undefined : Array.isArray(value) ? value : [value]),
    z.array(item).max(50).optional(),
  );

const code = z.string().trim().min(1).max(64);

export const searchQuerySchema = z.object({
  q: z
    .string()
    .max(200)
    .transform((value) => value.normalize('NFC').trim())
    .optional(),
  /**
   * Which documents: Techmart's listings when absent (offer, equipment, need, expert); `initiative` for
   * the central initiative repository. Initiatives never appear unless asked for.
   */
  type: repeated(z.enum(DOCUMENT_TYPES)),
  sector: repeated(code),
  trl: repeated(z.coerce.number().int().min(1).max(9)),
  locality: repeated(code),
  commune: repeated(code),
  transferMode: repeated(code),
  ipStatus: repeated(code),
  condition: repeated(z.enum(EQUIPMENT_CONDITIONS)),
  /** initiatives: field code (lĩnh vực) */
  field: repeated(code),
  /** initiatives: year of recognition */
  year: repeated(z.coerce.number().int().min(1900).max(2200)),
  /** initiatives: campaign (recognised on the platform) or import (another unit's records) */
  origin: repeated(z.enum(INITIATIVE_ORIGINS)),
  sort: z.enum(['relevance', 'newest']).default('relevance'),
  page: z.coerce.number().int().min(1).max(500).default(1),
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
});

export type SearchQueryInput = z.output<typeof searchQuerySchema>;

const range = z.tuple([z.number().int(), z.number().int()]);
const sectorSchema = z.object({ code: z.string(), nameVi: z.string(), nameEn: z.string() });
const localitySchema = z.object({
  provinceCode: z.string(),
  provinceName: z.string(),
  communeCode: z.string().nullish(),
  communeName: z.string().nullish(),
});

/** What an initiative's hit carries for the repository's result page (absent on listing hits). */
export const initiativeHitSchema = z.object({
  /** the field (lĩnh vực); null when the record has none */
  field: sectorSchema.nullable(),
  /** the author's unit */
  unitName: z.string(),
  /** year of recognition */
  year: z.number().int(),
  origin: z.enum(INITIATIVE_ORIGINS),
  /** estimated yearly benefit in whole VND; 0 when not quantified */
  benefitVnd: z.number().int(),
  /** a certificate was issued (verifiable at /xac-minh/<code> by whoever holds the code) */
  hasCertificate: z.boolean(),
  /** ISO date of the recognition decision; null when unknown */
  recognisedOn: z.string().nullable(),
  decisionNumber: z.string().nullable(),
  /** authors' public names */
  authors: z.array(z.string()),
});

export const searchHitSchema = z.object({
  id: z.string(),
  type: z.enum(DOCUMENT_TYPES),
  title: z.string(),
  summary: z.string(),
  keywords: z.array(z.string()),
  sector: sectorSchema.nullable(),
  locality: localitySchema.nullable(),
  trl: z.number().int().nullable(),
  transferModes: z.array(z.string()),
  ipStatus: z.string().nullable(),
  ownerName: z.string().nullable(),
  /** equipment: new / used_good / used_fair / refurbished */
  condition: z.enum(EQUIPMENT_CONDITIONS).nullable(),
  /** indicative price in whole VND, or negotiable; null when none is stated */
  price: z.union([z.object({ amountVnd: z.number().int() }), z.object({ negotiable: z.literal(true) })]).nullable(),
  /** initiatives only: the organisation that recognised it is `ownerName`, the place `locality` */
  initiative: initiativeHitSchema.optional(),
  /** listings: when published; initiatives: the recognition date (1 January of the year when unknown) */
  publishedAt: z.string(),
  highlights: z.object({ title: z.array(range), summary: z.array(range) }),
});

export const searchResponseSchema = z.object({
  query: z.string(),
  total: z.number().int(),
  page: z.number().int(),
  limit: z.number().int(),
  tookMs: z.number(),
  hits: z.array(searchHitSchema),
  /**
   * facet → value → hits (disjunctive: a facet ignores its own filter). Listings: type, sector, trl,
   * locality, commune, transferMode, ipStatus, condition. Initiatives: field, year, locality, commune, origin.
   */
  facets: z.record(z.string(), z.record(z.string(), z.number().int())),
  /** initiatives: the year facet as a list, newest year first (object keys that are numbers sort ascending in JS) */
  years: z.array(z.object({ year: z.number().int(), count: z.number().int() })).optional(),
});

export type SearchResponse = z.output<typeof searchResponseSchema>;
