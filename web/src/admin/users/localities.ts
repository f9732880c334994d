// Commune (or, for provincial officers, province) names for the account pages, from the public reference data. Plain functions.
import type { Province } from '../../techmart/api/techmart-types.ts';

export function communeName(code: string | null | undefined, provinces: readonly Province[]): string | undefined {
  if (!code) return undefined;
  for (const province of provinces) {
    // officers of the province carry the province's code
    if (province.provinceCode === code) return province.provinceName;
    const commune = province.communes.find((c) => c.code === code);
    if (commune) return `${commune.name}, ${province.provinceName}`;
  }
  return undefined;
}
