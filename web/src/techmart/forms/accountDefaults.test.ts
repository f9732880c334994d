import { describe, expect, it } from 'vitest';
import { contactOfAccount, localityOfCode } from './accountDefaults.ts';

const provinces = [
  { provinceCode: '87', provinceName: 'Đồng Tháp', communes: [{ code: '30268', name: 'Xã Mỹ An' }] },
  { provinceCode: '86', provinceName: 'Vĩnh Long', communes: [{ code: '29239', name: 'Phường Long Châu' }] },
];

describe('defaults from the account', () => {
  it("pre-selects a commune officer's commune and its province", () => {
    expect(localityOfCode('30268', provinces)).toEqual({ provinceCode: '87', communeCode: '30268' });
  });
  it("pre-selects a province officer's province only", () => {
    expect(localityOfCode('86', provinces)).toEqual({ provinceCode: '86', communeCode: '' });
  });
  it('chooses nothing for an unknown or missing code', () => {
    expect(localityOfCode('99999', provinces)).toBeNull();
    expect(localityOfCode(undefined, provinces)).toBeNull();
  });
  it("fills the contact with the account's name and email", () => {
    expect(contactOfAccount({ name: 'Nguyễn Văn An', email: 'an@example.vn' })).toEqual({
      contactName: 'Nguyễn Văn An',
      contactEmail: 'an@example.vn',
    });
    expect(contactOfAccount(null)).toEqual({ contactName: '', contactEmail: '' });
  });
});
