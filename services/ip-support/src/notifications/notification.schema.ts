// In-app notifications as the portal reads them (@sti/ip-support/api).
import { z } from 'zod';

const localized = z.object({ vi: z.string(), en: z.string() });

export const notificationViewSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: localized,
  body: localized,
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export const notificationPageSchema = z.object({
  items: z.array(notificationViewSchema),
  nextCursor: z.string().nullable(),
  unreadCount: z.number().int(),
});
export const unreadCountSchema = z.object({ unreadCount: z.number().int() });
