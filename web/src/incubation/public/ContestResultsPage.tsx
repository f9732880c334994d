// Published contest results, for everyone: the rounds whose results are out, and one round's
// ranking with awards and the documented tie rule.
import { Link, useParams } from 'react-router';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import { useContests, useRoundResults } from '../api/incubation-queries.ts';
import { IncFrame } from '../components/IncFrame.tsx';
import { RankingTable } from '../officer/RoundPage.tsx';

export function ContestResultsPage() {
  const { roundId } = useParams();
  const { t, lang } = useI18n();
  const contests = useContests();
  const rounds = (contests.data?.items ?? []).flatMap((c) =>
    c.rounds.filter((r) => r.status === 'results_published').map((r) => ({ contest: c, round: r })),
  );
  const current = rounds.find((x) => x.round.id === roundId);
  const ranking = useRoundResults(current ? current.round.id : undefined);
  return (
    <IncFrame
      title={
        current
          ? t('inc.results.round', { round: `${current.round.title} — ${current.contest.title}` })
          : t('inc.results.title')
      }
      lead={current ? undefined : t('inc.results.lead')}
    >
      {contests.isPending && <Loading />}
      {contests.isError && <ErrorBox error={contests.error} onRetry={() => void contests.refetch()} />}
      {!current && contests.isSuccess && rounds.length === 0 && <p className="empty">{t('inc.results.none')}</p>}
      {!current && (
        <ul>
          {rounds.map(({ contest, round }) => (
            <li key={round.id}>
              <Link to={`/khoi-nghiep/ket-qua/${encodeURIComponent(round.id)}`}>
                {round.title} — {contest.title}
              </Link>{' '}
              <span className="muted">({formatDate(round.closesAt, lang)})</span>
            </li>
          ))}
        </ul>
      )}
      {current && ranking.isPending && <Loading />}
      {ranking.isError && <ErrorBox error={ranking.error} onRetry={() => void ranking.refetch()} />}
      {ranking.data && (
        <>
          <p className="hint">
            {t('inc.round.tieRule', {
              rule: lang === 'en' ? ranking.data.tieBreakRule.en : ranking.data.tieBreakRule.vi,
            })}
          </p>
          <RankingTable items={ranking.data.items} />
          <p>
            <Link to="/khoi-nghiep/ket-qua">{t('inc.results.title')}</Link>
          </p>
        </>
      )}
    </IncFrame>
  );
}
