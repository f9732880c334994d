// The search page's state lives in the URL, so every result page is shareable.
// The same names are sent to the search API (`/api/search/v1/search`).

export const SEARCH_TYPES = ['offer', 'equipment', 'need', 'expert'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export const FACETS = ['sector', 'trl', 'locality', 'transferMode', 'ipStatus'] as const;
export type FacetName = (typeof FACETS)[number];

export type SortOrder = 'relevance' | 'newest';

export const PAGE_SIZE = 20;
/** the search API answers pages 1–500 */
export const MAX_PAGE = 500;

export interface SearchState {
  q: string;
  /** null: not chosen yet (the page picks the first tab with results) */
  type: SearchType | null;
  filters: Record<FacetName, string[]>;
  sort: SortOrder;
  page: number;
}

export function emptyFilters(): Record<FacetName, string[]> {
  return { sector: [], trl: [], locality: [], transferMode: [], ipStatus: [] };
}

export function parseSearchState(params: URLSearchParams): SearchState {
  const rawType = params.get('type');
  const type = (SEARCH_TYPES as readonly string[]).includes(rawType ?? '') ? (rawType as SearchType) : null;
  const filters = emptyFilters();
  for (const f of FACETS) {
    filters[f] = [...new Set(params.getAll(f).filter((v) => v.length > 0 && v.length <= 100))].slice(0, 50);
  }
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    type,
    filters,
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
    page: Number.isFinite(page) && page >= 1 ? Math.min(page, MAX_PAGE) : 1,
  };
}

/** Serialise for the portal URL: defaults are left out to keep links short. */
export function toUrlParams(s: SearchState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.type) p.set('type', s.type);
  for (const f of FACETS) for (const v of s.filters[f]) p.append(f, v);
  if (s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.page > 1) p.set('page', String(s.page));
  return p;
}

/** Serialise for the search API. */
export function toApiParams(s: SearchState, type: SearchType): URLSearchParams {
  const p = new URLSearchParams();
  p.set('q', s.q);
  p.set('type', type);
  for (const f of FACETS) for (const v of s.filters[f]) p.append(f, v);
  p.set('sort', s.sort);
  p.set('page', String(s.page));
  p.set('limit', String(PAGE_SIZE));
  return p;
}

export function toggleFilter(s: SearchState, facet: FacetName, value: string): SearchState {
  const current = s.filters[facet];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...s, filters: { ...s.filters, [facet]: next }, page: 1 };
}

export function hasFilters(s: SearchState): boolean {
  return FACETS.some((f) => s.filters[f].length > 0);
}

/** Page numbers to show: first, last, and a window around the current page; 0 marks a gap. */
export function pageWindow(current: number, totalPages: number): number[] {
  if (totalPages <= 1) return [1];
  const pages = new Set<number>([1, totalPages]);
  for (let p = current - 2; p <= current + 2; p++) if (p >= 1 && p <= totalPages) pages.add(p);
  const sorted = [...pages].sort((a, b) => a - b);
  const out: number[] = [];
  for (const p of sorted) {
    const prev = out[out.length - 1];
    if (prev !== undefined && prev !== 0 && p - prev > 1) out.push(0);
    out.push(p);
  }
  return out;
}

export function removeFilter(s: SearchState, facet: FacetName, value: string): SearchState {
  return { ...s, filters: { ...s.filters, [facet]: s.filters[facet].filter((v) => v !== value) }, page: 1 };
}

/** The active filters in display order, one entry per value (for the removable chips). */
export function activeFilters(s: SearchState): { facet: FacetName; value: string }[] {
  return FACETS.flatMap((facet) => s.filters[facet].map((value) => ({ facet, value })));
}

/**
 * Search API parameters for a facet's own counts: the same search without that facet's filter, so
 * the facet's other values stay visible with their counts (OR within a facet). Page 1 of the same
 * size as the results, so the first value chosen reuses the answer already cached for the page.
 */
export function facetCountParams(s: SearchState, type: SearchType, facet: FacetName): URLSearchParams {
  return toApiParams({ ...s, filters: { ...s.filters, [facet]: [] }, page: 1 }, type);
}

/** The last page that has results, or null when the current page is within range. */
export function outOfRange(page: number, total: number, limit: number): number | null {
  const last = Math.max(1, Math.min(MAX_PAGE, Math.ceil(total / Math.max(1, limit))));
  return total > 0 && page > last ? last : null;
}
