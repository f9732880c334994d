// The initiatives service's in-app notifications (assignments, reminders, round closed, decisions) as
// bell items: the service words them in both languages; the bell shows the user's language.
import type { NotificationList } from '@sti/initiatives/api';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../shared/api/client.ts';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import type { Identity } from '../../shell/auth/roles.ts';
import type { AppNotification, NotificationSource } from '../../shell/notifications/notifications.ts';
import { INITIATIVES } from '../api/initiatives-queries.ts';

export function toInitiativeNotification(n: NotificationList['items'][number], lang: 'vi' | 'en'): AppNotification {
  return {
    id: `initiatives:${n.id}`,
    kind: 'message',
    title: n.message[lang],
    at: n.createdAt,
    to: n.link ?? '/sang-kien/cua-toi',
  };
}

export function useInitiativeNotifications(identity: Identity | null): NotificationSource {
  const { lang } = useI18n();
  const member = identity !== null;
  const res = useQuery({
    queryKey: ['initiatives', 'notifications'],
    queryFn: ({ signal }) => api<NotificationList>(`${INITIATIVES}/notifications`, { signal }),
    enabled: member,
    staleTime: 60_000,
    refetchInterval: 120_000,
    retry: false,
  });
  if (!member) return { items: [], status: 'idle' };
  if (res.isSuccess) return { items: res.data.items.map((n) => toInitiativeNotification(n, lang)), status: 'ready' };
  return { items: [], status: res.isPending ? 'loading' : 'error' };
}
