import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, SEARCH } from '../../shared/api/client.ts';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import { useTitle } from '../../shared/lib/useTitle.ts';
import { sectorName, useReference } from '../../techmart/api/reference.ts';
import { techmartKeys } from '../../techmart/api/techmart-queries.ts';
import type { SearchResponse } from '../../techmart/api/techmart-types.ts';
import { SearchBox } from '../../techmart/search/SearchBox.tsx';
import { hitPath } from '../../techmart/search/SearchPage.tsx';
import { SEARCH_TYPES } from '../../techmart/search/searchState.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { canList, canModerate } from '../auth/roles.ts';

const FIGURES_QUERY = 'q=&limit=1';
const LATEST_QUERY = 'q=&type=offer&type=equipment&sort=newest&page=1&limit=6';

/** The exchange's live figures: the search API's totals per listing type (one request). */
function useFigures() {
  return useQuery({
    queryKey: techmartKeys.search(FIGURES_QUERY),
    queryFn: ({ signal }) => api<SearchResponse>(`${SEARCH}/search?${FIGURES_QUERY}`, { signal }),
    staleTime: 60_000,
  });
}

function useLatest() {
  return useQuery({
    queryKey: techmartKeys.search(LATEST_QUERY),
    queryFn: ({ signal }) => api<SearchResponse>(`${SEARCH}/search?${LATEST_QUERY}`, { signal }),
    staleTime: 60_000,
  });
}

export function HomePage() {
  const { t, lang } = useI18n();
  const { sectors } = useReference();
  const { identity, signIn } = useAuth();
  const figures = useFigures();
  const latest = useLatest();
  useTitle(undefined);
  const roles = identity?.roles ?? [];
  const counts = figures.data?.facets.type ?? {};

  /** An entry point that needs a role: a link when the user has it, else sign-in (visitors) or nothing. */
  const entry = (to: string, label: string, allowed: boolean) =>
    identity ? (
      allowed && (
        <Link className="btn btn-secondary" to={to}>
          {label}
        </Link>
      )
    ) : (
      <button type="button" className="btn btn-secondary" onClick={() => void signIn(to)}>
        {label}
      </button>
    );

  return (
    <>
      <section className="hero" aria-labelledby="home-title">
        <div className="container">
          <h1 id="home-title">{t('home.title')}</h1>
          <p className="lead">{t('home.lead')}</p>
          <SearchBox large />
        </div>
      </section>
      <div className="container page">
        <section aria-labelledby="home-figures" className="home-section">
          <h2 id="home-figures">{t('home.figures')}</h2>
          {figures.isError ? (
            <p className="muted">{t('home.figuresUnavailable')}</p>
          ) : (
            <ul className="tile-grid figures" aria-busy={figures.isPending}>
              {SEARCH_TYPES.map((type) => (
                <li key={type}>
                  <Link className={`tile tile-${type}`} to={`/search?type=${type}`}>
                    <span className="tile-title">
                      {figures.isPending ? t(`type.${type}`) : t(`home.figure.${type}`, { count: counts[type] ?? 0 })}
                    </span>
                    <span className="tile-desc">{t(`home.typeDesc.${type}`)}</span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="home-latest" className="home-section">
          <h2 id="home-latest">{t('home.latest')}</h2>
          {latest.data && latest.data.hits.length === 0 && <p className="muted">{t('home.latestEmpty')}</p>}
          {latest.data && latest.data.hits.length > 0 && (
            <ul className="latest-list">
              {latest.data.hits.map((hit) => (
                <li key={hit.id} className="card latest">
                  <p className="eyebrow">{t(`type.${hit.type}`)}</p>
                  <h3 className="h3">
                    <Link to={hitPath(hit)}>{hit.title}</Link>
                  </h3>
                  <p className="muted">
                    {[hit.ownerName, hit.locality?.provinceName, formatDate(hit.publishedAt, lang)]
                      .filter(Boolean)
                      .join(' · ')}
                  </p>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link to="/search?sort=newest">{t('home.seeAll')}</Link>
          </p>
        </section>

        <section aria-labelledby="home-audiences" className="home-section">
          <h2 id="home-audiences">{t('home.audiences')}</h2>
          <div className="audience-grid">
            <section className="callout" aria-labelledby="aud-business">
              <h3 id="aud-business">{t('home.aud.business')}</h3>
              <p>{t('home.aud.businessText')}</p>
              <p className="actions-row">
                <Link className="btn btn-primary" to="/search?type=offer">
                  {t('home.aud.businessFind')}
                </Link>
                {entry('/my/needs/new', t('home.aud.businessNeed'), canList(roles))}
              </p>
            </section>
            <section className="callout" aria-labelledby="aud-researcher">
              <h3 id="aud-researcher">{t('home.aud.researcher')}</h3>
              <p>{t('home.aud.researcherText')}</p>
              <p className="actions-row">
                <Link className="btn btn-primary" to="/search?type=need">
                  {t('home.aud.researcherNeeds')}
                </Link>
                {entry('/my/offers/new', t('home.aud.researcherOffer'), canList(roles))}
              </p>
            </section>
            <section className="callout" aria-labelledby="aud-commune">
              <h3 id="aud-commune">{t('home.aud.commune')}</h3>
              <p>{t('home.aud.communeText')}</p>
              <p className="actions-row">
                {entry('/intake/needs/new', t('home.aud.communeIntake'), canModerate(roles))}
              </p>
            </section>
          </div>
        </section>

        {sectors.length > 0 && (
          <section aria-labelledby="home-sectors" className="home-section">
            <h2 id="home-sectors">{t('home.sectors')}</h2>
            <ul className="chip-list">
              {sectors.slice(0, 12).map((s) => (
                <li key={s.code}>
                  <Link className="chip" to={`/search?sector=${encodeURIComponent(s.code)}`}>
                    {sectorName(s, sectors, lang)}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
      </div>
    </>
  );
}
