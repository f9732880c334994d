// The Techmart notifications (GET /notifications) as the bell's items. Pure.
import type { NotificationView } from '@sti/techmart/api';
import type { AppNotification } from '../../shell/notifications/notifications.ts';

const PATH = { offer: 'offers', need: 'needs', expert: 'experts' } as const;

export function toAppNotification(n: NotificationView, lang: 'vi' | 'en'): AppNotification {
  return {
    id: n.id,
    kind: n.kind === 'listing_returned' ? 'returned' : 'published',
    title: n.listing.title,
    at: n.createdAt,
    // a returned listing is fixed from "Tin của tôi", where the reason stands next to it
    to: n.kind === 'listing_returned' ? '/my/listings' : `/${PATH[n.listing.type]}/${encodeURIComponent(n.listing.id)}`,
    detail: n.reason ?? n.message[lang],
  };
}
