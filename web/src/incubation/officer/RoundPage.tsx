// One contest round for the officer: its applications with scores and ranks, the jury (at least three
// members; the shared engine assigns at random, balanced, never to a member with a conflict), the
// round's steps (open → judging → results published) and the ranking with its documented tie rule.
import { useId, useState } from 'react';
import { useParams } from 'react-router';
import { errorMessage } from '../../shared/api/client.ts';
import { FieldErrors } from '../../shared/components/FormFields.tsx';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { useContests, useRoundAction, useRoundApplications, useRoundResults } from '../api/incubation-queries.ts';
import type { ContestRound, RankingItem } from '../api/incubation-types.ts';
import { IncFrame, Outcome } from '../components/IncFrame.tsx';
import { RoundStatusBadge } from '../components/RoundStatus.tsx';

export function RoundPage() {
  const { roundId = '' } = useParams();
  const { t } = useI18n();
  const contests = useContests();
  const found = (contests.data?.items ?? [])
    .flatMap((c) => c.rounds.map((r) => ({ contest: c, round: r })))
    .find((x) => x.round.id === roundId);
  const title = found ? t('inc.round.title', { round: found.round.title, contest: found.contest.title }) : '…';
  return (
    <IncFrame title={title} sections="officer">
      {contests.isPending && <Loading />}
      {contests.isError && <ErrorBox error={contests.error} onRetry={() => void contests.refetch()} />}
      {contests.isSuccess && !found && <ErrorBox>{t('inc.apply.noRound')}</ErrorBox>}
      {found && <Round round={found.round} />}
    </IncFrame>
  );
}

const NEXT: Partial<
  Record<
    ContestRound['status'],
    { action: string; label: 'inc.round.openAction' | 'inc.round.close' | 'inc.round.publish' }
  >
> = {
  draft: { action: 'open', label: 'inc.round.openAction' },
  open: { action: 'start-judging', label: 'inc.round.close' },
  judging: { action: 'publish-results', label: 'inc.round.publish' },
};

