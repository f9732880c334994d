import { describe, expect, it } from 'vitest';
import { toAppNotification } from './notification-items.ts';

describe('toAppNotification', () => {
  it('leads a returned listing’s notification to “Tin của tôi”, with the officer’s reason; a published one to the listing', () => {
    const item = toAppNotification(
      {
        id: 'n1',
        kind: 'listing_returned',
        listing: { type: 'need', id: 'a b', title: 'Cần máy sấy' },
        reason: 'Thiếu hình ảnh thực tế',
        message: { vi: 'Tin bị trả lại', en: 'Listing returned' },
        createdAt: '2026-12-04T10:00:00Z',
        read: false,
      },
      'vi',
    );
    expect(item).toEqual({
      id: 'n1',
      kind: 'returned',
      title: 'Cần máy sấy',
      at: '2026-12-04T10:00:00Z',
      to: '/my/listings',
      detail: 'Thiếu hình ảnh thực tế',
    });
    const published = toAppNotification(
      {
        id: 'n2',
        kind: 'listing_published',
        listing: { type: 'need', id: 'a b', title: 'Cần máy sấy' },
        message: { vi: 'Tin đã được công bố', en: 'Listing published' },
        createdAt: '2026-12-04T11:00:00Z',
        read: false,
      },
      'vi',
    );
    expect(published.to).toBe('/needs/a%20b');
  });

  it('shows connection and expiry notifications in the service’s words, leading to where they are acted on', () => {
    const base = {
      listing: { type: 'need' as const, id: 'n-1', title: 'Máy sấy xoài' },
      createdAt: '2026-12-04T12:00:00Z',
      read: false,
    };
    const introduced = toAppNotification(
      {
        ...base,
        id: 'n3',
        kind: 'connection_introduced',
        message: {
          vi: 'Cán bộ Sở giới thiệu kết nối về nhu cầu “Máy sấy xoài”: Kính giới thiệu.',
          en: 'An officer introduced a connection for the need “Máy sấy xoài”: Kính giới thiệu.',
        },
      },
      'en',
    );
    expect(introduced).toEqual({
      id: 'n3',
      kind: 'message',
      title: 'An officer introduced a connection for the need “Máy sấy xoài”: Kính giới thiệu.',
      at: '2026-12-04T12:00:00Z',
      to: '/connections',
    });
    const expiring = toAppNotification(
      { ...base, id: 'n4', kind: 'listing_expiring', message: { vi: 'Tin sắp hết hạn', en: 'Expiring' } },
      'vi',
    );
    expect(expiring).toMatchObject({ kind: 'message', title: 'Tin sắp hết hạn', to: '/my/listings' });
  });
});
