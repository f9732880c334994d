// Every IP-support page: heading, lead, the module's own sections for the user's role as a wrapping
// list of links (usable at 320 px), and the outcome of the last action.
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { useTitle } from '../../shared/lib/useTitle.ts';
import { useAuth } from '../../shell/auth/AuthProvider.tsx';
import { ipSections } from '../ip-sections.ts';
import '../ip-support.css';

export function IpFrame({
  title,
  lead,
  actions,
  children,
}: {
  title: string;
  lead?: string | undefined;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const roles = useAuth().identity?.roles ?? [];
  useTitle(title);
  const sections = ipSections(roles);
  return (
    <div className="container page ip-page">
      {sections.length > 1 && (
        <nav aria-label={t('ip.sections')} className="ip-sections">
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
    <div className="ip-outcome">
      {error ? (
        <div className="alert alert-error" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
      <div role="status">{text && <p className="alert alert-success">{text}</p>}</div>
    </div>
  );
}
