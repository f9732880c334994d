// The signed-in officer's own commune (the token's `locality_code`), to pre-select it in an intake. Pure.
import type { Province } from '../api/techmart-types.ts';

/** The province and commune a locality code names: a commune code finds its province, a province code itself. */
export function localityOf(
  code: string | undefined,
  provinces: readonly Province[],
): { provinceCode: string; communeCode: string } | null {
  if (!code) return null;
  for (const p of provinces) {
    if (p.provinceCode === code) return { provinceCode: p.provinceCode, communeCode: '' };
    if (p.communes.some((c) => c.code === code)) return { provinceCode: p.provinceCode, communeCode: code };
  }
  return null;
}
