// Sends a notification by e-mail through SMTP (nodemailer). Call it after the notification's
// transaction committed (or from an event consumer), never inside it: a mail cannot be rolled back.

import { createTransport, type Transporter } from 'nodemailer';
import { type NotificationTemplates, renderContent } from '../in-app/notification-templates.js';
import type { Language, NotificationContent } from '../in-app/notification.types.js';
import { renderEmail } from './email-templates.js';
import type { SmtpSettings } from './smtp-config.js';

export interface EmailNotification {
  to: string;
  language?: Language;
  recipientName?: string;
  content: NotificationContent;
  link?: string | null;
}

export interface SentEmail {
  messageId: string;
  accepted: string[];
  rejected: string[];
}

export class EmailNotifier {
  private readonly transport: Transporter;

  constructor(
    private readonly settings: SmtpSettings,
    private readonly templates: NotificationTemplates = {},
  ) {
    this.transport = createTransport({
      host: settings.host,
      port: settings.port,
      secure: settings.secure,
      ...(settings.auth ? { auth: settings.auth } : {}),
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  /** An absolute link: relative paths are joined to NOTIFICATION_LINK_BASE_URL (else left out). */
  absoluteLink(link: string | null | undefined): string | null {
    if (!link) return null;
    if (URL.canParse(link)) return link;
    return this.settings.linkBaseUrl ? new URL(link, this.settings.linkBaseUrl).toString() : null;
  }

  async send(notification: EmailNotification): Promise<SentEmail> {
    const { title, body } = renderContent(notification.content, this.templates);
    const message = renderEmail({
      title,
      body,
      link: this.absoluteLink(notification.link),
      language: notification.language ?? 'vi',
      recipientName: notification.recipientName,
    });
    const info = await this.transport.sendMail({
      from: this.settings.from,
      to: notification.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
    });
    const addresses = (list: unknown) =>
      Array.isArray(list)
        ? list.map((a) => (typeof a === 'string' ? a : String((a as { address?: string }).address)))
        : [];
    return {
      messageId: String(info.messageId),
      accepted: addresses(info.accepted),
      rejected: addresses(info.rejected),
    };
  }

  close(): void {
    this.transport.close();
  }
}
