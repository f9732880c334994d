import { describe, expect, it } from 'vitest';
import { toInitiativeNotification } from '../../initiatives/notifications/useInitiativeNotifications.ts';
import { type AppNotification, MAX_NOTIFICATIONS, mergeSources, type NotificationSource } from './notifications.ts';

const item = (id: string, at: string): AppNotification => ({ id, kind: 'message', title: id, at, to: '/' });
const source = (status: NotificationSource['status'], items: AppNotification[] = []): NotificationSource => ({
  items,
  status,
});

describe('the bell’s sources', () => {
  it('merges the services newest first, at most MAX_NOTIFICATIONS', () => {
    const listings = source('ready', [item('a', '2026-12-01T01:00:00Z'), item('c', '2026-12-03T01:00:00Z')]);
    const initiatives = source('ready', [item('b', '2026-12-02T01:00:00Z')]);
    expect(mergeSources([listings, initiatives]).items.map((n) => n.id)).toEqual(['c', 'b', 'a']);
    const many = source(
      'ready',
      Array.from({ length: 30 }, (_, i) => item(`m${i}`, `2026-11-${String((i % 28) + 1).padStart(2, '0')}T00:00:00Z`)),
    );
    expect(mergeSources([many]).items).toHaveLength(MAX_NOTIFICATIONS);
  });

  it('is ready when one service answered even if another failed, and an error only when all failed', () => {
    const ok = source('ready', [item('a', '2026-12-01T01:00:00Z')]);
    const failed = source('error', []);
    const idle = source('idle', []);
    expect(mergeSources([ok, failed]).status).toBe('ready');
    expect(mergeSources([failed, failed]).status).toBe('error');
    expect(mergeSources([idle, idle]).status).toBe('idle');
    expect(mergeSources([source('loading'), failed]).status).toBe('loading');
  });

  it('shows an initiatives message in the user’s language and leads to its page', () => {
    const n = {
      id: '1',
      kind: 'assignment',
      message: { vi: 'Bạn được phân công chấm 2 sáng kiến.', en: 'You were assigned 2 initiatives to score.' },
      link: '/sang-kien/cham',
      createdAt: '2026-12-04T02:00:00Z',
      read: false,
    };
    expect(toInitiativeNotification(n, 'vi')).toEqual({
      id: 'initiatives:1',
      kind: 'message',
      title: 'Bạn được phân công chấm 2 sáng kiến.',
      at: '2026-12-04T02:00:00Z',
      to: '/sang-kien/cham',
    });
    expect(toInitiativeNotification({ ...n, link: null }, 'en')).toMatchObject({
      title: 'You were assigned 2 initiatives to score.',
      to: '/sang-kien/cua-toi',
    });
  });
});
