import { describe, expect, it } from 'vitest';
import { pageWindow, parseSearchState, toApiParams, toggleFilter, toUrlParams } from './searchState.ts';

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
});
