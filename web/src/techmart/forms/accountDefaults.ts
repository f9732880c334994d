// What a new listing form can take from the signed-in account: the contact person, and for an
// officer's intake the officer's own commune (or province), so the usual case needs no choosing.
import type { Province } from '../api/techmart-types.ts';

/** The province and commune of an account's locality code (a commune code or a province code). */
export function localityOfCode(
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

/** Contact fields of a new listing, from the account (the user can change them). */
export function contactOfAccount(identity: { name?: string; email?: string } | null | undefined): {
  contactName: string;
  contactEmail: string;
} {
  return { contactName: identity?.name ?? '', contactEmail: identity?.email ?? '' };
}
