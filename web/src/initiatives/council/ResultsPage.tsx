// The council's results: per submission the final sheets, mean, trimmed mean and spread (a wide spread
// flagged for discussion, with re-opening of that submission's scoring), closing the round, the
// secretary's decision draft (number, date; the recognised list comes from the threshold) and the
// chair's approval, which issues the certificates.
import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../shared/api/client.ts';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import {
  useApproveDecision,
  useCampaign,
  useCloseRound,
  useDecisions,
  useDraftDecision,
  useReopenScoring,
  useResults,
} from '../api/initiatives-queries.ts';
import type { DecisionView, SubmissionResult } from '../api/initiatives-types.ts';
import { IniFrame, Outcome } from '../components/IniFrame.tsx';

export function ResultsPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const res = useResults(id);
  const campaign = useCampaign(id);
  const myRole = campaign.data?.myRole ?? null;
  const staff = myRole === 'secretary' || myRole === 'chair' || (campaign.data?.canManage ?? false);
  const decisions = useDecisions(id, staff);
  const close = useCloseRound();
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
  const num = (x: number | null | undefined) =>
    x == null ? '—' : new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 }).format(x);
  const r = res.data;
  const latest = decisions.data?.items.at(-1) ?? null;
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
          {r.items.length === 0 ? (
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
                  {r.items.map((row) => (
                    <tr key={row.submissionId}>
                      <th scope="row">
                        {row.title}
                        {row.aggregate?.needsDiscussion && (
                          <span className="badge ini-flag"> {t('ini.results.discuss')}</span>
                        )}
                        {row.aboveThreshold && (
                          <span className="badge ini-state-recognised"> {t('ini.results.above')}</span>
                        )}
                      </th>
                      <td>{t('ini.board.progress', { done: row.finalSheets, total: row.expectedSheets })}</td>
                      <td>{num(row.aggregate?.mean)}</td>
                      <td>{num(row.aggregate?.trimmedMean)}</td>
                      <td>{num(row.aggregate?.spread)}</td>
                      <td>{staff && latest?.status !== 'approved' && <Reopen row={row} />}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {!r.roundClosed && staff && (
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
          {r.roundClosed && staff && (
            <DecisionSection
              campaignId={id}
              decision={latest}
              secretary={myRole === 'secretary' || (campaign.data?.canManage ?? false)}
              chair={myRole === 'chair'}
              act={act}
            />
          )}
        </>
      )}
    </IniFrame>
  );
}

function DecisionSection({
  campaignId,
  decision,
  secretary,
  chair,
  act,
}: {
  campaignId: string;
  decision: DecisionView | null;
  secretary: boolean;
  chair: boolean;
  act: (run: () => Promise<unknown>, message: string) => Promise<void>;
}) {
  const { t, lang } = useI18n();
  const prefix = useId();
  const draft = useDraftDecision();
  const approve = useApproveDecision();
  const [number, setNumber] = useState('');
  const [date, setDate] = useState(new Date().toISOString().slice(0, 10));
  const [numberError, setNumberError] = useState<string | null>(null);
  const num = (x: number | null) =>
    x === null ? '—' : new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 }).format(x);
  return (
    <section className="ini-section card" aria-labelledby={`${prefix}-d`}>
      <h2 id={`${prefix}-d`}>{t('ini.decision.title')}</h2>
      {decision ? (
        <>
          <p>
            {t('ini.decision.summary', { number: decision.number, date: formatDate(decision.decidedOn, lang) })} ·{' '}
            {t(decision.status === 'approved' ? 'ini.decision.approvedState' : 'ini.decision.draftState')}
          </p>
          <h3 className="h3">{t('ini.decision.recognisedList')}</h3>
          <ol>
            {decision.entries
              .filter((x) => x.recognised)
              .map((x) => (
                <li key={x.submissionId}>
                  {x.title} — {num(x.score)}
                  {x.certificateCode && (
                    <>
                      {' · '}
                      <Link to={`/xac-minh/${encodeURIComponent(x.certificateCode)}`}>{x.certificateCode}</Link>
                    </>
                  )}
                </li>
              ))}
          </ol>
          {decision.status === 'draft' && chair && (
            <button
              type="button"
              className="btn btn-primary"
              disabled={approve.isPending}
              onClick={() => void act(() => approve.mutateAsync(campaignId), t('ini.decision.approved'))}
            >
              {t('ini.decision.approve')}
            </button>
          )}
          {decision.status === 'draft' && !chair && <p className="muted">{t('ini.decision.waitChair')}</p>}
        </>
      ) : secretary ? (
        <form
          className="ini-inline-form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (number.trim().length < 3) {
              setNumberError(t('ini.decision.numberNeeded'));
              return;
            }
            setNumberError(null);
            void act(
              () =>
                draft.mutateAsync({
                  campaignId,
                  draft: { number: number.trim(), decidedOn: date, kind: 'initial', appeals: [] },
                }),
              t('ini.decision.drafted'),
            );
          }}
        >
          <div className={numberError ? 'field has-error' : 'field'}>
            <label htmlFor={`${prefix}-no`}>{t('ini.decision.number')}</label>
            <input
              id={`${prefix}-no`}
              type="text"
              value={number}
              aria-invalid={numberError ? true : undefined}
              aria-describedby={numberError ? `${prefix}-no-err` : undefined}
              onChange={(e) => setNumber(e.target.value)}
            />
            {numberError && (
              <p id={`${prefix}-no-err`} className="field-error">
                {numberError}
              </p>
            )}
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
  );
}

function Reopen({ row }: { row: SubmissionResult }) {
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
