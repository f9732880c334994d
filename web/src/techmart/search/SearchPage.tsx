import { useEffect, useId, useMemo, useRef } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { Highlighted } from '../../shared/components/Highlighted.tsx';
import { type I18n, type MessageKey, useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatCount, formatDate, formatVnd } from '../../shared/lib/format.ts';
import { useTitle } from '../../shared/lib/useTitle.ts';
import { useAuth } from '../../shell/auth/AuthProvider.tsx';
import { canList } from '../../shell/auth/roles.ts';
import { localityText, provinceLabel, type Reference, sectorLabel, useReference } from '../api/reference.ts';
import { useFacetCounts, useSearchResults } from '../api/techmart-queries.ts';
import type { SearchHit, SearchResponse } from '../api/techmart-types.ts';
import { SearchBox } from './SearchBox.tsx';
import {
  activeFilters,
  emptyFilters,
  FACETS,
  type FacetName,
  facetCountParams,
  hasFilters,
  outOfRange,
  PAGE_SIZE,
  pageWindow,
  parseSearchState,
  removeFilter,
  SEARCH_TYPES,
  type SearchState,
  type SearchType,
  toApiParams,
  toggleFilter,
  toUrlParams,
} from './searchState.ts';

/** Where the detail page's "Back to results" leads: the search the user came from. */
export interface FromSearch {
  fromSearch?: string;
}

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

const CODE_LABELS: Partial<Record<FacetName, readonly string[]>> = {
  transferMode: ['licence', 'assignment', 'turnkey', 'joint_venture', 'consulting_training'],
  ipStatus: ['granted_patent', 'pending_application', 'utility_solution', 'know_how', 'none'],
};

/** Names the search results themselves carry (sector and province names), used before the reference data arrives. */
function namesFromHits(data: SearchResponse | undefined): {
  sectors: Map<string, SearchHit['sector']>;
  provinces: Map<string, string>;
} {
  const sectors = new Map<string, SearchHit['sector']>();
  const provinces = new Map<string, string>();
  for (const hit of data?.hits ?? []) {
    if (hit.sector) sectors.set(hit.sector.code, hit.sector);
    if (hit.locality) provinces.set(hit.locality.provinceCode, hit.locality.provinceName);
  }
  return { sectors, provinces };
}

/**
 * A facet value's label, never its raw code: the reference data's name, else a name the results
 * carry, else a placeholder saying the name is loading or unavailable.
 */
export function facetLabel(
  facet: FacetName,
  value: string,
  i18n: Pick<I18n, 't' | 'lang'>,
  ref: Pick<Reference, 'sectors' | 'provinces' | 'status'>,
  fromHits: ReturnType<typeof namesFromHits>,
): string {
  const { t, lang } = i18n;
  let name: string | undefined;
  switch (facet) {
    case 'sector':
      name = sectorLabel(value, ref.sectors, lang) ?? sectorLabel(fromHits.sectors.get(value), [], lang);
      break;
    case 'trl':
      return t('trl.value', { n: value });
    case 'locality':
      name = provinceLabel(value, ref.provinces) ?? fromHits.provinces.get(value);
      break;
    case 'transferMode':
      name = CODE_LABELS.transferMode?.includes(value) ? t(`transfer.${value}` as MessageKey) : undefined;
      break;
    case 'ipStatus':
      name = CODE_LABELS.ipStatus?.includes(value) ? t(`ip.${value}` as MessageKey) : undefined;
      break;
  }
  if (name) return name;
  return t(ref.status === 'loading' ? 'search.nameLoading' : 'search.nameUnknown');
}

// Filters start collapsed on narrow screens so the results come first.
const filtersOpenInitially = typeof window === 'undefined' || !window.matchMedia?.('(max-width: 960px)').matches;

