import { describe, expect, it } from 'vitest';
import { decodeFeedCursor, encodeFeedCursor, toFeedItem } from './feed-mapping.js';

const needSnapshot = {
  id: 'n-1',
  status: 'published',
  title: 'Cần công nghệ sấy xoài',
  problem: 'Chi phí điện chiếm gần 30% giá thành sản phẩm sấy.',
  sector: { code: 'agri-processing', nameVi: 'Chế biến', nameEn: 'Processing' },
  keywords: ['sấy xoài'],
  budget: {},
  locality: { provinceCode: '87', provinceName: 'Đồng Tháp', communeCode: '30268', communeName: 'Xã Mỹ Hiệp' },
  contact: { name: 'Trần Thị Bích', phone: '0918 245 377' },
  attachments: [],
  requester: { id: 'org-1', name: 'HTX Xoài Cao Lãnh' },
  intake: { enteredBy: { userId: 'u-9', displayName: 'Cán bộ xã' }, onBehalfOf: { id: 'org-1', name: 'HTX' } },
  revision: 2,
  createdAt: '2026-10-01T00:00:00.000Z',
  updatedAt: '2026-10-02T00:00:00.000Z',
  publishedAt: '2026-10-02T00:00:00.000Z',
};

const row = {
  type: 'need' as const,
  id: 'n-1',
  sequence: 12n,
  status: 'published',
  expiredAt: null,
  updatedAt: new Date(0),
};

describe('toFeedItem', () => {
  it('shows a public listing as the fields to create it, with its published contact only', () => {
    const item = toFeedItem({ ...row, snapshot: needSnapshot });
    expect(item).toEqual({
      type: 'need',
      id: 'n-1',
      sequence: '12',
      change: 'upsert',
      revision: 2,
      publishedAt: '2026-10-02T00:00:00.000Z',
      updatedAt: '2026-10-02T00:00:00.000Z',
      owner: { id: 'org-1', name: 'HTX Xoài Cao Lãnh' },
      listing: {
        title: 'Cần công nghệ sấy xoài',
        problem: needSnapshot.problem,
        sectorCode: 'agri-processing',
        keywords: ['sấy xoài'],
        locality: { provinceCode: '87', communeCode: '30268' },
        contact: { name: 'Trần Thị Bích', phone: '0918 245 377' },
      },
    });
    // who took the need in is the platform's business, not the feed's
    expect(JSON.stringify(item)).not.toContain('u-9');
  });

  it('turns archived and lapsed listings into tombstones without content', () => {
    const archived = toFeedItem({
      ...row,
      status: 'archived',
      updatedAt: new Date('2026-11-01T00:00:00Z'),
      snapshot: needSnapshot,
    });
    expect(archived).toEqual({
      type: 'need',
      id: 'n-1',
      sequence: '12',
      change: 'tombstone',
      reason: 'archived',
      at: '2026-11-01T00:00:00.000Z',
    });
    const expired = toFeedItem({ ...row, expiredAt: new Date('2026-12-01T00:00:00Z'), snapshot: needSnapshot });
    expect(expired).toMatchObject({ change: 'tombstone', reason: 'expired', at: '2026-12-01T00:00:00.000Z' });
  });
});

describe('feed cursor', () => {
  it('round-trips a change number and refuses what it did not issue', () => {
    expect(decodeFeedCursor(encodeFeedCursor(9_007_199_254_740_993n))).toBe(9_007_199_254_740_993n);
    expect(decodeFeedCursor('abc')).toBeUndefined();
    expect(decodeFeedCursor(`f1.${Buffer.from('-1').toString('base64url')}`)).toBeUndefined();
  });
});
