// The public repository search's state lives in the URL (q, field, year, locality, page) and becomes the
// search service's query for document type `initiative` (OR within a facet, AND across facets).
export const REPOSITORY_FACETS = ['field', 'year', 'locality'] as const;
export type RepositoryFacet = (typeof REPOSITORY_FACETS)[number];

export interface RepositoryState {
  q: string;
  field: string[];
  year: string[];
  locality: string[];
  page: number;
}

export function repositoryStateOf(params: URLSearchParams): RepositoryState {
  const page = Number(params.get('page') ?? '1');
  return {
    q: (params.get('q') ?? '').trim(),
    field: params.getAll('field'),
    year: params.getAll('year').filter((y) => /^\d{4}$/.test(y)),
    locality: params.getAll('locality'),
    page: Number.isInteger(page) && page >= 1 && page <= 500 ? page : 1,
  };
}

export function repositoryParams(s: RepositoryState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const f of REPOSITORY_FACETS) for (const v of s[f]) p.append(f, v);
  if (s.page > 1) p.set('page', String(s.page));
  return p;
}

/** The search API's query string for this state. */
export function repositoryApiQuery(s: RepositoryState, limit = 20): string {
  const p = repositoryParams(s);
  p.set('type', 'initiative');
  p.set('limit', String(limit));
  return p.toString();
}

/** Toggles one facet value and goes back to the first page. */
export function toggleFacet(s: RepositoryState, facet: RepositoryFacet, value: string): RepositoryState {
  const has = s[facet].includes(value);
  return { ...s, [facet]: has ? s[facet].filter((v) => v !== value) : [...s[facet], value], page: 1 };
}
