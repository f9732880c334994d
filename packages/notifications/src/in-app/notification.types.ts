// The platform's notification model. Pure types: no database, no framework.

export type Language = 'vi' | 'en';

export interface LocalizedText {
  vi: string;
  en: string;
}

/** One user, or an organisation (every member sees it, each with their own read mark). */
export type Recipient = { type: 'user'; userId: string } | { type: 'organisation'; organisationId: string };

/** Who is asking: a user, and the organisation they act for (if any). */
export interface Audience {
  userId: string;
  organisationId?: string | null | undefined;
}

export type TemplateParams = Record<string, string | number | boolean | null>;

/** Ready text in both languages, or a template rendered when the notification is read. */
export type NotificationContent =
  | { title: LocalizedText; body: LocalizedText }
  | { template: string; params: TemplateParams };

export interface NewNotification {
  recipient: Recipient;
  /** what happened, for filtering and icons (e.g. `listing_returned`, `review_due`) */
  kind: string;
  content: NotificationContent;
  /** where the portal leads (a path such as `/sang-kien/…`, or an absolute URL) */
  link?: string | null;
}

/** A stored notification as one user sees it. */
export interface NotificationRecord {
  id: string;
  recipient: Recipient;
  kind: string;
  template: string | null;
  params: TemplateParams;
  title: LocalizedText;
  body: LocalizedText;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}
