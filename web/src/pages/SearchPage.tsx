import { useEffect, useId, useMemo } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api, SEARCH } from '../api/client.ts';
import { provinceName, sectorName, useReference, type Reference } from '../api/reference.ts';
import type { SearchHit, SearchResponse } from '../api/types.ts';
import { useFetch } from '../api/useFetch.ts';
import { Highlighted } from '../components/Highlighted.tsx';
import { SearchBox } from '../components/SearchBox.tsx';
import { ErrorBox, Loading } from '../components/Status.tsx';
import { useI18n, type I18n } from '../i18n/I18nProvider.tsx';
import type { MessageKey } from '../i18n/dict.ts';
import { formatCount, formatDate } from '../lib/format.ts';
import {
  FACETS,
  PAGE_SIZE,
  SEARCH_TYPES,
  hasFilters,
  pageWindow,
  parseSearchState,
  toApiParams,
  toggleFilter,
  toUrlParams,
  emptyFilters,
  type FacetName,
  type SearchState,
  type SearchType,
} from '../lib/searchState.ts';
import { useTitle } from '../lib/useTitle.ts';

export function hitPath(hit: Pick<SearchHit, 'type' | 'id'>): string {
  const id = encodeURIComponent(hit.id);
  switch (hit.type) {
    case 'equipment':
      return `/equipment/${id}`;
    case 'need':
      return `/needs/${id}`;
    case 'expert':
      return `/experts/${id}`;
    default:
      return `/offers/${id}`;
  }
}

function facetLabel(facet: FacetName, value: string, i18n: I18n, ref: Reference): string {
  const { t, lang } = i18n;
  switch (facet) {
    case 'sector':
      return sectorName(value, ref.sectors, lang);
    case 'trl':
      return t('trl.value', { n: value });
    case 'locality':
      return provinceName(value, ref.provinces);
    case 'transferMode': {
      const key = `transfer.${value}` as MessageKey;
      return key in LABEL_KEYS ? t(key) : value;
    }
    case 'ipStatus': {
      const key = `ip.${value}` as MessageKey;
      return key in LABEL_KEYS ? t(key) : value;
    }
  }
}

const LABEL_KEYS: Record<string, true> = Object.fromEntries(
  [
    'transfer.licence',
    'transfer.assignment',
    'transfer.turnkey',
    'transfer.joint_venture',
    'transfer.consulting_training',
    'ip.granted_patent',
    'ip.pending_application',
    'ip.utility_solution',
    'ip.know_how',
    'ip.none',
  ].map((k) => [k, true]),
);

// Filters start collapsed on narrow screens so the results come first.
const filtersOpenInitially = typeof window === 'undefined' || !window.matchMedia?.('(max-width: 960px)').matches;

