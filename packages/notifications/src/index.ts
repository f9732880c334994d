// @sti/notifications: one notification model for the platform. In-app notifications (a table every
// service includes in its migrations, a repository over the platform's SqlExecutor, list / unread
// count / mark read) and e-mail through SMTP when configured, in Vietnamese and English.
export * from './email/email-notifier.js';
export * from './email/email-templates.js';
export * from './email/smtp-config.js';
export * from './in-app/notification.repository.js';
export * from './in-app/notification.types.js';
export * from './in-app/notification-center.js';
export * from './in-app/notification-templates.js';
export * from './sql/notifications-tables.sql.js';
