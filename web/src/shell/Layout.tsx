import { useEffect, useRef, useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { Disclosure } from '../shared/components/Disclosure.tsx';
import { useI18n } from '../shared/i18n/I18nProvider.tsx';
import { SIGNED_OUT_PARAM, useAuth } from './auth/AuthProvider.tsx';
import type { Identity } from './auth/roles.ts';
import { type NavItem, navigationFor } from './navigation.ts';
import { NotificationsBell } from './notifications/NotificationsBell.tsx';

function NavLinks({ items, className }: { items: NavItem[]; className?: string }) {
  const { t } = useI18n();
  return (
    <ul className={className ?? 'nav-list'}>
      {items.map((item) => (
        <li key={item.to}>
          <NavLink to={item.to} end={item.end ?? false}>
            {t(item.label)}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

function UserSummary({ identity }: { identity: Identity }) {
  const { t } = useI18n();
  return (
    <div className="user-summary">
      <p className="user-name">{identity.name}</p>
      {identity.organisationName && <p className="muted">{identity.organisationName}</p>}
      {identity.roles.length > 0 && (
        <p className="muted">{t('user.roles', { roles: identity.roles.map((r) => t(`role.${r}`)).join(', ') })}</p>
      )}
    </div>
  );
}

function Chevron() {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="icon chevron">
      <path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}

/** "Bạn đã đăng xuất" / "Phiên đã hết hạn", once, with a way to sign in again. */
function SignedOutNotice() {
  const { t } = useI18n();
  const { signedOut, dismissSignedOut, identity, signIn } = useAuth();
  const location = useLocation();
  const navigate = useNavigate();
  // the provider sent us back with ?signedOut=1: keep the message, drop the parameter
  useEffect(() => {
    const params = new URLSearchParams(location.search);
    if (!params.has(SIGNED_OUT_PARAM)) return;
    params.delete(SIGNED_OUT_PARAM);
    const search = params.toString();
    navigate({ pathname: location.pathname, search: search ? `?${search}` : '' }, { replace: true });
  }, [location.pathname, location.search, navigate]);
  if (!signedOut || identity) return null;
  return (
    <div className="container">
      <div className="alert alert-info signed-out" role="status">
        <p>{t(signedOut === 'expired' ? 'signedOut.expired' : 'signedOut.signedOut')}</p>
        <div className="alert-actions">
          {signedOut === 'expired' && (
            <button type="button" className="btn btn-primary btn-sm" onClick={() => void signIn()}>
              {t('auth.signIn')}
            </button>
          )}
          <button type="button" className="btn btn-ghost btn-sm" onClick={dismissSignedOut}>
            {t('signedOut.dismiss')}
          </button>
        </div>
      </div>
    </div>
  );
}

export function Layout() {
  const { t, lang, setLang } = useI18n();
  const { identity, ready, signIn, signOut } = useAuth();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const prevPath = useRef(location.pathname);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const burgerRef = useRef<HTMLButtonElement>(null);

  // After client-side navigation move focus to the main region so screen readers announce the page.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on path change only
  useEffect(() => {
    setDrawerOpen(false);
    if (prevPath.current === location.pathname) return;
    prevPath.current = location.pathname;
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [location.pathname, location.search]);

  useEffect(() => {
    if (!drawerOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        setDrawerOpen(false);
        burgerRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [drawerOpen]);

  const nav = navigationFor(identity?.roles ?? []);
  const langButton = (
    <button
      type="button"
      className="btn btn-ghost lang-switch"
      lang={lang === 'vi' ? 'en' : 'vi'}
      title={t('lang.switchLabel')}
      onClick={() => setLang(lang === 'vi' ? 'en' : 'vi')}
    >
      {t('lang.switch')}
    </button>
  );

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
          <nav aria-label={t('nav.main')} className="primary-nav wide-only">
            <NavLinks items={nav.primary} />
          </nav>
          <div className="header-tools">
            {nav.work.length > 0 && (
              <Disclosure
                className="work-menu wide-only"
                label={t('work.menu')}
                buttonContent={
                  <>
                    {t('work.menu')}
                    <Chevron />
                  </>
                }
              >
                <nav aria-label={t('work.menu')}>
                  <NavLinks items={nav.work} className="menu-list" />
                </nav>
              </Disclosure>
            )}
            {identity && <NotificationsBell />}
            <span className="wide-only">{langButton}</span>
            {identity ? (
              <Disclosure
                className="user-menu wide-only"
                label={t('user.menu', { name: identity.name })}
                buttonContent={
                  <>
                    <span className="user-button-name">{identity.name}</span>
                    <Chevron />
                  </>
                }
              >
                {(close) => (
                  <>
                    <UserSummary identity={identity} />
                    {nav.user.length > 0 && (
                      <nav aria-label={t('user.menu', { name: identity.name })}>
                        <NavLinks items={nav.user} className="menu-list" />
                      </nav>
                    )}
                    <button
                      type="button"
                      className="btn btn-secondary btn-block"
                      onClick={() => {
                        close();
                        void signOut();
                      }}
                    >
                      {t('auth.signOut')}
                    </button>
                  </>
                )}
              </Disclosure>
            ) : (
              <button
                type="button"
                className="btn btn-primary wide-only"
                disabled={!ready}
                onClick={() => void signIn()}
              >
                {t('auth.signIn')}
              </button>
            )}
            <button
              ref={burgerRef}
              type="button"
              className="btn btn-ghost menu-toggle narrow-only"
              aria-expanded={drawerOpen}
              aria-controls="site-drawer"
              onClick={() => setDrawerOpen((o) => !o)}
            >
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className="icon">
                <path d="M3 6h18M3 12h18M3 18h18" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
              </svg>
              <span className="visually-hidden">{t('nav.menu')}</span>
            </button>
          </div>
        </div>
        <div id="site-drawer" className="drawer narrow-only" hidden={!drawerOpen}>
          <div className="container">
            <nav aria-label={t('nav.skipMenu')}>
              <NavLinks items={nav.primary} className="menu-list" />
              {nav.work.length > 0 && (
                <>
                  <h2 className="drawer-heading">{t('work.menu')}</h2>
                  <NavLinks items={nav.work} className="menu-list" />
                </>
              )}
              {identity && nav.user.length > 0 && (
                <>
                  <h2 className="drawer-heading">{identity.name}</h2>
                  <NavLinks items={nav.user} className="menu-list" />
                </>
              )}
            </nav>
            <div className="drawer-tools">
              {langButton}
              {identity ? (
                <button type="button" className="btn btn-secondary" onClick={() => void signOut()}>
                  {t('auth.signOut')}
                </button>
              ) : (
                <button type="button" className="btn btn-primary" disabled={!ready} onClick={() => void signIn()}>
                  {t('auth.signIn')}
                </button>
              )}
            </div>
          </div>
        </div>
      </header>
      <SignedOutNotice />
      <main id="main" ref={mainRef} tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer">
        <div className="container">
          <nav aria-label={t('ini.nav.footer')}>
            <ul className="footer-links">
              {nav.footer.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} end>
                    {t(item.label)}
                  </NavLink>
                </li>
              ))}
              <li>
                <NavLink to="/open-data" end>
                  {t('insights.nav.public')}
                </NavLink>
              </li>
            </ul>
          </nav>
          <p>{t('footer.text')}</p>
          <p>{t('footer.contact')}</p>
        </div>
      </footer>
    </>
  );
}
