// Turn the search API's highlight ranges ([start, end) offsets into the plain text) into
// segments that the UI renders as text and <mark> elements. No markup is ever parsed.

export interface Segment {
  text: string;
  marked: boolean;
}

export type Range = readonly [number, number];

export function segments(text: string, ranges: readonly Range[] | undefined | null): Segment[] {
  if (!text) return [];
  const len = text.length;
  const clean = (ranges ?? [])
    .filter((r): r is Range => Array.isArray(r) && r.length === 2 && Number.isInteger(r[0]) && Number.isInteger(r[1]))
    .map(([s, e]) => [Math.max(0, Math.min(s, len)), Math.max(0, Math.min(e, len))] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const r of clean) {
    const last = merged[merged.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  const out: Segment[] = [];
  let pos = 0;
  for (const [s, e] of merged) {
    if (s > pos) out.push({ text: text.slice(pos, s), marked: false });
    out.push({ text: text.slice(s, e), marked: true });
    pos = e;
  }
  if (pos < len) out.push({ text: text.slice(pos), marked: false });
  return out;
}
