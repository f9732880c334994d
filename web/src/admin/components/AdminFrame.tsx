// Every administration page: the area's own navigation (a wrapping list of links, usable at 320 px),
// the page's heading and lead, and the messages of the last action next to them.
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import type { MessageKey } from '../../shared/i18n/registry.ts';
import { useTitle } from '../../shared/lib/useTitle.ts';
import { useAuth } from '../../shell/auth/AuthProvider.tsx';
import '../admin.css';

const SECTIONS: { to: string; label: MessageKey; adminOnly: boolean; end?: boolean }[] = [
  { to: '/admin', label: 'admin.nav.home', adminOnly: true, end: true },
  { to: '/admin/users', label: 'admin.nav.users', adminOnly: true, end: true },
  { to: '/admin/users/pending', label: 'admin.nav.pending', adminOnly: false },
  { to: '/admin/organisations', label: 'admin.nav.organisations', adminOnly: true },
  { to: '/admin/reference', label: 'admin.nav.reference', adminOnly: true },
  { to: '/admin/audit', label: 'admin.nav.audit', adminOnly: true },
];

export function AdminFrame({ title, lead, children }: { title: string; lead?: string; children: ReactNode }) {
  const { t } = useI18n();
  const { identity } = useAuth();
  useTitle(title);
  const isAdmin = identity?.roles.includes('admin') ?? false;
  const sections = SECTIONS.filter((s) => isAdmin || !s.adminOnly);
  return (
    <div className="container page admin-page">
      {sections.length > 1 && (
        <nav aria-label={t('admin.nav.label')} className="admin-nav">
          <ul>
            {sections.map((s) => (
              <li key={s.to}>
                <NavLink to={s.to} end={s.end}>
                  {t(s.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <h1>{title}</h1>
      {lead && <p className="lead">{lead}</p>}
      {children}
    </div>
  );
}

/** The outcome of the last action, announced politely and kept next to the list. */
export function Outcome({ text, error }: { text: string | null; error?: string | null }) {
  return (
    <div className="admin-outcome">
      {error ? (
        <div className="alert alert-error" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
      <div role="status">{text && <p className="alert alert-success">{text}</p>}</div>
    </div>
  );
}
