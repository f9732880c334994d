import { describe, expect, it } from 'vitest';
import { communeName } from './localities.ts';

const provinces = [
  { provinceCode: '87', provinceName: 'Đồng Tháp', communes: [{ code: '29869', name: 'Phường Cao Lãnh' }] },
];

describe('the commune of an account', () => {
  it('names a commune with its province, a provincial officer by the province, never by the code', () => {
    expect(communeName('29869', provinces)).toBe('Phường Cao Lãnh, Đồng Tháp');
    expect(communeName('87', provinces)).toBe('Đồng Tháp');
    expect(communeName(null, provinces)).toBeUndefined();
  });
});
