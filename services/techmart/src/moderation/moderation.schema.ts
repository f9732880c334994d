// Moderation request and response shapes. Portal-safe: zod only.

import { z } from 'zod';
import { codeSchema, localityViewSchema, pageQuerySchema, returnReasonSchema } from '../shared/schema-primitives.js';

export const LISTING_TYPES = ['offer', 'need', 'expert'] as const;
export const listingTypeSchema = z.enum(LISTING_TYPES);

/** The queue's tabs: technology offers and equipment offers apart, needs, expert profiles. */
export const QUEUE_TYPES = ['offer', 'equipment', 'need', 'expert'] as const;
export const queueTypeSchema = z.enum(QUEUE_TYPES);

export const QUEUE_SEARCH_MAX = 200;

export const moderationQueueQuerySchema = pageQuerySchema.extend({
  type: queueTypeSchema
    .optional()
    .describe('offer = technology offers, equipment = equipment offers, need, expert; absent = every type'),
  communeCode: codeSchema.optional().describe('Only listings in this commune/ward'),
  olderThanDays: z.coerce
    .number()
    .int()
    .min(0)
    .max(3650)
    .optional()
    .describe('Only listings submitted at least this many days ago'),
  resubmitted: z.stringbool().optional().describe('true = only listings resubmitted after being returned'),
  q: z.string().trim().max(QUEUE_SEARCH_MAX).optional().describe('Text in the title (accents optional)'),
});

export const fieldChangeSchema = z
  .object({
    /** the view field (title, summary, price, locality, attachments, …) */
    field: z.string(),
    change: z.enum(['added', 'removed', 'changed']),
    before: z.string().optional().describe('Old value as display text; absent when not set or too long'),
    after: z.string().optional().describe('New value as display text; absent when not set or too long'),
    valuesOmitted: z.boolean().describe('true when the values are too long to show'),
  })
  .meta({ id: 'FieldChange' });

export const moderationQueueItemSchema = z
  .object({
    /** the listing type, for its routes (/offers/:id/publish, …) */
    type: listingTypeSchema,
    /** the queue tab it falls under (equipment offers apart from technology offers) */
    queueType: queueTypeSchema,
    id: z.string(),
    title: z.string(),
    /** the first few sentences of the summary / problem / biography */
    summary: z.string(),
    owner: z.object({
      id: z.string(),
      name: z.string(),
      /** false while a self-registered business awaits an officer's verification: it may still list */
      verified: z.boolean(),
    }),
    locality: localityViewSchema,
    revision: z.number().int(),
    submittedAt: z.string(),
    /** whole days since submission */
    ageDays: z.number().int(),
    /** true when this is an edit of a listing whose older version is public */
    pendingRevision: z.boolean(),
    /** true when an officer returned it before and the owner sent it again */
    resubmission: z.boolean(),
    previousReturn: z
      .object({ reason: z.string(), returnedAt: z.string(), revision: z.number().int() })
      .optional()
      .describe('The last return of a resubmission'),
    changes: z
      .array(fieldChangeSchema)
      .optional()
      .describe('What changed since the returned version (resubmissions only)'),
  })
  .meta({ id: 'ModerationQueueItem' });

export const moderationQueuePageSchema = z
  .object({
    items: z.array(moderationQueueItemSchema),
    nextCursor: z.string().nullable(),
    /** how many listings match the filters, across all pages */
    total: z.number().int(),
  })
  .meta({ id: 'ModerationQueuePage' });

/** On the owner's and officers' view while an edit of a published listing is not yet approved. */
export const pendingRevisionSchema = z
  .object({
    /** where the edit is: being edited again (withdrawn), awaiting moderation, or returned */
    status: z.enum(['draft', 'submitted', 'returned']),
    /** the revision the public still sees */
    publicRevision: z.number().int(),
    publishedAt: z.string(),
    message: z.object({ vi: z.string(), en: z.string() }),
  })
  .meta({ id: 'PendingRevision' });

export { returnReasonSchema };
export type PendingRevisionView = z.infer<typeof pendingRevisionSchema>;
export type ModerationQueueQuery = z.infer<typeof moderationQueueQuerySchema>;
export type ModerationQueueItem = z.infer<typeof moderationQueueItemSchema>;
export type ModerationQueuePage = z.infer<typeof moderationQueuePageSchema>;
export type FieldChangeView = z.infer<typeof fieldChangeSchema>;
export type ReturnReasonInput = z.infer<typeof returnReasonSchema>;
export type ListingType = z.infer<typeof listingTypeSchema>;
export type QueueType = z.infer<typeof queueTypeSchema>;
