// The exchange feed (export), the import request and report, and exchange clients. Portal-safe: zod only.
// The feed format is documented in docs/exchange-feed.md; a change that breaks a poller gets a new version.

import { z } from 'zod';
import { line } from '../shared/schema-primitives.js';

export const FEED_FORMAT = 'sti-techmart-feed';
export const FEED_VERSION = '1';
export const FEED_MAX_PAGE = 500;
export const FEED_DEFAULT_PAGE = 100;
/** items one import request may carry (a feed page of the largest size fits) */
export const IMPORT_MAX_ITEMS = 1000;

export const FEED_LISTING_TYPES = ['offer', 'need', 'expert'] as const;
export const feedListingTypeSchema = z.enum(FEED_LISTING_TYPES);
export type FeedListingType = z.infer<typeof feedListingTypeSchema>;

export const feedQuerySchema = z.object({
  /** resume point from a previous page's `cursor` (opaque); absent = from the beginning */
  since: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(FEED_MAX_PAGE).default(FEED_DEFAULT_PAGE),
});
export type FeedQuery = z.infer<typeof feedQuerySchema>;

const feedItemBase = z.object({
  type: feedListingTypeSchema,
  /** stable id of the listing at the exchange that publishes the feed */
  id: z.string(),
  /** the change number (decimal string); items come in increasing order */
  sequence: z.string(),
});

/**
 * A published listing as its fields for creating one (the request body of POST /v1/offers, /needs,
 * /experts): what an importer validates with the same rules as a local form.
 */
export const feedUpsertSchema = feedItemBase
  .extend({
    change: z.literal('upsert'),
    revision: z.number().int(),
    publishedAt: z.string(),
    updatedAt: z.string(),
    expiresAt: z.string().optional(),
    owner: z.object({ id: z.string(), name: z.string() }),
    listing: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'ExchangeFeedUpsert' });

/** The listing left the public record (archived or expired): the importer archives its copy. */
export const feedTombstoneSchema = feedItemBase
  .extend({
    change: z.literal('tombstone'),
    reason: z.enum(['archived', 'expired']),
    at: z.string(),
  })
  .meta({ id: 'ExchangeFeedTombstone' });

export const feedItemSchema = z.discriminatedUnion('change', [feedUpsertSchema, feedTombstoneSchema]);
export type FeedItem = z.infer<typeof feedItemSchema>;
export type FeedUpsert = z.infer<typeof feedUpsertSchema>;

export const feedPageSchema = z
  .object({
    format: z.literal(FEED_FORMAT),
    version: z.literal(FEED_VERSION),
    source: z.object({ code: z.string(), name: z.object({ vi: z.string(), en: z.string() }) }),
    generatedAt: z.string(),
    items: z.array(feedItemSchema),
    /** pass as `since` for the next poll (also when this page was empty) */
    cursor: z.string(),
    /** more items are ready now; otherwise poll again later with `cursor` */
    hasMore: z.boolean(),
  })
  .meta({ id: 'ExchangeFeedPage' });
export type FeedPage = z.infer<typeof feedPageSchema>;

/** Items are checked one by one (a bad record is reported, the others are imported). */
export const importRequestSchema = z
  .object({
    format: z.literal(FEED_FORMAT).optional(),
    version: z.literal(FEED_VERSION).optional(),
    items: z.array(z.unknown()).max(IMPORT_MAX_ITEMS),
  })
  .meta({ id: 'ExchangeImportRequest' });
export type ImportRequest = z.infer<typeof importRequestSchema>;

export const IMPORT_OUTCOMES = ['created', 'updated', 'unchanged', 'archived', 'rejected'] as const;

const fieldErrorSchema = z.object({
  field: z.string(),
  code: z.string(),
  message: z.object({ vi: z.string(), en: z.string() }),
});

export const importRecordReportSchema = z.object({
  index: z.number().int(),
  type: z.string().optional(),
  externalId: z.string().optional(),
  outcome: z.enum(IMPORT_OUTCOMES),
  /** the listing's id here */
  listingId: z.string().optional(),
  problems: z.array(fieldErrorSchema),
});
export type ImportRecordReport = z.infer<typeof importRecordReportSchema>;

export const importReportSchema = z
  .object({
    source: z.string(),
    counts: z.object({
      created: z.number().int(),
      updated: z.number().int(),
      unchanged: z.number().int(),
      archived: z.number().int(),
      rejected: z.number().int(),
    }),
    records: z.array(importRecordReportSchema),
  })
  .meta({ id: 'ExchangeImportReport' });
export type ImportReport = z.infer<typeof importReportSchema>;

export const sourceCodeSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'lower-case letters, digits and hyphens');

export const exchangeClientInputSchema = z
  .object({
    name: line(2, 200),
    /** the source its listings are recorded under (one source per client) */
    sourceCode: sourceCodeSchema,
    sourceName: z.object({ vi: line(2, 200), en: line(2, 200) }),
  })
  .meta({ id: 'ExchangeClientInput' });
export type ExchangeClientInput = z.infer<typeof exchangeClientInputSchema>;

export const exchangeClientViewSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    sourceCode: z.string(),
    sourceName: z.object({ vi: z.string(), en: z.string() }),
    createdAt: z.string(),
    revokedAt: z.string().optional(),
    lastUsedAt: z.string().optional(),
  })
  .meta({ id: 'ExchangeClient' });
export type ExchangeClientView = z.infer<typeof exchangeClientViewSchema>;

/** Returned once, at creation: the secret is not stored and cannot be shown again. */
export const exchangeClientCreatedSchema = exchangeClientViewSchema
  .extend({ secret: z.string() })
  .meta({ id: 'ExchangeClientCreated' });
export type ExchangeClientCreated = z.infer<typeof exchangeClientCreatedSchema>;

export const exchangeClientListSchema = z.object({ items: z.array(exchangeClientViewSchema) });
