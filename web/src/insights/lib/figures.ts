// Figures as officers read them: counts with thousands separators, VND in millions or billions,
// percentages with one decimal; an indicator without a data source shows a dash, never 0.
import type { Tile } from '../api/insights-types.ts';

const tag = (lang: string) => (lang === 'en' ? 'en-GB' : 'vi-VN');

export function formatFigure(value: number | null | undefined, unitCode: Tile['unitCode'], lang: string): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  if (unitCode === 'percent') {
    return `${new Intl.NumberFormat(tag(lang), { maximumFractionDigits: 1 }).format(value)} %`;
  }
  if (unitCode === 'vnd') {
    const abs = Math.abs(value);
    const fmt = new Intl.NumberFormat(tag(lang), { maximumFractionDigits: 2 });
    if (abs >= 1e9) return lang === 'en' ? `${fmt.format(value / 1e9)} bn VND` : `${fmt.format(value / 1e9)} tỷ đồng`;
    if (abs >= 1e6) return lang === 'en' ? `${fmt.format(value / 1e6)} m VND` : `${fmt.format(value / 1e6)} triệu đồng`;
    return lang === 'en' ? `${fmt.format(value)} VND` : `${fmt.format(value)} đồng`;
  }
  return new Intl.NumberFormat(tag(lang), { maximumFractionDigits: 2 }).format(value);
}

/** 0–4: how strongly a commune's tile is shaded by value, relative to the largest. */
export function intensity(value: number | null, max: number): number {
  if (value === null || value <= 0 || max <= 0) return 0;
  return Math.min(4, Math.max(1, Math.ceil((value / max) * 4)));
}
