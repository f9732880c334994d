import { describe, expect, it } from 'vitest';
import { HOME_PROVINCE_CODE, PROVINCES, SECTORS } from './reference-data.js';

describe('reference data', () => {
  it('has unique codes and names in NFC', () => {
    const communeCodes = PROVINCES.flatMap((p) => p.communes.map((c) => c.code));
    expect(new Set(communeCodes).size).toBe(communeCodes.length);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(PROVINCES.length);
    expect(new Set(SECTORS.map((s) => s.code)).size).toBe(SECTORS.length);
    const names = [
      ...PROVINCES.flatMap((p) => [p.name, ...p.communes.map((c) => c.name)]),
      ...SECTORS.map((s) => s.nameVi),
    ];
    for (const name of names) expect(name).toBe(name.normalize('NFC'));
  });

  it('has the home province first with its communes and wards', () => {
    expect(PROVINCES[0]?.code).toBe(HOME_PROVINCE_CODE);
    expect(PROVINCES[0]?.name).toBe('Đồng Tháp');
    expect(PROVINCES[0]?.communes.length).toBeGreaterThanOrEqual(50);
    // the commune of the identity provider's commune officer
    expect(PROVINCES[0]?.communes.find((c) => c.code === '30268')?.name).toBe('Xã Mỹ Hiệp');
  });
});