export function SearchPage() {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const ref = useReference();
  const state = useMemo(() => parseSearchState(params), [params]);
  const activeType: SearchType = state.type ?? 'offer';
  const apiQuery = toApiParams(state, activeType).toString();
  const result = useFetch<SearchResponse>(apiQuery, (signal) =>
    api<SearchResponse>(`${SEARCH}/search?${apiQuery}`, { signal }),
  );
  useTitle(state.q ? t('search.resultsFor', { q: state.q }) : t('search.title'));

  const go = (next: SearchState, replace = false) => navigate({ search: toUrlParams(next).toString() }, { replace });

  // No tab chosen and nothing among technology offers: open the first tab that has results.
  const data = result.data;
  useEffect(() => {
    if (state.type !== null || !data || data.total > 0) return;
    const first = SEARCH_TYPES.find((ty) => (data.facets.type?.[ty] ?? 0) > 0);
    if (first && first !== 'offer')
      navigate({ search: toUrlParams({ ...state, type: first }).toString() }, { replace: true });
  }, [data, state, navigate]);

  const typeCounts = data?.facets.type ?? {};
  const totalPages = data ? Math.max(1, Math.ceil(data.total / (data.limit || PAGE_SIZE))) : 1;
  const sortId = useId();

  return (
    <div className="container page">
      <h1 className="visually-hidden">{t('search.title')}</h1>
      <div className="search-top">
        <SearchBox key={state.q} initial={state.q} />
      </div>

      <nav aria-label={t('search.tabs')} className="type-tabs">
        <ul>
          {SEARCH_TYPES.map((ty) => {
            const n = typeCounts[ty];
            const current = ty === activeType;
            return (
              <li key={ty}>
                <Link
                  to={{ search: toUrlParams({ ...state, type: ty, filters: emptyFilters(), page: 1 }).toString() }}
                  aria-current={current ? 'page' : undefined}
                  className={current ? 'tab current' : 'tab'}
                >
                  {t(`type.${ty}`)}
                  {n !== undefined && <span className="tab-count">{formatCount(n, lang)}</span>}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>

      <div className="search-layout">
        <aside className="facets" aria-labelledby="facets-title">
          <details open={filtersOpenInitially}>
            <summary>
              <h2 id="facets-title">{t('search.filters')}</h2>
            </summary>
            {hasFilters(state) && (
              <button
                type="button"
                className="btn btn-link"
                onClick={() => go({ ...state, filters: emptyFilters(), page: 1 })}
              >
                {t('search.clearFilters')}
              </button>
            )}
            {FACETS.map((facet) => {
              const counts = data?.facets[facet] ?? {};
              const values = [...new Set([...Object.keys(counts), ...state.filters[facet]])];
              if (values.length === 0) return null;
              if (facet === 'trl') values.sort((a, b) => Number(a) - Number(b));
              else values.sort((a, b) => (counts[b] ?? 0) - (counts[a] ?? 0) || a.localeCompare(b));
              return (
                <fieldset key={facet} className="facet">
                  <legend>{t(`facet.${facet}`)}</legend>
                  <ul>
                    {values.map((v) => {
                      const id = `facet-${facet}-${v.replace(/[^A-Za-z0-9_-]/g, '_')}`;
                      return (
                        <li key={v}>
                          <input
                            type="checkbox"
                            id={id}
                            checked={state.filters[facet].includes(v)}
                            onChange={() => go(toggleFilter(state, facet, v))}
                          />
                          <label htmlFor={id}>
                            <span>{facetLabel(facet, v, i18n, ref)}</span>
                            <span className="facet-count">{formatCount(counts[v] ?? 0, lang)}</span>
                          </label>
                        </li>
                      );
                    })}
                  </ul>
                </fieldset>
              );
            })}
          </details>
        </aside>

        <section className="results" aria-labelledby="results-title">
          <div className="results-head">
            <div>
              <h2 id="results-title">{state.q ? t('search.resultsFor', { q: state.q }) : t('search.allResults')}</h2>
              <p className="muted" role="status">
                {data
                  ? t('search.count', { n: formatCount(data.total, lang) })
                  : result.loading
                    ? t('search.loading')
                    : ''}
              </p>
            </div>
            <div className="sort">
              <label htmlFor={sortId}>{t('search.sort')}</label>
              <select
                id={sortId}
                value={state.sort}
                onChange={(e) => go({ ...state, sort: e.target.value === 'newest' ? 'newest' : 'relevance', page: 1 })}
              >
                <option value="relevance">{t('search.sort.relevance')}</option>
                <option value="newest">{t('search.sort.newest')}</option>
              </select>
            </div>
          </div>

          {result.loading && !data && <Loading label={t('search.loading')} />}
          {result.error !== undefined && <ErrorBox error={result.error} onRetry={result.reload} />}
          {data && data.hits.length === 0 && <p className="empty">{t('search.noResults')}</p>}
          {data && data.hits.length > 0 && (
            <ol className="hit-list" aria-busy={result.loading}>
              {data.hits.map((hit) => (
                <HitCard key={`${hit.type}-${hit.id}`} hit={hit} reference={ref} />
              ))}
            </ol>
          )}

          {data && totalPages > 1 && (
            <nav aria-label={t('pagination.label')} className="pagination">
              <ul>
                <li>
                  {state.page > 1 ? (
                    <Link to={{ search: toUrlParams({ ...state, page: state.page - 1 }).toString() }} rel="prev">
                      {t('pagination.prev')}
                    </Link>
                  ) : (
                    <span aria-disabled="true" className="disabled">
                      {t('pagination.prev')}
                    </span>
                  )}
                </li>
                {pageWindow(state.page, totalPages).map((p, i) =>
                  p === 0 ? (
                    // biome-ignore lint/suspicious/noArrayIndexKey: gaps have no identity
                    <li key={`gap-${i}`} aria-hidden="true" className="gap">
                      …
                    </li>
                  ) : (
                    <li key={p}>
                      <Link
                        to={{ search: toUrlParams({ ...state, page: p }).toString() }}
                        aria-current={p === state.page ? 'page' : undefined}
                        aria-label={t('pagination.page', { n: p })}
                      >
                        {p}
                      </Link>
                    </li>
                  ),
                )}
                <li>
                  {state.page < totalPages ? (
                    <Link to={{ search: toUrlParams({ ...state, page: state.page + 1 }).toString() }} rel="next">
                      {t('pagination.next')}
                    </Link>
                  ) : (
                    <span aria-disabled="true" className="disabled">
                      {t('pagination.next')}
                    </span>
                  )}
                </li>
              </ul>
            </nav>
          )}
        </section>
      </div>
    </div>
  );
}

function HitCard({ hit, reference }: { hit: SearchHit; reference: Reference }) {
  const { t, lang } = useI18n();
  const locality =
    typeof hit.locality === 'string'
      ? provinceName(hit.locality, reference.provinces)
      : [hit.locality?.communeName, hit.locality?.provinceName].filter(Boolean).join(', ');
  return (
    <li className="hit">
      <article aria-labelledby={`hit-${hit.id}`}>
        <h3 id={`hit-${hit.id}`} className="hit-title">
          <Link to={hitPath(hit)}>
            <Highlighted text={hit.title} ranges={hit.highlights?.title} />
          </Link>
        </h3>
        {hit.summary && (
          <p className="hit-summary">
            <Highlighted text={hit.summary} ranges={hit.highlights?.summary} />
          </p>
        )}
        <ul className="meta">
          <li className="meta-type">{t(`type.${hit.type}`)}</li>
          {hit.sector && <li>{sectorName(hit.sector, reference.sectors, lang)}</li>}
          {hit.trl !== undefined && hit.trl !== null && <li>{t('trl.value', { n: hit.trl })}</li>}
          {locality && <li>{locality}</li>}
          {hit.ownerName && <li>{hit.ownerName}</li>}
          {hit.publishedAt && <li>{t('search.publishedAt', { date: formatDate(hit.publishedAt, lang) })}</li>}
        </ul>
      </article>
    </li>
  );
}
