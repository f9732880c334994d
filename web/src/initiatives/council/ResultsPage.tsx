// The council's results: per submission the mean, trimmed mean and spread of the final sheets (a wide
// spread flagged for discussion, with re-opening of that submission's scoring), closing the round, the
// secretary's decision draft (number, date, the recognised list above the threshold) and the chair's approval.
import { useId, useState } from 'react';
import { useParams } from 'react-router';
import { errorMessage } from '../../shared/api/client.ts';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import {
  useApproveDecision,
  useCampaign,
  useCloseRound,
  useDraftDecision,
  useReopenScoring,
  useResults,
} from '../api/initiatives-queries.ts';
import type { ResultRow } from '../api/initiatives-types.ts';
import { IniFrame, Outcome } from '../components/IniFrame.tsx';

export function ResultsPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const prefix = useId();
  const res = useResults(id);
  const campaign = useCampaign(id);
  const close = useCloseRound();
  const draft = useDraftDecision();
  const approve = useApproveDecision();
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const myRole = campaign.data?.myRole ?? null;
  const roles = myRole ? [myRole] : [];
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
  const num = (x: number | null) =>
    x === null ? '—' : new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 }).format(x);
  const r = res.data;
  const decision = r?.decision ?? null;
  return (
    <IniFrame title={t('ini.results.title')} lead={campaign.data?.title} campaignId={id}>
      <Outcome text={done} error={error} />
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {r && (
        <>
          <p>
            {t('ini.results.threshold', { threshold: r.threshold })} ·{' '}
            {t(r.roundClosed ? 'ini.results.closed' : 'ini.results.open')}
          </p>
          {r.rows.length === 0 ? (
            <p className="empty">{t('ini.results.empty')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{t('ini.results.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('ini.col.title')}</th>
                    <th scope="col">{t('ini.results.sheets')}</th>
                    <th scope="col">{t('ini.results.mean')}</th>
                    <th scope="col">{t('ini.results.trimmed')}</th>
                    <th scope="col">{t('ini.results.spread')}</th>
                    <th scope="col">{t('ini.col.actions')}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.rows.map((row) => (
                    <tr key={row.submissionId}>
                      <th scope="row">
                        {row.title}
                        {row.needsDiscussion && <span className="badge ini-flag"> {t('ini.results.discuss')}</span>}
                      </th>
                      <td>{t('ini.board.progress', { done: row.counted, total: row.expected })}</td>
                      <td>{num(row.mean)}</td>
                      <td>{num(row.trimmedMean)}</td>
                      <td>{num(row.spread)}</td>
                      <td>{(roles.includes('secretary') || roles.includes('chair')) && <Reopen row={row} />}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {!r.roundClosed && roles.some((x) => x === 'secretary' || x === 'chair') && (
            <p>
              <button
                type="button"
                className="btn btn-primary"
                disabled={close.isPending}
                onClick={() => void act(() => close.mutateAsync(id), t('ini.results.closedDone'))}
              >
                {t('ini.results.close')}
              </button>
            </p>
          )}
          {r.roundClosed && (
            <section className="ini-section card" aria-labelledby={`${prefix}-d`}>
              <h2 id={`${prefix}-d`}>{t('ini.decision.title')}</h2>
              {decision ? (
                <>
                  <p>
                    {t('ini.decision.summary', { number: decision.number, date: formatDate(decision.date, lang) })} ·{' '}
                    {t(decision.state === 'approved' ? 'ini.decision.approvedState' : 'ini.decision.draftState')}
                  </p>
                  <ol>
                    {decision.recognised.map((x) => (
                      <li key={x.submissionId}>
                        {x.title} — {num(x.score)}
                      </li>
                    ))}
                  </ol>
                  {decision.state === 'draft' && roles.includes('chair') && (
                    <button
                      type="button"
                      className="btn btn-primary"
                      disabled={approve.isPending}
                      onClick={() => void act(() => approve.mutateAsync(id), t('ini.decision.approved'))}
                    >
                      {t('ini.decision.approve')}
                    </button>
                  )}
                  {decision.state === 'draft' && !roles.includes('chair') && (
                    <p className="muted">{t('ini.decision.waitChair')}</p>
                  )}
                </>
              ) : roles.includes('secretary') ? (
                <form
                  className="ini-inline-form"
                  noValidate
                  onSubmit={(e) => {
                    e.preventDefault();
                    if (!number.trim()) {
                      setError(t('ini.decision.numberNeeded'));
                      return;
                    }
                    void act(
                      () => draft.mutateAsync({ campaignId: id, number: number.trim(), date }),
                      t('ini.decision.drafted'),
                    );
                  }}
                >
                  <div className="field">
                    <label htmlFor={`${prefix}-no`}>{t('ini.decision.number')}</label>
                    <input id={`${prefix}-no`} type="text" value={number} onChange={(e) => setNumber(e.target.value)} />
                  </div>
                  <div className="field">
                    <label htmlFor={`${prefix}-date`}>{t('ini.decision.date')}</label>
                    <input id={`${prefix}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
                  </div>
                  <button type="submit" className="btn btn-primary" disabled={draft.isPending}>
                    {t('ini.decision.draft')}
                  </button>
                </form>
              ) : (
                <p className="muted">{t('ini.decision.none')}</p>
              )}
            </section>
          )}
        </>
      )}
    </IniFrame>
  );
}

function Reopen({ row }: { row: ResultRow }) {
  const { t, lang } = useI18n();
  const prefix = useId();
  const reopen = useReopenScoring();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  if (!open)
    return (
      <button
        type="button"
        className="btn btn-secondary btn-sm"
        aria-label={t('ini.results.reopenFor', { title: row.title })}
        onClick={() => setOpen(true)}
      >
        {t('ini.results.reopen')}
      </button>
    );
  return (
    <form
      className="ini-inline-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (reason.trim().length < 5) {
          setMessage(t('ini.results.reasonNeeded'));
          return;
        }
        reopen.mutate(
          { submissionId: row.submissionId, reason: reason.trim() },
          {
            onSuccess: () => {
              setOpen(false);
              setMessage(null);
            },
            onError: (e2) => setMessage(errorMessage(e2, lang, t('error.generic'), t('error.network'))),
          },
        );
      }}
    >
      <div className="field">
        <label htmlFor={`${prefix}-why`}>{t('ini.results.reopenReason')}</label>
        <input id={`${prefix}-why`} type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
      <button type="submit" className="btn btn-secondary btn-sm" disabled={reopen.isPending}>
        {t('ini.results.reopen')}
      </button>
      {message && (
        <p className="field-error" role="alert">
          {message}
        </p>
      )}
    </form>
  );
}
