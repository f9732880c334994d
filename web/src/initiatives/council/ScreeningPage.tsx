// The secretary's screening: the submissions waiting, and for the one chosen its content, the legal
// gates (yes/no with a reason), the similar records of the central repository with their score, and the
// outcome: to the reviewers (every gate passed), not recognised, or pointed to IP support.
import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../shared/api/client.ts';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate, formatVnd } from '../../shared/lib/format.ts';
import {
  useInitiativeReference,
  useSaveGates,
  useScreeningOutcome,
  useScreeningQueue,
  useSimilarRecords,
  useSubmission,
} from '../api/initiatives-queries.ts';
import type { LegalGate, Submission } from '../api/initiatives-types.ts';
import { IniFrame, Outcome } from '../components/IniFrame.tsx';
import { type GateDraft, screeningVerdict, toGateAnswers } from './gates.ts';

export function ScreeningPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const queue = useScreeningQueue(id);
  const [chosen, setChosen] = useState<string | null>(null);
  // the outcome outlives the form it came from (the screened submission leaves the queue)
  const [outcome, setOutcome] = useState<string | null>(null);
  const items = queue.data?.items ?? [];
  const current = useSubmission(chosen ?? undefined);
  return (
    <IniFrame title={t('ini.screening.title')} lead={t('ini.screening.lead')} campaignId={id}>
      <Outcome text={outcome} />
      {queue.isPending && <Loading />}
      {queue.isError && <ErrorBox error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.isSuccess && items.length === 0 && <p className="empty">{t('ini.screening.empty')}</p>}
      {items.length > 0 && (
        <ul className="admin-list" aria-label={t('ini.screening.queue')}>
          {items.map((s) => (
            <li key={s.id}>
              <button
                type="button"
                className={s.id === chosen ? 'btn btn-primary btn-sm' : 'btn btn-secondary btn-sm'}
                aria-pressed={s.id === chosen}
                onClick={() => {
                  setOutcome(null);
                  setChosen(s.id);
                }}
              >
                {s.title}
              </button>
            </li>
          ))}
        </ul>
      )}
      {chosen && current.isPending && <Loading />}
      {chosen && current.isError && <ErrorBox error={current.error} onRetry={() => void current.refetch()} />}
      {chosen && current.data && (
        <ScreeningForm
          key={current.data.id}
          s={current.data}
          onDone={(message) => {
            setOutcome(message);
            setChosen(null);
          }}
        />
      )}
    </IniFrame>
  );
}

