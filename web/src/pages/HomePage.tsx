import { Link } from 'react-router-dom';
import { sectorName, useReference } from '../api/reference.ts';
import { useAuth } from '../auth/AuthProvider.tsx';
import { canList } from '../auth/roles.ts';
import { SearchBox } from '../components/SearchBox.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { SEARCH_TYPES } from '../lib/searchState.ts';
import { useTitle } from '../lib/useTitle.ts';

export function HomePage() {
  const { t, lang } = useI18n();
  const { sectors } = useReference();
  const { identity, signIn } = useAuth();
  useTitle(undefined);
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
        <section aria-labelledby="home-types" className="home-section">
          <h2 id="home-types">{t('home.types')}</h2>
          <ul className="tile-grid">
            {SEARCH_TYPES.map((type) => (
              <li key={type}>
                <Link className={`tile tile-${type}`} to={`/search?type=${type}`}>
                  <span className="tile-title">{t(`type.${type}`)}</span>
                  <span className="tile-desc">{t(`home.typeDesc.${type}`)}</span>
                </Link>
              </li>
            ))}
          </ul>
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
        <section aria-labelledby="home-business" className="home-section callout">
          <h2 id="home-business">{t('home.forBusiness')}</h2>
          <p>{t('home.forBusinessText')}</p>
          {identity ? (
            canList(identity.roles) && (
              <Link className="btn btn-primary" to="/my/listings">
                {t('nav.myListings')}
              </Link>
            )
          ) : (
            <button type="button" className="btn btn-primary" onClick={() => void signIn('/my/listings')}>
              {t('auth.signIn')}
            </button>
          )}
        </section>
      </div>
    </>
  );
}
