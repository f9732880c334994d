// In-app notification request and response shapes. Portal-safe: zod only.

import { z } from 'zod';
import { listingTypeSchema } from '../moderation/moderation.schema.js';
import { pageQuerySchema } from '../shared/schema-primitives.js';

export const notificationKindSchema = z.enum([
  'listing_published',
  'listing_returned',
  'listing_expiring',
  'listing_expired',
  // connections between a need and its supplier (the listing is the need)
  'connection_introduced',
  'connection_accepted',
  'connection_declined',
  'connection_signed',
]);

export const notificationListQuerySchema = pageQuerySchema.extend({
  unread: z.stringbool().optional().describe('true = only notifications this user has not read'),
});

export const notificationViewSchema = z
  .object({
    id: z.string(),
    kind: notificationKindSchema,
    listing: z.object({ type: listingTypeSchema, id: z.string(), title: z.string() }),
    /** the officer's reason, for a returned listing */
    reason: z.string().optional(),
    /** ready-to-show text in both languages */
    message: z.object({ vi: z.string(), en: z.string() }),
    createdAt: z.string(),
    read: z.boolean(),
    readAt: z.string().optional(),
  })
  .meta({ id: 'Notification' });

export const notificationPageSchema = z
  .object({
    items: z.array(notificationViewSchema),
    nextCursor: z.string().nullable(),
    /** unread notifications of this user, across all pages (the bell's badge) */
    unreadCount: z.number().int(),
  })
  .meta({ id: 'NotificationPage' });

export const unreadCountSchema = z.object({ unreadCount: z.number().int() }).meta({ id: 'NotificationUnreadCount' });

export type NotificationListQuery = z.infer<typeof notificationListQuerySchema>;
export type NotificationView = z.infer<typeof notificationViewSchema>;
export type NotificationPage = z.infer<typeof notificationPageSchema>;
export type NotificationKind = z.infer<typeof notificationKindSchema>;
