// Stage and sector names in the reader's language, from the service's reference lists.
import { SECTORS, STAGE_NAMES } from '@sti/incubation/api';

export function stageName(code: string, lang: string): string {
  const n = (STAGE_NAMES as Record<string, { vi: string; en: string }>)[code];
  return n ? (lang === 'en' ? n.en : n.vi) : code;
}

export function sectorName(code: string, lang: string): string {
  const s = SECTORS.find((x) => x.code === code);
  return s ? (lang === 'en' ? s.en : s.vi) : code;
}
