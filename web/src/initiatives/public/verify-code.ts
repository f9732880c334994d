// A certificate code as people type it or as a QR URL brings it: trimmed, spaces dropped (case kept: a
// code may carry a signature);
// a whole verification URL pasted into the box is reduced to its code.
export function normaliseCode(text: string): string {
  const trimmed = text.trim();
  const fromUrl = /\/xac-minh\/([^/?#\s]+)/.exec(trimmed);
  const raw = fromUrl?.[1] ? decodeURIComponent(fromUrl[1]) : trimmed;
  return raw.replace(/\s+/g, '');
}

/** Plausible codes only go to the API (URL-safe characters; 4–128). */
export function isPlausibleCode(code: string): boolean {
  return /^[A-Za-z0-9._~-]{4,128}$/.test(code);
}
