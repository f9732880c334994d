import { describe, expect, it } from 'vitest';
import { DIFF_VALUE_MAX, diffVersions } from './listing-diff.js';

const returned = {
  id: 'x',
  status: 'returned',
  revision: 3,
  title: 'Máy sấy nông sản',
  description: 'a'.repeat(500),
  sector: { code: 'agri-processing', nameVi: 'Chế biến nông sản', nameEn: 'Agri processing' },
  keywords: ['máy sấy'],
  price: { amountVnd: '185000000' },
  locality: { provinceCode: '87', provinceName: 'Đồng Tháp', communeCode: '30223', communeName: 'Phường Sa Đéc' },
  attachments: [],
  updatedAt: '2026-12-01T00:00:00Z',
};

describe('diffVersions', () => {
  it('finds nothing when only bookkeeping changed', () => {
    expect(diffVersions(returned, { ...returned, revision: 4, status: 'submitted', updatedAt: 'later' })).toEqual([]);
  });

  it('names the changed fields with readable old and new values', () => {
    const resubmitted = {
      ...returned,
      title: 'Máy sấy nông sản năng lượng mặt trời',
      price: { negotiable: true },
      keywords: ['máy sấy', 'năng lượng'],
      attachments: [{ id: 'a', fileName: 'anh-thuc-te.jpg', mediaType: 'image/jpeg', sizeBytes: 1, sha256: 'x' }],
    };
    expect(diffVersions(returned, resubmitted)).toEqual([
      {
        field: 'title',
        change: 'changed',
        before: 'Máy sấy nông sản',
        after: 'Máy sấy nông sản năng lượng mặt trời',
        valuesOmitted: false,
      },
      { field: 'keywords', change: 'changed', before: 'máy sấy', after: 'máy sấy, năng lượng', valuesOmitted: false },
      { field: 'price', change: 'changed', before: '185000000 đ', after: 'Thỏa thuận', valuesOmitted: false },
      { field: 'attachments', change: 'added', after: 'anh-thuc-te.jpg', valuesOmitted: false },
    ]);
  });

  it('names a long field as changed without its values', () => {
    const [change] = diffVersions(returned, { ...returned, description: 'b'.repeat(DIFF_VALUE_MAX + 1) });
    expect(change).toEqual({ field: 'description', change: 'changed', valuesOmitted: true });
  });

  it('tells a removed value and a changed commune by name', () => {
    const changes = diffVersions(returned, {
      ...returned,
      keywords: [],
      locality: { provinceCode: '87', provinceName: 'Đồng Tháp', communeCode: '1', communeName: 'Xã Mỹ Hiệp' },
    });
    expect(changes).toEqual([
      { field: 'keywords', change: 'removed', before: 'máy sấy', valuesOmitted: false },
      {
        field: 'locality',
        change: 'changed',
        before: 'Phường Sa Đéc, Đồng Tháp',
        after: 'Xã Mỹ Hiệp, Đồng Tháp',
        valuesOmitted: false,
      },
    ]);
  });
});
