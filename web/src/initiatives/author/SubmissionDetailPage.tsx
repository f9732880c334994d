// One of the author's submissions: what was sent, where it stands (screening, review, decision), the
// appeal while its window is open, and the certificate once recognised.
import { useId, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { errorMessage } from '../../shared/api/client.ts';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate, formatVnd } from '../../shared/lib/format.ts';
import {
  downloadCertificate,
  useAppeal,
  useSubmitSubmission,
  useSubmission,
  useWithdrawSubmission,
} from '../api/initiatives-queries.ts';
import type { Submission } from '../api/initiatives-types.ts';

import { IniFrame, Outcome } from '../components/IniFrame.tsx';
import { StateBadge } from '../components/StateBadge.tsx';
import { SubmissionFiles } from '../components/SubmissionFiles.tsx';

export function SubmissionDetailPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const location = useLocation();
  const res = useSubmission(id);
  const withdraw = useWithdrawSubmission();
  const submit = useSubmitSubmission();
  const [done, setDone] = useState<string | null>((location.state as { flash?: string } | null)?.flash ?? null);
  const [error, setError] = useState<string | null>(null);
  if (res.isPending) return <Loading />;
  if (res.isError)
    return (
      <div className="container page">
        <ErrorBox error={res.error} onRetry={() => void res.refetch()} />
      </div>
    );
  const s = res.data;
  const code = s.certificate?.status === 'valid' ? s.certificate.code : null;
  const act = async (run: () => Promise<unknown>, message: string) => {
    setError(null);
    setDone(null);
    try {
      await run();
      setDone(message);
    } catch (e) {
      setError(errorMessage(e, lang, t('error.generic'), t('error.network')));
    }
  };
  return (
    <IniFrame title={s.title} lead={`${s.campaign.title} — ${s.campaign.organisationName}`}>
      <p>
        {t('ini.col.state')}: <StateBadge state={s.state} />
      </p>
      <Outcome text={done} error={error} />
      <p className="actions-row">
        {s.can.edit && (
          <Link className="btn btn-secondary" to={`/sang-kien/cua-toi/${encodeURIComponent(s.id)}/sua`}>
            {t('ini.detail.edit')}
          </Link>
        )}
        {s.can.submit && (
          <button
            type="button"
            className="btn btn-primary"
            disabled={submit.isPending}
            onClick={() => void act(() => submit.mutateAsync(s.id), t('ini.form.submitted'))}
          >
            {t('ini.form.submit')}
          </button>
        )}
        {s.can.withdraw && (
          <button
            type="button"
            className="btn btn-secondary"
            disabled={withdraw.isPending}
            onClick={() => void act(() => withdraw.mutateAsync(s.id), t('ini.detail.withdrawn'))}
          >
            {t('ini.detail.withdraw')}
          </button>
        )}
        {code && (
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void act(() => downloadCertificate(code), t('ini.detail.downloaded'))}
          >
            {t('ini.detail.certificate')}
          </button>
        )}
      </p>
      <Progress s={s} />
      {(s.state === 'recognised' || s.state === 'not_recognised' || s.state === 'appealed') && (
        <section className="ini-section card" aria-labelledby="ini-decision">
          <h2 id="ini-decision" className="h3">
            {t('ini.detail.decision')}
          </h2>
          <p>
            {s.decision
              ? t(s.state === 'recognised' ? 'ini.detail.recognised' : 'ini.detail.notRecognised', {
                  number: s.decision.number,
                  date: formatDate(s.decision.date, lang),
                })
              : t(`ini.state.${s.state}`)}
          </p>
          {s.score !== null && <p>{t('ini.detail.score', { score: s.score })}</p>}
          {code && (
            <p>
              {t('ini.detail.verifyAt')} <Link to={`/xac-minh/${encodeURIComponent(code)}`}>{code}</Link>
            </p>
          )}
        </section>
      )}
      {(s.can.appeal || s.state === 'appealed') && <AppealBox s={s} />}
      <section className="ini-section" aria-labelledby="ini-content">
        <h2 id="ini-content" className="h3">
          {t('ini.detail.content')}
        </h2>
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
            <dt>{t('ini.f.field')}</dt>
            <dd>{lang === 'en' ? s.field.nameEn : s.field.nameVi}</dd>
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
        {(['problem', 'solution', 'novelty', 'applicationPlace', 'benefitText'] as const).map((f) => (
          <div key={f}>
            <h3 className="h3">{t(`ini.f.${f}`)}</h3>
            <p className="prewrap">{s[f]}</p>
          </div>
        ))}
      </section>
      <SubmissionFiles submissionId={s.id} files={s.attachments} editable={s.can.edit} />
    </IniFrame>
  );
}

/** Where the submission stands, in words: screening, review, the referral to IP support, the reason given. */
function Progress({ s }: { s: Submission }) {
  const { t, lang } = useI18n();
  const note =
    s.state === 'submitted' || s.state === 'screening'
      ? t('ini.detail.waitScreening')
      : s.state === 'under_review'
        ? t('ini.detail.inReview')
        : null;
  return (
    <>
      {note && <p className="callout">{note}</p>}
      {s.redirect && (
        <div className="callout">
          <p>{lang === 'en' ? s.redirect.messageEn : s.redirect.messageVi}</p>
          <ul>
            {s.redirect.links.map((l) => (
              <li key={l.href}>
                <Link to={l.href}>{l.label}</Link>
              </li>
            ))}
          </ul>
        </div>
      )}
      {s.stateReason && (
        <p>
          <strong>{t('ini.detail.screeningReason')}:</strong> <span className="prewrap">{s.stateReason}</span>
        </p>
      )}
    </>
  );
}

function AppealBox({ s }: { s: Submission }) {
  const { t, lang } = useI18n();
  const id = useId();
  const appeal = useAppeal();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  if (s.state === 'appealed')
    return (
      <section className="ini-section card">
        <h2 className="h3">{t('ini.appeal.title')}</h2>
        <p>{t('ini.appeal.sent')}</p>
      </section>
    );
  const open = s.can.appeal;
  return (
    <section className="ini-section card" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="h3">
        {t('ini.appeal.title')}
      </h2>
      {!open ? (
        <p>{t('ini.appeal.closed')}</p>
      ) : (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (reason.trim().length < 10) {
              setError(t('ini.appeal.tooShort'));
              return;
            }
            setError(null);
            appeal.mutate(
              { id: s.id, reason: reason.trim() },
              {
                onSuccess: () => setSent(t('ini.appeal.sent')),
                onError: (e2) => setError(errorMessage(e2, lang, t('error.generic'), t('error.network'))),
              },
            );
          }}
        >
          {s.appealDeadline && <p>{t('ini.appeal.until', { date: formatDate(s.appealDeadline, lang) })}</p>}
          <div className={error ? 'field has-error' : 'field'}>
            <label htmlFor={id}>{t('ini.appeal.reason')}</label>
            <textarea
              id={id}
              rows={4}
              value={reason}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-err` : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
            {error && (
              <p id={`${id}-err`} className="field-error">
                {error}
              </p>
            )}
          </div>
          <button type="submit" className="btn btn-primary" disabled={appeal.isPending}>
            {t('ini.appeal.send')}
          </button>
          <div role="status">{sent && <p className="alert alert-success">{sent}</p>}</div>
        </form>
      )}
    </section>
  );
}
