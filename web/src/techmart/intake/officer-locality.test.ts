import { describe, expect, it } from 'vitest';
import { localityOf } from './officer-locality.ts';

const provinces = [
  { provinceCode: '87', provinceName: 'Đồng Tháp', communes: [{ code: '30001', name: 'Mỹ Hiệp' }] },
  { provinceCode: '82', provinceName: 'Tiền Giang', communes: [{ code: '28001', name: 'Tân Phước' }] },
];

describe('localityOf', () => {
  it('pre-selects a commune officer’s own commune and its province', () => {
    expect(localityOf('30001', provinces)).toEqual({ provinceCode: '87', communeCode: '30001' });
  });
  it('pre-selects only the province for a provincial officer, nothing for an unknown code', () => {
    expect(localityOf('82', provinces)).toEqual({ provinceCode: '82', communeCode: '' });
    expect(localityOf('99999', provinces)).toBeNull();
    expect(localityOf(undefined, provinces)).toBeNull();
  });
});
