import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/AuthProvider.tsx';
import { canList, canModerate } from '../auth/roles.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

export function Layout() {
  const { t, lang, setLang } = useI18n();
  const { identity, ready, signIn, signOut } = useAuth();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const prevPath = useRef(location.pathname);
  const [menuOpen, setMenuOpen] = useState(false);

  // After client-side navigation move focus to the main region so screen readers announce the page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on path change only
  useEffect(() => {
    if (prevPath.current === location.pathname) return;
    prevPath.current = location.pathname;
    setMenuOpen(false);
    mainRef.current?.focus({ preventScroll: false });
  }, [location.pathname]);

  const roles = identity?.roles ?? [];
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skip.toMain')}
      </a>
      <header className="site-header">
        <div className="container header-inner">
          <Link to="/" className="brand">
            <svg className="brand-logo" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <rect width="32" height="32" rx="6" />
              <path d="M8 22l6-12 4 8 2-4 4 8z" />
            </svg>
            <span className="brand-text">
              <span className="brand-org">{t('app.org')}</span>
              <span className="brand-name">{t('app.name')}</span>
            </span>
          </Link>
          <button
            type="button"
            className="btn btn-ghost menu-toggle"
            aria-expanded={menuOpen}
            aria-controls="site-nav"
            onClick={() => setMenuOpen((o) => !o)}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M3 6h18M3 12h18M3 18h18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
            <span className="visually-hidden">{t('nav.menu')}</span>
          </button>
          <div id="site-nav" className={menuOpen ? 'header-nav open' : 'header-nav'}>
            <nav aria-label={t('nav.main')}>
              <ul className="nav-list">
                <li>
                  <NavLink to="/" end>
                    {t('nav.home')}
                  </NavLink>
                </li>
                <li>
                  <NavLink to="/search">{t('nav.search')}</NavLink>
                </li>
                {canList(roles) && (
                  <li>
                    <NavLink to="/my/listings">{t('nav.myListings')}</NavLink>
                  </li>
                )}
                {canModerate(roles) && (
                  <li>
                    <NavLink to="/moderation">{t('nav.moderation')}</NavLink>
                  </li>
                )}
                {canModerate(roles) && (
                  <li>
                    <NavLink to="/intake/needs/new">{t('nav.intake')}</NavLink>
                  </li>
                )}
              </ul>
            </nav>
            <div className="header-tools">
              <button
                type="button"
                className="btn btn-ghost lang-switch"
                lang={lang === 'vi' ? 'en' : 'vi'}
                title={t('lang.switchLabel')}
                onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}
              >
                {t('lang.switch')}
              </button>
              {identity ? (
                <>
                  <span className="user-chip">
                    <span className="visually-hidden">{t('auth.signedInAs', { name: '' })}</span>
                    <span className="user-name">{identity.name}</span>
                    {identity.roles[0] && <span className="user-role">{t(`role.${identity.roles[0]}`)}</span>}
                  </span>
                  <button type="button" className="btn btn-secondary" onClick={() => void signOut()}>
                    {t('auth.signOut')}
                  </button>
                </>
              ) : (
                <button type="button" className="btn btn-primary" disabled={!ready} onClick={() => void signIn()}>
                  {t('auth.signIn')}
                </button>
              )}
            </div>
          </div>
        </div>
      </header>
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('footer.text')}</p>
          <p>{t('footer.contact')}</p>
        </div>
      </footer>
    </>
  );
}
