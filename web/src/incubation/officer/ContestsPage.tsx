// The officer's contests: each idea contest with its rounds (commune → province), their status and
// a link to manage each round (jury, assignment, judging, results).
import { Link, useLocation } from 'react-router';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import { useContests } from '../api/incubation-queries.ts';
import { IncFrame, Outcome } from '../components/IncFrame.tsx';
import { RoundStatusBadge } from '../components/RoundStatus.tsx';

export function ContestsPage() {
  const { t, lang } = useI18n();
  const res = useContests();
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash ?? null;
  const items = res.data?.items ?? [];
  return (
    <IncFrame
      title={t('inc.officer.title')}
      lead={t('inc.officer.lead')}
      sections="officer"
      actions={
        <Link className="btn btn-primary" to="/khoi-nghiep/quan-ly/cuoc-thi/moi">
          {t('inc.contest.new')}
        </Link>
      }
    >
      <Outcome text={flash} />
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.isSuccess && items.length === 0 && <p className="empty">{t('inc.officer.empty')}</p>}
      {items.map((c) => (
        <section key={c.id} className="inc-section" aria-labelledby={`contest-${c.id}`}>
          <h2 id={`contest-${c.id}`}>{c.title}</h2>
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{c.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('inc.col.round')}</th>
                  <th scope="col">{t('inc.col.status')}</th>
                  <th scope="col">{t('inc.col.closes')}</th>
                </tr>
              </thead>
              <tbody>
                {[...c.rounds]
                  .sort((a, b) => a.sequence - b.sequence)
                  .map((r) => (
                    <tr key={r.id}>
                      <th scope="row">
                        <Link to={`/khoi-nghiep/quan-ly/vong/${encodeURIComponent(r.id)}`}>
                          {t('inc.officer.manageRound', { round: r.title })}
                        </Link>
                      </th>
                      <td>
                        <RoundStatusBadge status={r.status} />
                      </td>
                      <td>{formatDate(r.closesAt, lang)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </IncFrame>
  );
}
