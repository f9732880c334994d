// Every incubation page: heading, lead, optional actions, and for the startup's own pages the
// startup's sections (applications, profile, milestones, KPIs, mentors, investors, readiness) as a
// wrapping list of links, usable at 320 px.
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { useTitle } from '../../shared/lib/useTitle.ts';
import '../incubation.css';

export const STARTUP_SECTIONS = [
  { to: '/khoi-nghiep/cua-toi', label: 'inc.nav.applications', end: true },
  { to: '/khoi-nghiep/cua-toi/ho-so', label: 'inc.nav.profile' },
  { to: '/khoi-nghiep/cua-toi/cot-moc', label: 'inc.nav.milestones' },
  { to: '/khoi-nghiep/cua-toi/kpi', label: 'inc.nav.kpis' },
  { to: '/khoi-nghiep/cua-toi/co-van', label: 'inc.nav.mentors' },
  { to: '/khoi-nghiep/cua-toi/nha-dau-tu', label: 'inc.nav.investors' },
  { to: '/khoi-nghiep/cua-toi/san-sang', label: 'inc.nav.readiness' },
] as const;

export const OFFICER_SECTIONS = [
  { to: '/khoi-nghiep/quan-ly', label: 'inc.nav.contests', end: true },
  { to: '/khoi-nghiep/quan-ly/chuong-trinh', label: 'inc.nav.programmes' },
  { to: '/khoi-nghiep/quan-ly/gioi-thieu', label: 'inc.nav.introductions' },
  { to: '/khoi-nghiep/quan-ly/san-sang', label: 'inc.nav.readinessPipeline' },
] as const;

export function IncFrame({
  title,
  lead,
  sections,
  actions,
  children,
}: {
  title: string;
  lead?: string | undefined;
  /** the startup's or the officer's own sections, shown above the heading */
  sections?: 'startup' | 'officer';
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  useTitle(title);
  const links = sections === 'startup' ? STARTUP_SECTIONS : sections === 'officer' ? OFFICER_SECTIONS : [];
  return (
    <div className="container page inc-page">
      {links.length > 0 && (
        <nav
          aria-label={t(sections === 'startup' ? 'inc.nav.startupSections' : 'inc.nav.officerSections')}
          className="inc-steps"
        >
          <ul>
            {links.map((l) => (
              <li key={l.to}>
                <NavLink to={l.to} end={'end' in l ? l.end : false}>
                  {t(l.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="page-head">
        <h1>{title}</h1>
        {actions}
      </div>
      {lead && <p className="lead">{lead}</p>}
      {children}
    </div>
  );
}

/** The outcome of the last action: errors at once (alert), successes politely (status). */
export function Outcome({ text, error }: { text: string | null; error?: string | null }) {
  return (
    <div className="inc-outcome">
      {error ? (
        <div className="alert alert-error" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
      <div role="status">{text && <p className="alert alert-success">{text}</p>}</div>
    </div>
  );
}
