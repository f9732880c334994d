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

export { returnReasonSchema };
export type ModerationQueueQuery = z.infer<typeof moderationQueueQuerySchema>;
export type ModerationQueueItem = z.infer<typeof moderationQueueItemSchema>;
export type ReturnReasonInput = z.infer<typeof returnReasonSchema>;
export type ListingType = z.infer<typeof listingTypeSchema>;
