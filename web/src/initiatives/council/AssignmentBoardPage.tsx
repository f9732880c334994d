// The assignment board: per submission its reviewers with their progress and due dates, per reviewer the
// load and what is done; automatic assignment (balanced, randomised, conflicts excluded by the service),
// a reviewer added by hand (the service refuses a conflicting choice and says why), and reminders.
import { useId, useState } from 'react';
import { useParams } from 'react-router';
import { errorMessage } from '../../shared/api/client.ts';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import {
  useAssignmentBoard,
  useAutoAssign,
  useCampaign,
  useManualAssign,
  useRemindReviewers,
} from '../api/initiatives-queries.ts';
import type { AssignmentBoard } from '../api/initiatives-types.ts';
import { IniFrame, Outcome } from '../components/IniFrame.tsx';

type BoardRow = AssignmentBoard['submissions'][number];

export function AssignmentBoardPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const board = useAssignmentBoard(id);
  const campaign = useCampaign(id);
  const auto = useAutoAssign();
  const remind = useRemindReviewers();
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const act = async (run: () => Promise<string>) => {
    setDone(null);
    setError(null);
    try {
      setDone(await run());
    } catch (e) {
      setError(errorMessage(e, lang, t('error.generic'), t('error.network')));
    }
  };
  const rows = board.data?.submissions ?? [];
  const reviewers = board.data?.reviewers ?? [];
  const council = (campaign.data?.council ?? []).filter((m) => m.role === 'reviewer');
  return (
    <IniFrame title={t('ini.board.title')} lead={t('ini.board.lead')} campaignId={id}>
      <p className="actions-row">
        <button
          type="button"
          className="btn btn-primary"
          disabled={auto.isPending}
          onClick={() =>
            void act(async () => {
              const r = await auto.mutateAsync(id);
              return r.shortages.length > 0
                ? t('ini.board.autoShort', { count: r.created, short: r.shortages.length })
                : t('ini.board.autoDone', { count: r.created });
            })
          }
        >
          {t('ini.board.auto')}
        </button>
        <button
          type="button"
          className="btn btn-secondary"
          disabled={remind.isPending}
          onClick={() =>
            void act(async () => t('ini.board.reminded', { count: (await remind.mutateAsync(id)).reminded }))
          }
        >
          {t('ini.board.remind')}
        </button>
      </p>
      <Outcome text={done} error={error} />
      {board.isPending && <Loading />}
      {board.isError && <ErrorBox error={board.error} onRetry={() => void board.refetch()} />}
      {board.isSuccess && rows.length === 0 && <p className="empty">{t('ini.board.empty')}</p>}
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption>{t('ini.board.bySubmission')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ini.col.title')}</th>
                <th scope="col">{t('ini.col.progress')}</th>
                <th scope="col">{t('ini.board.reviewers')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const active = r.reviewers.filter((x) => x.status !== 'conflict');
                const submitted = active.filter((x) => x.status === 'submitted').length;
                return (
                  <tr key={r.submissionId}>
                    <th scope="row">{r.title}</th>
                    <td>
                      {t('ini.board.progress', {
                        done: submitted,
                        total: Math.max(board.data?.reviewsPerSubmission ?? 3, active.length),
                      })}
                    </td>
                    <td>
                      <ul className="ini-reviewers">
                        {r.reviewers.map((x) => (
                          <li key={x.assignmentId}>
                            {x.displayName} — {t(`ini.board.status.${x.status}`)} ·{' '}
                            {t('ini.board.due', { date: formatDate(x.dueOn, lang) })}
                            {x.overdue && ` · ${t('ini.assignments.overdue')}`}
                          </li>
                        ))}
                      </ul>
                      <AddReviewer
                        campaignId={id}
                        row={r}
                        candidates={council.map((m) => ({ userId: m.userId, displayName: m.displayName }))}
                        onResult={(m, e) => {
                          setDone(m);
                          setError(e);
                        }}
                      />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {reviewers.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption>{t('ini.board.byReviewer')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ini.board.reviewer')}</th>
                <th scope="col">{t('ini.board.assigned')}</th>
                <th scope="col">{t('ini.board.submitted')}</th>
                <th scope="col">{t('ini.assignments.overdue')}</th>
              </tr>
            </thead>
            <tbody>
              {reviewers.map((r) => (
                <tr key={r.userId}>
                  <th scope="row">{r.displayName}</th>
                  <td>{r.assigned}</td>
                  <td>{r.submitted}</td>
                  <td>{r.overdue}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </IniFrame>
  );
}

/** Adds one of the council's reviewers to a submission by hand. */
function AddReviewer({
  campaignId,
  row,
  candidates,
  onResult,
}: {
  campaignId: string;
  row: BoardRow;
  candidates: { userId: string; displayName: string }[];
  onResult: (done: string | null, error: string | null) => void;
}) {
  const { t, lang } = useI18n();
  const prefix = useId();
  const manual = useManualAssign();
  const [reviewerUserId, setReviewer] = useState('');
  const current = new Set(row.reviewers.filter((x) => x.status !== 'conflict').map((x) => x.reviewerUserId));
  const options = candidates.filter((c) => !current.has(c.userId));
  if (options.length === 0) return null;
  return (
    <form
      className="ini-inline-form"
      noValidate
      aria-label={t('ini.board.change', { title: row.title })}
      onSubmit={(e) => {
        e.preventDefault();
        if (!reviewerUserId) return;
        manual.mutate(
          { campaignId, body: { submissionId: row.submissionId, reviewerUserId } },
          {
            onSuccess: () => onResult(t('ini.board.changed', { title: row.title }), null),
            onError: (err) => onResult(null, errorMessage(err, lang, t('error.generic'), t('error.network'))),
          },
        );
      }}
    >
      <div className="field">
        <label htmlFor={`${prefix}-to`}>{t('ini.board.addReviewer')}</label>
        <select id={`${prefix}-to`} value={reviewerUserId} onChange={(e) => setReviewer(e.target.value)}>
          <option value="">{t('ini.form.choose')}</option>
          {options.map((r) => (
            <option key={r.userId} value={r.userId}>
              {r.displayName}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn btn-secondary btn-sm" disabled={manual.isPending || !reviewerUserId}>
        {t('ini.board.apply')}
      </button>
    </form>
  );
}
