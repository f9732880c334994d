// The bell's hook: the decisions on one's own listings (Techmart) and the initiatives service's
// messages, newest first; which ones the user has seen is kept per user in localStorage.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useInitiativeNotifications } from '../../initiatives/notifications/useInitiativeNotifications.ts';
import { useListingNotifications } from '../../techmart/notifications/useListingNotifications.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { type AppNotification, loadSeen, mergeSources, saveSeen, seenKey, unreadCount } from './notifications.ts';

export interface Notifications {
  items: AppNotification[];
  unread: number;
  isUnread: (id: string) => boolean;
  status: 'idle' | 'loading' | 'ready' | 'error';
  markAllRead: () => void;
}

export function useNotifications(): Notifications {
  const { identity } = useAuth();
  const listings = useListingNotifications(identity);
  const initiatives = useInitiativeNotifications(identity);
  const source = useMemo(() => mergeSources([listings, initiatives]), [listings, initiatives]);
  const username = identity?.username ?? '';
  const [seen, setSeen] = useState<Set<string>>(() => (username ? loadSeen(username) : new Set()));

  useEffect(() => {
    setSeen(username ? loadSeen(username) : new Set());
    if (!username) return;
    // another tab read them
    const onStorage = (e: StorageEvent) => {
      if (e.key === seenKey(username)) setSeen(loadSeen(username));
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [username]);

  const markAllRead = useCallback(() => {
    if (!username) return;
    const next = new Set([...seen, ...source.items.map((n) => n.id)]);
    saveSeen(username, next);
    setSeen(next);
  }, [username, seen, source.items]);

  return useMemo(
    () => ({
      items: source.items,
      unread: unreadCount(source.items, seen),
      isUnread: (id: string) => !seen.has(id),
      status: source.status,
      markAllRead,
    }),
    [source.items, source.status, seen, markAllRead],
  );
}
