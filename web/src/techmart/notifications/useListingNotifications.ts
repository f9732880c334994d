import { useQueries } from '@tanstack/react-query';
import { canList, type Identity } from '../../shell/auth/roles.ts';
import type { AppNotification } from '../../shell/notifications/notifications.ts';
import { type Collection, myRecentQuery } from '../api/techmart-queries.ts';
import type { Expert, Need, Offer, Page } from '../api/techmart-types.ts';
import { listingNotifications, type OwnListing } from './listing-notifications.ts';

export interface NotificationSource {
  items: AppNotification[];
  status: 'idle' | 'loading' | 'ready' | 'error';
}

/** The decisions on the signed-in owner's listings (offers, needs and, for researchers, expert profiles). */
export function useListingNotifications(identity: Identity | null): NotificationSource {
  const owner = identity ? canList(identity.roles) : false;
  const types: Collection[] = identity?.roles.includes('researcher')
    ? ['offers', 'needs', 'experts']
    : ['offers', 'needs'];
  const results = useQueries({
    queries: types.map((type) => myRecentQuery<Offer | Need | Expert>(type, owner)),
  });
  if (!owner) return { items: [], status: 'idle' };
  if (results.some((r) => r.isPending)) return { items: [], status: 'loading' };
  const listings: OwnListing[] = results.flatMap((r, i) => {
    const page = r.data as Page<Offer | Need | Expert> | undefined;
    const type = types[i] as Collection;
    return (page?.items ?? []).map((item) => ({ type, item }) as OwnListing);
  });
  return {
    items: listingNotifications(listings),
    status: results.every((r) => r.isError) ? 'error' : 'ready',
  };
}
