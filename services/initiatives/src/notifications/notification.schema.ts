// In-app notifications for the signed-in user (assignments, reminders, decisions).
import { z } from 'zod';

export const notificationViewSchema = z.object({
  id: z.string(),
  kind: z.string(),
  message: z.object({ vi: z.string(), en: z.string() }),
  link: z.string().nullable(),
  createdAt: z.string(),
  read: z.boolean(),
});

export const notificationListSchema = z.object({
  items: z.array(notificationViewSchema),
  unreadCount: z.number().int(),
});

export type NotificationView = z.output<typeof notificationViewSchema>;
export type NotificationList = z.output<typeof notificationListSchema>;
