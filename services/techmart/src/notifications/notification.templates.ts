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
  'techmart.listing_expiring': (params: TemplateParams) => ({
    title: { vi: 'Tin sắp hết hạn', en: 'Listing about to expire' },
    body: {
      vi: `Tin “${textParam(params, 'listingTitle')}” sẽ hết hạn ngày ${dateVi(textParam(params, 'expiresAt'))}. Hãy gia hạn để tin tiếp tục hiển thị.`,
      en: `“${textParam(params, 'listingTitle')}” expires on ${textParam(params, 'expiresAt').slice(0, 10)}. Renew it to keep it public.`,
    },
  }),
  'techmart.listing_expired': (params: TemplateParams) => ({
    title: { vi: 'Tin đã hết hạn', en: 'Listing expired' },
    body: {
      vi: `Tin “${textParam(params, 'listingTitle')}” đã hết hạn và không còn hiển thị công khai. Gia hạn để hiển thị lại.`,
      en: `“${textParam(params, 'listingTitle')}” has expired and is no longer public. Renew it to show it again.`,
    },
  }),
  'techmart.connection_introduced': (params: TemplateParams) => ({
    title: { vi: 'Giới thiệu kết nối', en: 'Connection introduced' },
    body: {
      vi: `Cán bộ Sở giới thiệu kết nối về nhu cầu “${textParam(params, 'listingTitle')}”: ${textParam(params, 'reason')}`.trim(),
      en: `An officer introduced a connection for the need “${textParam(params, 'listingTitle')}”: ${textParam(params, 'reason')}`.trim(),
    },
  }),
  'techmart.connection_accepted': (params: TemplateParams) => ({
    title: { vi: 'Bên kia đồng ý kết nối', en: 'Connection accepted' },
    body: {
      vi: `${textParam(params, 'reason')} đã đồng ý kết nối về nhu cầu “${textParam(params, 'listingTitle')}”.`,
      en: `${textParam(params, 'reason')} accepted the connection for the need “${textParam(params, 'listingTitle')}”.`,
    },
  }),
  'techmart.connection_declined': (params: TemplateParams) => ({
    title: { vi: 'Bên kia từ chối kết nối', en: 'Connection declined' },
    body: {
      vi: `${textParam(params, 'reason')} đã từ chối kết nối về nhu cầu “${textParam(params, 'listingTitle')}”.`,
      en: `${textParam(params, 'reason')} declined the connection for the need “${textParam(params, 'listingTitle')}”.`,
    },
  }),
  'techmart.connection_signed': (params: TemplateParams) => ({
    title: { vi: 'Hợp đồng đã được ghi nhận', en: 'Contract recorded' },
    body: {
      vi: `Đã ghi nhận hợp đồng về nhu cầu “${textParam(params, 'listingTitle')}”, ký ngày ${dateVi(textParam(params, 'reason'))}.`,
      en: `The contract for the need “${textParam(params, 'listingTitle')}” was recorded, signed on ${textParam(params, 'reason')}.`,
    },
  }),
};

/** `2027-06-30T…` → `30/06/2027` (the date as Vietnamese readers write it, in Vietnam's time zone). */
function dateVi(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return at.toLocaleDateString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  });
}
