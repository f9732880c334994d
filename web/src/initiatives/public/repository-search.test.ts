import { describe, expect, it } from 'vitest';
import { repositoryApiQuery, repositoryParams, repositoryStateOf, toggleFacet } from './repository-search.ts';

describe('repository search state', () => {
  it('reads the URL and ignores a bad page or year', () => {
    const s = repositoryStateOf(new URLSearchParams('q=%20lúa%20&field=agri&year=2024&year=abc&page=-2'));
    expect(s).toEqual({ q: 'lúa', field: ['agri'], year: ['2024'], locality: [], page: 1 });
  });

  it('asks the search service for initiatives only, with repeated facet values (OR within a facet)', () => {
    const s = repositoryStateOf(new URLSearchParams('q=tưới&field=agri&field=water&locality=79'));
    expect(repositoryApiQuery(s)).toBe(
      'q=t%C6%B0%E1%BB%9Bi&field=agri&field=water&locality=79&type=initiative&limit=20',
    );
  });

  it('toggles a facet value and returns to the first page', () => {
    const s = { q: '', field: ['agri'], year: [], locality: [], page: 3 };
    expect(toggleFacet(s, 'field', 'agri')).toEqual({ ...s, field: [], page: 1 });
    expect(repositoryParams(toggleFacet(s, 'year', '2023')).toString()).toBe('field=agri&year=2023');
  });
});
