/** Every user-facing text exists in Vietnamese (first) and English. */
export interface LocalizedText {
  vi: string;
  en: string;
}

export type Language = keyof LocalizedText;

/** Vietnamese unless the client prefers English (by q-value) over Vietnamese. */
export function pickLanguage(acceptLanguage: string | string[] | undefined): Language {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : acceptLanguage;
  if (!header) return 'vi';
  let vi = -1;
  let en = -1;
  for (const part of header.split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (Number.isNaN(q)) continue;
    const primary = tag.split('-')[0];
    if (primary === 'vi') vi = Math.max(vi, q);
    else if (primary === 'en') en = Math.max(en, q);
  }
  return en > 0 && en > vi ? 'en' : 'vi';
}
