import type { NotificationPage } from '@sti/techmart/api';
import { useQueries, useQuery } from '@tanstack/react-query';
import { api, TECHMART } from '../../shared/api/client.ts';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { toAppNotification } from './notification-items.ts';
import { canList, type Identity } from '../../shell/auth/roles.ts';
import type { NotificationSource } from '../../shell/notifications/notifications.ts';
import { type Collection, myRecentQuery } from '../api/techmart-queries.ts';
import type { Expert, Need, Offer, Page } from '../api/techmart-types.ts';
import { listingNotifications, type OwnListing } from './listing-notifications.ts';

/**
 * The decisions on the signed-in owner's listings: the Techmart notifications endpoint, falling back
 * to reading the owner's recent listings when the endpoint cannot be reached.
 */
export function useListingNotifications(identity: Identity | null): NotificationSource {
  const { lang } = useI18n();
  const member = identity !== null;
  const served = useQuery({
    queryKey: ['techmart', 'notifications'],
    queryFn: ({ signal }) => api<NotificationPage>(`${TECHMART}/notifications?limit=20`, { signal }),
    enabled: member,
    staleTime: 60_000,
    refetchInterval: 120_000,
    retry: false,
  });
  const fallback = useRecentListingNotifications(identity, member && served.isError);
  if (!member) return { items: [], status: 'idle' };
  if (served.isSuccess) return { items: served.data.items.map((n) => toAppNotification(n, lang)), status: 'ready' };
  if (served.isPending) return { items: [], status: 'loading' };
  return fallback;
}

function useRecentListingNotifications(identity: Identity | null, enabled: boolean): NotificationSource {
  const owner = enabled && identity ? canList(identity.roles) : false;
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
