import { describe, expect, it } from 'vitest';
import {
  activeFilters,
  facetCountParams,
  outOfRange,
  pageWindow,
  parseSearchState,
  removeFilter,
  toApiParams,
  toggleFilter,
  toUrlParams,
} from './searchState.ts';

describe('search state in the URL', () => {
  it('round-trips query, tab, repeated filters, sort and page', () => {
    const url = 'q=may+say&type=equipment&sector=agri&sector=mech&trl=7&sort=newest&page=3';
    const state = parseSearchState(new URLSearchParams(url));
    expect(state).toMatchObject({ q: 'may say', type: 'equipment', sort: 'newest', page: 3 });
    expect(state.filters.sector).toEqual(['agri', 'mech']);
    expect(toUrlParams(state).toString()).toBe(url);
  });
  it('falls back to defaults for unknown values', () => {
    const s = parseSearchState(new URLSearchParams('type=bogus&sort=x&page=-2'));
    expect(s).toMatchObject({ q: '', type: null, sort: 'relevance', page: 1 });
    expect(toUrlParams(s).toString()).toBe('');
  });
  it('sends every parameter to the API', () => {
    const s = parseSearchState(new URLSearchParams('q=abc&ipStatus=none'));
    expect(toApiParams(s, 'offer').toString()).toBe('q=abc&type=offer&ipStatus=none&sort=relevance&page=1&limit=20');
  });
  it('toggling a filter resets to page 1', () => {
    const s = parseSearchState(new URLSearchParams('q=a&page=4&trl=5'));
    const on = toggleFilter(s, 'trl', '6');
    expect(on.filters.trl).toEqual(['5', '6']);
    expect(on.page).toBe(1);
    expect(toggleFilter(on, 'trl', '5').filters.trl).toEqual(['6']);
  });
  it('page window keeps first, last and neighbours with gaps', () => {
    expect(pageWindow(1, 1)).toEqual([1]);
    expect(pageWindow(5, 10)).toEqual([1, 0, 3, 4, 5, 6, 7, 0, 10]);
    expect(pageWindow(2, 4)).toEqual([1, 2, 3, 4]);
  });

  it('combines several values of one facet with OR: each is a repeated parameter', () => {
    let s = parseSearchState(new URLSearchParams('q=may'));
    s = toggleFilter(toggleFilter(s, 'sector', 'agri'), 'sector', 'food');
    expect(toApiParams(s, 'offer').getAll('sector')).toEqual(['agri', 'food']);
    expect(activeFilters(s)).toEqual([
      { facet: 'sector', value: 'agri' },
      { facet: 'sector', value: 'food' },
    ]);
    expect(removeFilter(s, 'sector', 'agri').filters.sector).toEqual(['food']);
  });
  it("asks for a facet's own counts without its filter but with the others", () => {
    const s = parseSearchState(new URLSearchParams('q=may&sector=agri&trl=7&page=4'));
    const p = facetCountParams(s, 'offer', 'sector');
    expect(p.getAll('sector')).toEqual([]);
    expect(p.getAll('trl')).toEqual(['7']);
    expect(p.get('page')).toBe('1');
    // the unfiltered first page: the same request (and cache entry) as the results before the choice
    expect(p.toString()).toBe(toApiParams(parseSearchState(new URLSearchParams('q=may&trl=7')), 'offer').toString());
  });
  it('knows a page past the last one, and the API limit of 500 pages', () => {
    expect(outOfRange(9, 169, 20)).toBeNull();
    expect(outOfRange(12, 169, 20)).toBe(9);
    expect(outOfRange(3, 0, 20)).toBeNull();
    expect(parseSearchState(new URLSearchParams('page=900')).page).toBe(500);
  });
});
