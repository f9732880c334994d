// Until the notifications service exists, an owner's notifications are the moderation decisions on
// their own listings: a listing returned with a reason, or published.
import type { AppNotification } from '../../shell/notifications/notifications.ts';
import { newestFirst } from '../../shell/notifications/notifications.ts';
import type { Expert, Need, Offer } from '../api/techmart-types.ts';

export type OwnListing =
  | {
      type: 'offers';
      item: Pick<Offer, 'id' | 'kind' | 'title' | 'status' | 'updatedAt' | 'publishedAt' | 'returnReason'>;
    }
  | { type: 'needs'; item: Pick<Need, 'id' | 'title' | 'status' | 'updatedAt' | 'publishedAt' | 'returnReason'> }
  | {
      type: 'experts';
      item: Pick<Expert, 'id' | 'fullName' | 'academicTitle' | 'status' | 'updatedAt' | 'publishedAt' | 'returnReason'>;
    };

function titleOf(l: OwnListing): string {
  if (l.type === 'experts') return [l.item.academicTitle, l.item.fullName].filter(Boolean).join(' ');
  return l.item.title;
}

function publicPath(l: OwnListing): string {
  const id = encodeURIComponent(l.item.id);
  if (l.type === 'offers') return `/${l.item.kind === 'equipment' ? 'equipment' : 'offers'}/${id}`;
  return `/${l.type}/${id}`;
}

export function listingNotifications(listings: readonly OwnListing[]): AppNotification[] {
  const out: AppNotification[] = [];
  for (const l of listings) {
    const { status, id } = l.item;
    if (status === 'returned') {
      const at = l.item.updatedAt;
      out.push({
        id: `${l.type}:${id}:returned:${at}`,
        kind: 'returned',
        title: titleOf(l),
        at,
        to: `/my/listings?type=${l.type}`,
        ...(l.item.returnReason ? { detail: l.item.returnReason } : {}),
      });
    } else if (status === 'published' && l.item.publishedAt) {
      const at = l.item.publishedAt;
      out.push({ id: `${l.type}:${id}:published:${at}`, kind: 'published', title: titleOf(l), at, to: publicPath(l) });
    }
  }
  return newestFirst(out);
}
