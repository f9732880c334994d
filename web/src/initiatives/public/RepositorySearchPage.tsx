// The public central repository of initiatives: full-text search through the search service (document
// type `initiative`) with facets by field, year and locality; the state lives in the URL.
import { type FormEvent, useId, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, SEARCH } from '../../shared/api/client.ts';
import { Highlighted } from '../../shared/components/Highlighted.tsx';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatVnd } from '../../shared/lib/format.ts';
import { useQuery } from '@tanstack/react-query';
import type { SearchResponse } from '@sti/search/api';
import { useInitiativeReference } from '../api/initiatives-queries.ts';
import { IniFrame } from '../components/IniFrame.tsx';
import {
  REPOSITORY_FACETS,
  type RepositoryFacet,
  repositoryApiQuery,
  repositoryParams,
  repositoryStateOf,
  toggleFacet,
} from './repository-search.ts';

const FACET_LABEL = {
  field: 'ini.repo.facet.field',
  year: 'ini.repo.facet.year',
  locality: 'ini.repo.facet.locality',
} as const;

/** What an initiative hit carries beyond the common hit (field, year), read defensively. */

export function RepositorySearchPage() {
  const { t, lang } = useI18n();
  const boxId = useId();
  const [params, setParams] = useSearchParams();
  const state = repositoryStateOf(params);
  const [text, setText] = useState(state.q);
  const reference = useInitiativeReference();
  const apiQuery = repositoryApiQuery(state);
  const res = useQuery({
    queryKey: ['search', apiQuery],
    queryFn: ({ signal }) => api<SearchResponse>(`${SEARCH}/search?${apiQuery}`, { signal }),
    placeholderData: (previous) => previous,
  });
  const facetName = (facet: RepositoryFacet, value: string): string => {
    if (facet === 'field') {
      const f =
        reference.data?.fields.find((x) => x.code === value) ??
        res.data?.hits.find((h) => h.initiative?.field?.code === value)?.initiative?.field;
      return f ? (lang === 'en' ? f.nameEn : f.nameVi) : value;
    }
    if (facet === 'locality') {
      const hit = (res.data?.hits ?? []).find(
        (h) => h.locality?.provinceCode === value || h.locality?.communeCode === value,
      );
      return hit?.locality
        ? hit.locality.communeCode === value
          ? (hit.locality.communeName ?? value)
          : hit.locality.provinceName
        : value;
    }
    return value;
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setParams(repositoryParams({ ...state, q: text.trim(), page: 1 }));
  };
  const hits = res.data?.hits ?? [];
  const total = res.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / 20));
  return (
    <IniFrame title={t('ini.repo.title')} lead={t('ini.repo.lead')}>
      <form className="ini-inline-form" onSubmit={submit}>
        <div className="field grow">
          <label htmlFor={boxId}>{t('ini.repo.q')}</label>
          <input id={boxId} type="search" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <button type="submit" className="btn btn-primary">
          {t('ini.repo.search')}
        </button>
      </form>
      <div className="search-layout">
        <aside className="facets" aria-label={t('ini.repo.facets')}>
          {REPOSITORY_FACETS.map((facet) => {
            const counts = res.data?.facets[facet] ?? {};
            const values = Object.entries(counts).sort((a, b) =>
              facet === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1],
            );
            if (values.length === 0 && state[facet].length === 0) return null;
            return (
              <fieldset key={facet} className="facet">
                <legend>{t(FACET_LABEL[facet])}</legend>
                {values.map(([value, n]) => (
                  <label key={value} className="choice">
                    <input
                      type="checkbox"
                      checked={state[facet].includes(value)}
                      onChange={() => setParams(repositoryParams(toggleFacet(state, facet, value)))}
                    />{' '}
                    {facetName(facet, value)} <span className="facet-count">({n})</span>
                  </label>
                ))}
              </fieldset>
            );
          })}
        </aside>
        <div>
          {res.isPending && <Loading />}
          {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
          {res.data && (
            <p className="result-count" role="status">
              {t('ini.repo.count', { count: total })}
            </p>
          )}
          {res.data && hits.length === 0 && <p className="empty">{t('ini.repo.none')}</p>}
          <ul className="hit-list">
            {hits.map((h) => (
              <li key={h.id} className="hit">
                <h2 className="hit-title h3">
                  <Link to={`/sang-kien/kho/${encodeURIComponent(h.id)}`}>
                    <Highlighted text={h.title} ranges={h.highlights.title} />
                  </Link>
                </h2>
                <p className="meta">
                  {[
                    h.initiative?.field
                      ? lang === 'en'
                        ? h.initiative.field.nameEn
                        : h.initiative.field.nameVi
                      : null,
                    h.initiative?.unitName,
                    h.ownerName,
                    h.initiative?.year,
                    h.locality?.provinceName,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </p>
                {h.initiative && h.initiative.authors.length > 0 && (
                  <p className="muted">{t('ini.repo.authors', { names: h.initiative.authors.join(', ') })}</p>
                )}
                {h.initiative && h.initiative.benefitVnd > 0 && (
                  <p className="muted">
                    {t('ini.repo.benefit', { value: formatVnd(String(h.initiative.benefitVnd)) ?? '' })}
                  </p>
                )}
                <p className="hit-summary">
                  <Highlighted text={h.summary} ranges={h.highlights.summary} />
                </p>
              </li>
            ))}
          </ul>
          {pages > 1 && (
            <nav className="pagination" aria-label={t('pagination.label')}>
              {state.page > 1 && (
                <Link to={`?${repositoryParams({ ...state, page: state.page - 1 })}`}>{t('pagination.prev')}</Link>
              )}{' '}
              <span>{t('pagination.page', { n: state.page })}</span>{' '}
              {state.page < pages && (
                <Link to={`?${repositoryParams({ ...state, page: state.page + 1 })}`}>{t('pagination.next')}</Link>
              )}
            </nav>
          )}
        </div>
      </div>
    </IniFrame>
  );
}
