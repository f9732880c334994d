import { describe, expect, it } from 'vitest';
import { loadSeen, saveSeen, unreadCount } from '../../shell/notifications/notifications.ts';
import { listingNotifications, type OwnListing } from './listing-notifications.ts';

const offer = (over: Partial<OwnListing['item']> & { id: string }): OwnListing => ({
  type: 'offers',
  item: {
    kind: 'technology',
    title: `Tin ${over.id}`,
    status: 'draft',
    updatedAt: '2026-12-01T00:00:00Z',
    ...over,
  } as never,
});

describe('notifications from my listings', () => {
  it('announces returned listings with their reason and published ones, newest first', () => {
    const list = listingNotifications([
      offer({ id: 'a', status: 'returned', updatedAt: '2026-12-02T08:00:00Z', returnReason: 'Thiếu hình ảnh thực tế' }),
      offer({ id: 'b', status: 'published', publishedAt: '2026-12-03T08:00:00Z' }),
      offer({ id: 'c', status: 'submitted' }),
      offer({ id: 'd', status: 'draft' }),
      {
        type: 'needs',
        item: { id: 'n', title: 'Nhu cầu', status: 'published', updatedAt: 'x', publishedAt: '2026-11-30T00:00:00Z' },
      },
    ]);
    expect(list.map((n) => [n.kind, n.title])).toEqual([
      ['published', 'Tin b'],
      ['returned', 'Tin a'],
      ['published', 'Nhu cầu'],
    ]);
    expect(list[0]?.to).toBe('/offers/b');
    expect(list[1]?.detail).toBe('Thiếu hình ảnh thực tế');
    expect(list[1]?.to).toBe('/my/listings?type=offers');
    expect(list[2]?.to).toBe('/needs/n');
  });

  it('counts a new decision on the same listing as unread again', () => {
    const first = listingNotifications([offer({ id: 'a', status: 'returned', updatedAt: '2026-12-02T08:00:00Z' })]);
    const seen = new Set(first.map((n) => n.id));
    expect(unreadCount(first, seen)).toBe(0);
    const later = listingNotifications([offer({ id: 'a', status: 'published', publishedAt: '2026-12-04T08:00:00Z' })]);
    expect(unreadCount(later, seen)).toBe(1);
  });

  it('remembers what a user has seen, per user', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    };
    saveSeen('doanhnghiep', ['x', 'y'], storage);
    expect([...loadSeen('doanhnghiep', storage)]).toEqual(['x', 'y']);
    expect(loadSeen('canbo', storage).size).toBe(0);
  });
});
