// The campaigns where the signed-in user sits on the council (chair, secretary, reviewer), with the way
// to each step their role allows; officers and administrators start a new campaign here.
import { Link } from 'react-router';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import { useAuth } from '../../shell/auth/AuthProvider.tsx';
import { useMyCouncils } from '../api/initiatives-queries.ts';
import { IniFrame } from '../components/IniFrame.tsx';

export function MyCouncilsPage() {
  const { t, lang } = useI18n();
  const { identity } = useAuth();
  const res = useMyCouncils();
  const canCreate = identity?.roles.some((r) => r === 'officer' || r === 'admin') ?? false;
  const items = res.data?.items ?? [];
  return (
    <IniFrame
      title={t('ini.councils.title')}
      lead={t('ini.councils.lead')}
      actions={
        canCreate ? (
          <Link className="btn btn-primary" to="/sang-kien/dot/moi">
            {t('ini.councils.new')}
          </Link>
        ) : undefined
      }
    >
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.isSuccess && items.length === 0 && <p className="empty">{t('ini.councils.empty')}</p>}
      <ul className="admin-list ini-councils">
        {items.map(({ campaign: c, role }) => {
          const base = `/sang-kien/dot/${encodeURIComponent(c.id)}`;
          const secretary = role === 'secretary' || c.canManage;
          return (
            <li key={c.id} className="card">
              <h2 className="h3">{c.title}</h2>
              <p className="muted">
                {[
                  c.organisation.name,
                  t(`ini.campaignState.${c.state}`),
                  `${formatDate(c.submissionOpensAt, lang)} – ${formatDate(c.submissionClosesAt, lang)}`,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
              <p>{t('ini.councils.myRoles', { roles: t(`ini.role.${role}`) })}</p>
              <p className="actions-row">
                {secretary && (
                  <>
                    <Link to={`${base}/thiet-lap`}>{t('ini.step.setup')}</Link>
                    <Link to={`${base}/so-loai`}>{t('ini.step.screening')}</Link>
                    <Link to={`${base}/phan-cong`}>{t('ini.step.assignment')}</Link>
                  </>
                )}
                <Link to={`${base}/ket-qua`}>{t('ini.step.results')}</Link>
                {role === 'reviewer' && <Link to="/sang-kien/cham">{t('ini.nav.assignments')}</Link>}
              </p>
            </li>
          );
        })}
      </ul>
    </IniFrame>
  );
}
