// The Techmart notifications (GET /notifications) as the bell's items. Pure.
import type { NotificationView } from '@sti/techmart/api';
import type { AppNotification } from '../../shell/notifications/notifications.ts';

const PATH = { offer: 'offers', need: 'needs', expert: 'experts' } as const;

export function toAppNotification(n: NotificationView, lang: 'vi' | 'en'): AppNotification {
  if (n.kind === 'listing_published' || n.kind === 'listing_returned')
    return {
      id: n.id,
      kind: n.kind === 'listing_returned' ? 'returned' : 'published',
      title: n.listing.title,
      at: n.createdAt,
      // a returned listing is fixed from "Tin của tôi", where the reason stands next to it
      to:
        n.kind === 'listing_returned' ? '/my/listings' : `/${PATH[n.listing.type]}/${encodeURIComponent(n.listing.id)}`,
      detail: n.reason ?? n.message[lang],
    };
  // the service words the rest (expiry, connections) in both languages
  return {
    id: n.id,
    kind: 'message',
    title: n.message[lang],
    at: n.createdAt,
    // a connection is answered from "Kết nối của tôi"; an expiring listing is renewed from "Tin của tôi"
    to: n.kind.startsWith('connection_') ? '/connections' : '/my/listings',
  };
}
