// The notifications the bell shows, and which of them the user has seen. The source is pluggable:
// the decisions on one's own listings (techmart) and the messages of the other services (initiatives…).

export interface AppNotification {
  /** stable per event: a new decision on the same listing is a new notification */
  id: string;
  /** a listing decision (worded by the portal), or a message a service worded itself */
  kind: 'returned' | 'published' | 'message';
  /** the listing's title, or the whole message for kind "message" */
  title: string;
  /** ISO time of the event */
  at: string;
  /** where the notification leads */
  to: string;
  detail?: string;
}

export interface NotificationSource {
  items: AppNotification[];
  status: 'idle' | 'loading' | 'ready' | 'error';
}

/** Several services' notifications as one: ready once any answered, an error only when all failed. */
export function mergeSources(sources: readonly NotificationSource[]): NotificationSource {
  const live = sources.filter((s) => s.status !== 'idle');
  const items = newestFirst(live.flatMap((s) => s.items));
  if (live.length === 0) return { items, status: 'idle' };
  if (live.some((s) => s.status === 'loading') && items.length === 0) return { items, status: 'loading' };
  if (live.every((s) => s.status === 'error')) return { items, status: 'error' };
  return { items, status: 'ready' };
}

export const MAX_NOTIFICATIONS = 20;

/** Newest first, at most MAX_NOTIFICATIONS. */
export function newestFirst(items: readonly AppNotification[]): AppNotification[] {
  return [...items].sort((a, b) => b.at.localeCompare(a.at)).slice(0, MAX_NOTIFICATIONS);
}

export function unreadCount(items: readonly AppNotification[], seen: ReadonlySet<string>): number {
  return items.filter((n) => !seen.has(n.id)).length;
}

/** The seen ids, per user, in localStorage (shared by the user's tabs). */
export function seenKey(username: string): string {
  return `sti.notifications.seen:${username}`;
}

export function loadSeen(username: string, storage: Pick<Storage, 'getItem'> = localStorage): Set<string> {
  try {
    const raw: unknown = JSON.parse(storage.getItem(seenKey(username)) ?? '[]');
    return new Set(Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : []);
  } catch {
    return new Set();
  }
}

export function saveSeen(
  username: string,
  ids: Iterable<string>,
  storage: Pick<Storage, 'setItem'> = localStorage,
): void {
  try {
    storage.setItem(seenKey(username), JSON.stringify([...ids].slice(-200)));
  } catch {
    // storage full or unavailable: the count comes back after a reload, nothing worse
  }
}
