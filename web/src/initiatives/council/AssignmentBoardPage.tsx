// The assignment board: per submission its reviewers with their progress and due dates, per reviewer the
// load and what is done; automatic assignment (balanced, conflicts excluded by the service) and a manual
// change of one reviewer (the service refuses a conflicting choice and says why).
import { useId, useState } from 'react';
import { useParams } from 'react-router';
import { errorMessage } from '../../shared/api/client.ts';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import { useAssignmentBoard, useAutoAssign, useCampaign, useManualAssign } from '../api/initiatives-queries.ts';
import type { BoardRow } from '../api/initiatives-types.ts';
import { IniFrame, Outcome } from '../components/IniFrame.tsx';

function inDays(n: number): string {
  return new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
}

export function AssignmentBoardPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const prefix = useId();
  const board = useAssignmentBoard(id);
  const campaign = useCampaign(id);
  const auto = useAutoAssign();
  const [dueOn, setDueOn] = useState(inDays(14));
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const act = async (run: () => Promise<unknown>, message: string) => {
    setDone(null);
    setError(null);
    try {
      await run();
      setDone(message);
    } catch (e) {
      setError(errorMessage(e, lang, t('error.generic'), t('error.network')));
    }
  };
  const rows = board.data?.submissions ?? [];
  const reviewers = board.data?.reviewers ?? [];
  const expected = campaign.data?.reviewsPerSubmission ?? 3;
  const today = new Date().toISOString().slice(0, 10);
  return (
    <IniFrame title={t('ini.board.title')} lead={t('ini.board.lead')} campaignId={id}>
      <form
        className="ini-inline-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void act(() => auto.mutateAsync({ campaignId: id, dueOn }), t('ini.board.autoDone'));
        }}
      >
        <div className="field">
          <label htmlFor={`${prefix}-due`}>{t('ini.board.dueOn')}</label>
          <input id={`${prefix}-due`} type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} />
        </div>
        <button type="submit" className="btn btn-primary" disabled={auto.isPending}>
          {t('ini.board.auto')}
        </button>
      </form>
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
                const submitted = r.reviewers.filter((x) => x.state === 'submitted').length;
                return (
                  <tr key={r.submissionId}>
                    <th scope="row">{r.title}</th>
                    <td>
                      {t('ini.board.progress', { done: submitted, total: Math.max(expected, r.reviewers.length) })}
                    </td>
                    <td>
                      <ul>
                        {r.reviewers.map((x) => (
                          <li key={x.assignmentId}>
                            {x.reviewerName} — {t(`ini.sheet.${x.state}`)} ·{' '}
                            {t('ini.board.due', { date: formatDate(x.dueOn, lang) })}
                            {x.state !== 'submitted' && x.dueOn < today && ` · ${t('ini.assignments.overdue')}`}
                          </li>
                        ))}
                      </ul>
                      <ChangeReviewer
                        campaignId={id}
                        row={r}
                        reviewers={reviewers}
                        dueOn={dueOn}
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
              </tr>
            </thead>
            <tbody>
              {reviewers.map((r) => (
                <tr key={r.reviewerId}>
                  <th scope="row">{r.reviewerName}</th>
                  <td>{r.assigned}</td>
                  <td>{r.submitted}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </IniFrame>
  );
}

/** Replace one reviewer of a submission, or add one, by hand. */
function ChangeReviewer({
  campaignId,
  row,
  reviewers,
  dueOn,
  onResult,
}: {
  campaignId: string;
  row: BoardRow;
  reviewers: { reviewerId: string; reviewerName: string }[];
  dueOn: string;
  onResult: (done: string | null, error: string | null) => void;
}) {
  const { t, lang } = useI18n();
  const prefix = useId();
  const manual = useManualAssign();
  const [replaces, setReplaces] = useState('');
  const [reviewerId, setReviewerId] = useState('');
  const current = new Set(row.reviewers.map((x) => x.reviewerId));
  return (
    <form
      className="ini-inline-form"
      noValidate
      aria-label={t('ini.board.change', { title: row.title })}
      onSubmit={(e) => {
        e.preventDefault();
        if (!reviewerId) return;
        manual.mutate(
          {
            campaignId,
            body: { submissionId: row.submissionId, reviewerId, dueOn, ...(replaces ? { replaces } : {}) },
          },
          {
            onSuccess: () => onResult(t('ini.board.changed', { title: row.title }), null),
            onError: (err) => onResult(null, errorMessage(err, lang, t('error.generic'), t('error.network'))),
          },
        );
      }}
    >
      <div className="field">
        <label htmlFor={`${prefix}-from`}>{t('ini.board.replace')}</label>
        <select id={`${prefix}-from`} value={replaces} onChange={(e) => setReplaces(e.target.value)}>
          <option value="">{t('ini.board.addOne')}</option>
          {row.reviewers.map((x) => (
            <option key={x.assignmentId} value={x.assignmentId}>
              {x.reviewerName}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-to`}>{t('ini.board.with')}</label>
        <select id={`${prefix}-to`} value={reviewerId} onChange={(e) => setReviewerId(e.target.value)}>
          <option value="">{t('ini.form.choose')}</option>
          {reviewers
            .filter((r) => !current.has(r.reviewerId))
            .map((r) => (
              <option key={r.reviewerId} value={r.reviewerId}>
                {r.reviewerName}
              </option>
            ))}
        </select>
      </div>
      <button type="submit" className="btn btn-secondary btn-sm" disabled={manual.isPending || !reviewerId}>
        {t('ini.board.apply')}
      </button>
    </form>
  );
}