export function SearchPage() {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const [params] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const { identity, signIn } = useAuth();
  const ref = useReference();
  const state = useMemo(() => parseSearchState(params), [params]);
  const activeType: SearchType = state.type ?? 'offer';
  const apiQuery = toApiParams(state, activeType).toString();
  // Another page, sort or filter of the same tab keeps the current results on screen while loading;
  // another tab or query shows the loading state (no stale results of another type).
  const tabKey = `${activeType}|${state.q}`;
  const result = useSearchResults(apiQuery, (previous) => {
    const p = new URLSearchParams(previous);
    return `${p.get('type')}|${p.get('q')}` === tabKey;
  });
  const data = result.data;
  const updating = result.isPlaceholderData && result.isFetching;
  // OR within a facet: the counts of a facet with selected values come from the same search without them.
  const facetCounts = useFacetCounts(
    FACETS.filter((f) => state.filters[f].length > 0).map((facet) => ({
      facet,
      apiQuery: facetCountParams(state, activeType, facet).toString(),
    })),
  );
  const fromHits = useMemo(() => namesFromHits(data), [data]);
  useTitle(state.q ? t('search.resultsFor', { q: state.q }) : t('search.title'));

  const go = (next: SearchState, replace = false) => navigate({ search: toUrlParams(next).toString() }, { replace });

  // No tab chosen and nothing among technology offers: open the first tab that has results.
  useEffect(() => {
    if (state.type !== null || !data || data.total > 0) return;
    const first = SEARCH_TYPES.find((ty) => (data.facets.type?.[ty] ?? 0) > 0);
    if (first && first !== 'offer')
      navigate({ search: toUrlParams({ ...state, type: first }).toString() }, { replace: true });
  }, [data, state, navigate]);

  // A new page starts at the top, with focus on the results heading (announced by screen readers).
  const headingRef = useRef<HTMLHeadingElement>(null);
  const lastPage = useRef(state.page);
  useEffect(() => {
    if (lastPage.current === state.page) return;
    lastPage.current = state.page;
    window.scrollTo(0, 0);
    headingRef.current?.focus({ preventScroll: true });
  }, [state.page]);

  // remember this search for the detail pages' "Back to results"
  const here = `${location.pathname}${location.search}`;
  const linkState: FromSearch = { fromSearch: here };

  const typeCounts = data?.facets.type ?? {};
  const totalPages = data ? Math.max(1, Math.ceil(data.total / (data.limit || PAGE_SIZE))) : 1;
  const pastEnd = data ? outOfRange(state.page, data.total, data.limit || PAGE_SIZE) : null;
  const sortId = useId();
  const active = activeFilters(state);
  const label = (facet: FacetName, value: string) => facetLabel(facet, value, i18n, ref, fromHits);
  const otherTabs = SEARCH_TYPES.filter((ty) => ty !== activeType && (typeCounts[ty] ?? 0) > 0);

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
            {ref.status === 'error' && (
              <div className="alert alert-info">
                <p>{t('search.referenceError')}</p>
                <button type="button" className="btn btn-secondary btn-sm" onClick={ref.retry}>
                  {t('error.retry')}
                </button>
              </div>
            )}
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
              const counts = facetCounts[facet] ?? data?.facets[facet] ?? {};
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
                            <span>{label(facet, v)}</span>
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
              <h2 id="results-title" ref={headingRef} tabIndex={-1}>
                {state.q ? t('search.resultsFor', { q: state.q }) : t('search.allResults')}
              </h2>
              <p className="muted" role="status">
                {updating
                  ? t('search.updating')
                  : data && !pastEnd
                    ? `${t('search.count', { count: data.total })}${totalPages > 1 ? ` · ${t('search.pageOf', { page: state.page, pages: totalPages })}` : ''}`
                    : result.isPending
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

          {active.length > 0 && (
            <div className="active-filters">
              <h3 className="visually-hidden">{t('search.activeFilters')}</h3>
              <ul className="chip-list" aria-label={t('search.activeFilters')}>
                {active.map(({ facet, value }) => (
                  <li key={`${facet}-${value}`}>
                    <button
                      type="button"
                      className="chip chip-removable"
                      aria-label={t('search.removeFilter', { facet: t(`facet.${facet}`), label: label(facet, value) })}
                      onClick={() => go(removeFilter(state, facet, value))}
                    >
                      {label(facet, value)}
                      <span aria-hidden="true" className="chip-x">
                        ×
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          )}

          {result.isPending && <Loading label={t('search.loading')} />}
          {result.isError && <ErrorBox error={result.error} onRetry={() => void result.refetch()} />}
          {data && pastEnd !== null && (
            <div className="alert alert-info">
              <p>{t('search.outOfRange', { page: state.page, pages: pastEnd })}</p>
              <Link to={{ search: toUrlParams({ ...state, page: pastEnd }).toString() }}>
                {t('search.lastPage', { n: pastEnd })}
              </Link>
            </div>
          )}
          {data && data.total === 0 && !result.isPlaceholderData && (
            <div className="no-results">
              <h3>{t('search.noResultsTitle')}</h3>
              <ul>
                {active.length > 0 && (
                  <li>
                    {t('search.tryRemoveFilter')}{' '}
                    {active.map(({ facet, value }) => (
                      <button
                        key={`${facet}-${value}`}
                        type="button"
                        className="btn btn-link"
                        onClick={() => go(removeFilter(state, facet, value))}
                      >
                        {t('search.removeFilter', { facet: t(`facet.${facet}`), label: label(facet, value) })}
                      </button>
                    ))}
                  </li>
                )}
                {state.q && <li>{t('search.tryOtherWords')}</li>}
                {otherTabs.length > 0 && (
                  <li>
                    {t('search.tryOtherTab')}{' '}
                    {otherTabs.map((ty) => (
                      <Link
                        key={ty}
                        className="btn btn-link"
                        to={{
                          search: toUrlParams({ ...state, type: ty, filters: emptyFilters(), page: 1 }).toString(),
                        }}
                      >
                        {t('search.tabWithCount', { type: t(`type.${ty}`), n: formatCount(typeCounts[ty] ?? 0, lang) })}
                      </Link>
                    ))}
                  </li>
                )}
                <li>
                  {t('search.postNeed')}{' '}
                  {identity && canList(identity.roles) ? (
                    <Link to="/my/needs/new">{t('search.postNeedLink')}</Link>
                  ) : (
                    !identity && (
                      <button type="button" className="btn btn-link" onClick={() => void signIn('/my/needs/new')}>
                        {t('search.postNeedLink')}
                      </button>
                    )
                  )}
                </li>
              </ul>
            </div>
          )}
          {data && data.hits.length > 0 && (
            <ol className="hit-list" aria-busy={updating}>
              {data.hits.map((hit) => (
                <HitCard key={`${hit.type}-${hit.id}`} hit={hit} reference={ref} linkState={linkState} />
              ))}
            </ol>
          )}

          {data && totalPages > 1 && pastEnd === null && (
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

function HitCard({ hit, reference, linkState }: { hit: SearchHit; reference: Reference; linkState: FromSearch }) {
  const { t, lang } = useI18n();
  const locality = localityText(hit.locality);
  const sector = sectorLabel(hit.sector, reference.sectors, lang);
  return (
    <li className="hit">
      <article aria-labelledby={`hit-${hit.id}`}>
        <h3 id={`hit-${hit.id}`} className="hit-title">
          <Link to={hitPath(hit)} state={linkState}>
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
          {sector && <li>{sector}</li>}
          {hit.trl !== undefined && hit.trl !== null && <li>{t('trl.value', { n: hit.trl })}</li>}
          {hit.condition && <li>{t(`condition.${hit.condition}`)}</li>}
          {hit.price && (
            <li className="hit-price">
              {'amountVnd' in hit.price
                ? `${t('detail.price')}: ${formatVnd(String(hit.price.amountVnd))}`
                : `${t('detail.price')}: ${t('detail.negotiable')}`}
            </li>
          )}
          {locality && <li>{locality}</li>}
          {hit.ownerName && <li>{hit.ownerName}</li>}
          {hit.publishedAt && <li>{t('search.publishedAt', { date: formatDate(hit.publishedAt, lang) })}</li>}
        </ul>
      </article>
    </li>
  );
}