function Round({ round }: { round: ContestRound }) {
  const { t, lang } = useI18n();
  const id = useId();
  const apps = useRoundApplications(round.id);
  const act = useRoundAction();
  const ranking = useRoundResults(
    round.status === 'judging' || round.status === 'results_published' ? round.id : undefined,
  );
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const next = NEXT[round.status];
  const run = (action: string, okText: string, body?: unknown, method?: 'POST' | 'PUT') => {
    setDone(null);
    setFailure(null);
    act.mutate(
      { roundId: round.id, action, body, method },
      {
        onSuccess: () => setDone(okText),
        onError: (e) => setFailure(errorMessage(e, lang, t('error.generic'), t('error.network'))),
      },
    );
  };
  const items = apps.data?.items ?? [];
  return (
    <>
      <p>
        <RoundStatusBadge status={round.status} />
      </p>
      <Outcome text={done} error={failure} />
      <div className="form-actions">
        {next && (
          <button
            type="button"
            className="btn btn-primary"
            disabled={act.isPending}
            onClick={() => run(next.action, t('inc.round.done'))}
          >
            {t(next.label)}
          </button>
        )}
        {(round.status === 'open' || round.status === 'judging') && (
          <button
            type="button"
            className="btn btn-secondary"
            disabled={act.isPending}
            onClick={() => run('assign', t('inc.round.assigned'))}
          >
            {t('inc.round.assign')}
          </button>
        )}
      </div>

      <section className="inc-section" aria-labelledby={`${id}-apps`}>
        <h2 id={`${id}-apps`}>{t('inc.round.applications', { count: items.length })}</h2>
        {apps.isPending && <Loading />}
        {apps.isError && <ErrorBox error={apps.error} onRetry={() => void apps.refetch()} />}
        {items.length > 0 && (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('inc.round.applications', { count: items.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('inc.col.title')}</th>
                  <th scope="col">{t('inc.col.startup')}</th>
                  <th scope="col">{t('inc.col.status')}</th>
                  <th scope="col">{t('inc.col.score')}</th>
                  <th scope="col">{t('inc.col.rank')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((a) => (
                  <tr key={a.id}>
                    <th scope="row">{a.title}</th>
                    <td>{a.startupName}</td>
                    <td>{t(`inc.app.${a.status}`)}</td>
                    <td className="num">{a.score ?? '—'}</td>
                    <td className="num">{a.rank ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <JuryForm
        onSave={(members) => run('jury', t('inc.round.jurySaved'), { members, reviewersPerItem: 3 }, 'PUT')}
        pending={act.isPending}
      />

      {ranking.data && ranking.data.items.length > 0 && (
        <section className="inc-section" aria-labelledby={`${id}-rank`}>
          <h2 id={`${id}-rank`}>{t('inc.round.rank')}</h2>
          <p className="hint">
            {t('inc.round.tieRule', {
              rule: lang === 'en' ? ranking.data.tieBreakRule.en : ranking.data.tieBreakRule.vi,
            })}
          </p>
          <RankingTable items={ranking.data.items} />
        </section>
      )}
    </>
  );
}

export function RankingTable({ items }: { items: RankingItem[] }) {
  const { t } = useI18n();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('inc.round.rank')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('inc.col.rank')}</th>
            <th scope="col">{t('inc.col.title')}</th>
            <th scope="col">{t('inc.col.startup')}</th>
            <th scope="col">{t('inc.col.score')}</th>
            <th scope="col">{t('inc.col.award')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((r) => (
            <tr key={r.applicationId}>
              <td className="num">{r.rank}</td>
              <th scope="row">{r.title}</th>
              <td>{r.startupName}</td>
              <td className="num">{r.score ?? '—'}</td>
              <td>{r.award ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

interface MemberRow {
  userId: string;
  displayName: string;
}

function JuryForm({ onSave, pending }: { onSave: (members: MemberRow[]) => void; pending: boolean }) {
  const { t } = useI18n();
  const id = useId();
  const [rows, setRows] = useState<MemberRow[]>([
    { userId: '', displayName: '' },
    { userId: '', displayName: '' },
    { userId: '', displayName: '' },
  ]);
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="inc-section" aria-labelledby={`${id}-jury`}>
      <h2 id={`${id}-jury`}>{t('inc.round.jury')}</h2>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const members = rows
            .map((r) => ({ userId: r.userId.trim(), displayName: r.displayName.trim() }))
            .filter((r) => r.userId && r.displayName);
          if (members.length < 3) {
            setError(t('inc.round.juryRule'));
            return;
          }
          setError(null);
          onSave(members);
        }}
      >
        {rows.map((r, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no identity until saved
          <div key={i} className="inc-form-grid">
            <div className="field">
              <label htmlFor={`${id}-u${i}`}>{t('inc.round.memberId', { n: i + 1 })}</label>
              <input
                id={`${id}-u${i}`}
                value={r.userId}
                onChange={(e) => setRows((rs) => rs.map((x, j) => (j === i ? { ...x, userId: e.target.value } : x)))}
              />
            </div>
            <div className="field">
              <label htmlFor={`${id}-n${i}`}>{t('inc.round.memberName', { n: i + 1 })}</label>
              <input
                id={`${id}-n${i}`}
                value={r.displayName}
                onChange={(e) =>
                  setRows((rs) => rs.map((x, j) => (j === i ? { ...x, displayName: e.target.value } : x)))
                }
              />
            </div>
          </div>
        ))}
        <FieldErrors id={`${id}-err`} errors={error ? [error] : []} />
        <div className="form-actions">
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => setRows((rs) => [...rs, { userId: '', displayName: '' }])}
          >
            {t('inc.round.addMember')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={pending}>
            {t('inc.round.saveJury')}
          </button>
        </div>
      </form>
    </section>
  );
}
