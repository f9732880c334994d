// Techmart's notification texts, rendered when read (a wording fix reaches stored notifications).
import { type NotificationTemplates, type TemplateParams, textParam } from '@sti/notifications';

export const TECHMART_NOTIFICATION_TEMPLATES: NotificationTemplates = {
  'techmart.listing_published': (params: TemplateParams) => ({
    title: { vi: 'Tin đã được công bố', en: 'Listing published' },
    body: {
      vi: `Tin “${textParam(params, 'listingTitle')}” đã được duyệt và công bố.`,
      en: `“${textParam(params, 'listingTitle')}” was approved and published.`,
    },
  }),
  'techmart.listing_returned': (params: TemplateParams) => ({
    title: { vi: 'Tin bị trả lại', en: 'Listing returned' },
    body: {
      vi: `Tin “${textParam(params, 'listingTitle')}” bị trả lại: ${textParam(params, 'reason')}`.trim(),
      en: `“${textParam(params, 'listingTitle')}” was returned: ${textParam(params, 'reason')}`.trim(),
    },
  }),
};
