// Moderation request and response shapes. Portal-safe: zod only.

import { z } from 'zod';
import { pageQuerySchema, returnReasonSchema } from '../shared/schema-primitives.js';

export const LISTING_TYPES = ['offer', 'need', 'expert'] as const;
export const listingTypeSchema = z.enum(LISTING_TYPES);

export const moderationQueueQuerySchema = pageQuerySchema.extend({ type: listingTypeSchema.default('offer') });

export const moderationQueueItemSchema = z
  .object({
    type: listingTypeSchema,
    id: z.string(),
    title: z.string(),
    owner: z.object({ id: z.string(), name: z.string() }),
    revision: z.number().int(),
    submittedAt: z.string(),
    /** true when this is an edit of a listing whose older version is public */
    pendingRevision: z.boolean(),
  })
  .meta({ id: 'ModerationQueueItem' });

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
export type ReturnReasonInput = z.infer<typeof returnReasonSchema>;
export type ListingType = z.infer<typeof listingTypeSchema>;
