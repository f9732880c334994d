// The e-mail around a notification, in Vietnamese or English: greeting, the notification's text,
// the link, and a footer saying why the mail came. Plain text plus an escaped HTML version. Pure.

import type { Language, LocalizedText } from '../in-app/notification.types.js';

export interface EmailMessage {
  subject: string;
  text: string;
  html: string;
}

export interface EmailInput {
  title: LocalizedText;
  body: LocalizedText;
  /** absolute URL, or null */
  link: string | null;
  language: Language;
  recipientName?: string | undefined;
}

const LAYOUT: Record<
  Language,
  { greeting: (name?: string) => string; open: string; footer: string; platform: string; lang: string }
> = {
  vi: {
    greeting: (name) => (name ? `Kính gửi ${name},` : 'Kính gửi Quý người dùng,'),
    open: 'Xem chi tiết',
    footer:
      'Thư này được gửi tự động từ Sàn KH&CN tỉnh vì bạn có thông báo mới. Vui lòng không trả lời thư này; hãy xem và xử lý trên cổng thông tin.',
    platform: 'Sàn KH&CN tỉnh',
    lang: 'vi',
  },
  en: {
    greeting: (name) => (name ? `Dear ${name},` : 'Dear user,'),
    open: 'Open',
    footer:
      'This message was sent automatically by the provincial science and technology platform because you have a new notification. Please do not reply; open the portal instead.',
    platform: 'Provincial S&T platform',
    lang: 'en',
  },
};

export function renderEmail(input: EmailInput): EmailMessage {
  const layout = LAYOUT[input.language];
  const title = input.title[input.language];
  const body = input.body[input.language];
  const lines = [layout.greeting(input.recipientName), '', body];
  if (input.link) lines.push('', `${layout.open}: ${input.link}`);
  lines.push('', '--', layout.footer);
  const paragraphs = [
    `<p>${escapeHtml(layout.greeting(input.recipientName))}</p>`,
    `<p>${escapeHtml(body).replace(/\n/g, '<br>')}</p>`,
    input.link ? `<p><a href="${escapeHtml(input.link)}">${escapeHtml(layout.open)}</a></p>` : '',
    `<hr><p style="color:#555;font-size:90%">${escapeHtml(layout.footer)}</p>`,
  ];
  return {
    subject: `[${layout.platform}] ${title}`,
    text: lines.join('\n'),
    html: `<!doctype html><html lang="${layout.lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body>${paragraphs.join('')}</body></html>`,
  };
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
