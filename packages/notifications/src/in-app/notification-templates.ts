// Template keys → text in Vietnamese and English. Each service registers its own templates (keys
// namespaced by service, e.g. `techmart.listing_returned`); rendering is pure.

import type { LocalizedText, NotificationContent, TemplateParams } from './notification.types.js';

export type NotificationTemplate = (params: TemplateParams) => { title: LocalizedText; body: LocalizedText };

export type NotificationTemplates = Readonly<Record<string, NotificationTemplate>>;

export class UnknownTemplateError extends Error {
  constructor(readonly template: string) {
    super(`no notification template "${template}"`);
    this.name = 'UnknownTemplateError';
  }
}

/** The title and body of a notification: its own text, or its template rendered with its params. */
export function renderContent(
  content: NotificationContent,
  templates: NotificationTemplates,
): { title: LocalizedText; body: LocalizedText } {
  if ('title' in content) return { title: content.title, body: content.body };
  const template = templates[content.template];
  if (!template) throw new UnknownTemplateError(content.template);
  return template(content.params);
}

/** A text parameter, or '' when missing (templates never print "undefined"). */
export function textParam(params: TemplateParams, name: string): string {
  const value = params[name];
  return value === null || value === undefined ? '' : String(value);
}
