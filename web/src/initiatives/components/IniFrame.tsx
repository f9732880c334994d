// Every initiatives page: heading, lead, and for a campaign's council pages the campaign's own steps
// (setup, screening, assignment, results) as a wrapping list of links, usable at 320 px.
import type { ReactNode } from 'react';
import { NavLink } from 'react-router';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { useTitle } from '../../shared/lib/useTitle.ts';
import '../initiatives.css';

export function IniFrame({
  title,
  lead,
  campaignId,
  actions,
  children,
}: {
  title: string;
  lead?: string | undefined;
  /** a campaign's council pages show the campaign's steps */
  campaignId?: string | undefined;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useI18n();
  useTitle(title);
  const base = campaignId ? `/sang-kien/dot/${encodeURIComponent(campaignId)}` : '';
  return (
    <div className="container page ini-page">
      {campaignId && (
        <nav aria-label={t('ini.campaignSteps')} className="ini-steps">
          <ul>
            <li>
              <NavLink to="/sang-kien/hoi-dong" end>
                {t('ini.nav.councils')}
              </NavLink>
            </li>
            <li>
              <NavLink to={`${base}/thiet-lap`}>{t('ini.step.setup')}</NavLink>
            </li>
            <li>
              <NavLink to={`${base}/so-loai`}>{t('ini.step.screening')}</NavLink>
            </li>
            <li>
              <NavLink to={`${base}/phan-cong`}>{t('ini.step.assignment')}</NavLink>
            </li>
            <li>
              <NavLink to={`${base}/ket-qua`}>{t('ini.step.results')}</NavLink>
            </li>
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
    <div className="ini-outcome">
      {error ? (
        <div className="alert alert-error" role="alert">
          <p>{error}</p>
        </div>
      ) : null}
      <div role="status">{text && <p className="alert alert-success">{text}</p>}</div>
    </div>
  );
}