function ScreeningForm({ s, onDone }: { s: Submission; onDone: (message: string) => void }) {
  const { t, lang } = useI18n();
  const prefix = useId();
  const reference = useInitiativeReference();
  const saveGates = useSaveGates();
  const outcome = useScreeningOutcome();
  const gates: LegalGate[] = reference.data?.legalGates ?? [];
  const [drafts, setDrafts] = useState<Record<string, GateDraft>>({});
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const verdict = screeningVerdict(gates, drafts);
  const set = (code: string, patch: Partial<GateDraft>) =>
    setDrafts((d) => ({ ...d, [code]: { passed: null, reason: '', ...d[code], ...patch } }));

  const decide = async () => {
    setTried(true);
    setDone(null);
    setError(null);
    if (verdict.kind === 'incomplete') {
      setError(t('ini.screening.incomplete'));
      return;
    }
    try {
      await saveGates.mutateAsync({ id: s.id, answers: toGateAnswers(gates, drafts) });
      const to = verdict.kind === 'pass' ? 'review' : verdict.ip ? 'redirect_ip' : 'reject';
      const reason =
        verdict.kind === 'fail'
          ? verdict.failed
              .map((c) => drafts[c]?.reason.trim())
              .filter(Boolean)
              .join('; ')
          : '';
      await outcome.mutateAsync({ id: s.id, decision: { outcome: to, reason } });
      onDone(t(`ini.screening.done.${to}`, { title: s.title }));
    } catch (e) {
      setError(errorMessage(e, lang, t('error.generic'), t('error.network')));
    }
  };

  return (
    <section className="ini-section" aria-labelledby={`${prefix}-h`}>
      <h2 id={`${prefix}-h`}>{s.title}</h2>
      <dl className="facts">
        <div className="fact">
          <dt>{t('ini.f.authors')}</dt>
          <dd>{s.authors.map((a) => `${a.fullName} (${a.sharePercent}%)`).join('; ')}</dd>
        </div>
        <div className="fact">
          <dt>{t('ini.f.unitName')}</dt>
          <dd>{s.unitName}</dd>
        </div>
        <div className="fact">
          <dt>{t('ini.f.firstAppliedOn')}</dt>
          <dd>{formatDate(s.firstAppliedOn, lang)}</dd>
        </div>
        <div className="fact">
          <dt>{t('ini.f.benefitVnd')}</dt>
          <dd>{s.benefitVnd === null ? '' : (formatVnd(String(s.benefitVnd)) ?? '')}</dd>
        </div>
      </dl>
      {(['solution', 'novelty'] as const).map((f) => (
        <div key={f}>
          <h3 className="h3">{t(`ini.f.${f}`)}</h3>
          <p className="prewrap">{s[f]}</p>
        </div>
      ))}
      <Similar submissionId={s.id} />
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void decide();
        }}
      >
        <h3>{t('ini.screening.gates')}</h3>
        {gates.map((g, i) => {
          const d = drafts[g.code];
          const unanswered = tried && verdict.kind === 'incomplete' && verdict.unanswered.includes(i);
          const noReason = tried && verdict.kind === 'incomplete' && verdict.missingReason.includes(i);
          return (
            <fieldset key={g.code} className={unanswered || noReason ? 'ini-gate has-error' : 'ini-gate'}>
              <legend>{lang === 'en' ? g.titleEn : g.titleVi}</legend>
              <p className="hint">
                {lang === 'en' ? g.questionEn : g.questionVi} <span className="muted">({g.regulation})</span>
              </p>
              <div className="radio-row">
                <label className="choice">
                  <input
                    type="radio"
                    name={`${prefix}-${g.code}`}
                    checked={d?.passed === true}
                    onChange={() => set(g.code, { passed: true })}
                  />{' '}
                  {t('ini.screening.yes')}
                </label>
                <label className="choice">
                  <input
                    type="radio"
                    name={`${prefix}-${g.code}`}
                    checked={d?.passed === false}
                    onChange={() => set(g.code, { passed: false })}
                  />{' '}
                  {t('ini.screening.no')}
                </label>
              </div>
              {unanswered && <p className="field-error">{t('ini.screening.answer')}</p>}
              <div className="field">
                <label htmlFor={`${prefix}-${g.code}-reason`}>{t('ini.screening.reason')}</label>
                <textarea
                  id={`${prefix}-${g.code}-reason`}
                  rows={2}
                  value={d?.reason ?? ''}
                  aria-invalid={noReason ? true : undefined}
                  aria-describedby={noReason ? `${prefix}-${g.code}-err` : undefined}
                  onChange={(e) => set(g.code, { reason: e.target.value })}
                />
                {noReason && (
                  <p id={`${prefix}-${g.code}-err`} className="field-error">
                    {t('ini.screening.reasonNeeded')}
                  </p>
                )}
              </div>
            </fieldset>
          );
        })}
        <p aria-live="polite" className="ini-totals">
          {verdict.kind === 'pass'
            ? t('ini.screening.willReview')
            : verdict.kind === 'fail'
              ? t(verdict.ip ? 'ini.screening.willRedirect' : 'ini.screening.willRefuse')
              : t('ini.screening.pending')}
        </p>
        <Outcome text={done} error={error} />
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={saveGates.isPending || outcome.isPending}>
            {verdict.kind === 'pass'
              ? t('ini.screening.toReview')
              : verdict.kind === 'fail'
                ? t(verdict.ip ? 'ini.screening.toIp' : 'ini.screening.refuse')
                : t('ini.screening.record')}
          </button>
        </div>
      </form>
    </section>
  );
}

function Similar({ submissionId }: { submissionId: string }) {
  const { t, lang } = useI18n();
  const res = useSimilarRecords(submissionId);
  const items = res.data?.matches ?? [];
  return (
    <section className="ini-section">
      <h3>{t('ini.screening.similar')}</h3>
      {res.isPending && <Loading />}
      {res.isError && <p className="muted">{t('ini.screening.similarUnavailable')}</p>}
      {res.isSuccess && items.length === 0 && <p className="muted">{t('ini.screening.noSimilar')}</p>}
      {items.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('ini.screening.similar')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ini.col.title')}</th>
                <th scope="col">{t('ini.col.unit')}</th>
                <th scope="col">{t('ini.col.year')}</th>
                <th scope="col">{t('ini.col.similarity')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map(({ record: r, jaccard }) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={`/sang-kien/kho/${encodeURIComponent(r.id)}`}>{r.title}</Link>
                  </th>
                  <td>{[r.unitName, r.organisationName].filter(Boolean).join(', ')}</td>
                  <td>{r.year}</td>
                  <td>
                    {new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { style: 'percent' }).format(jaccard)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
