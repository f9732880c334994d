// One subsidy claim. The business adds its evidence (receipts, the certificate) and submits it; the
// officer approves (the amount is computed by the policy in force, within the year's budget, or the
// claim waits in the queue) or rejects it with a reason, then records the payment.
import { useId, useState } from 'react';
import { useParams } from 'react-router';
import { errorMessage } from '../../shared/api/client.ts';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatBytes } from '../../shared/lib/format.ts';
import { useAuth } from '../../shell/auth/AuthProvider.tsx';
import { claimEvidenceUrl, useClaim, useDecideClaim, usePayClaim, useSubmitClaim } from '../api/ip-queries.ts';
import type { ClaimView } from '../api/ip-types.ts';
import { DocumentUpload } from '../components/DocumentUpload.tsx';
import { IpFrame, Outcome } from '../components/IpFrame.tsx';
import { StateBadge, useCodeLabel, vnd } from '../components/labels.tsx';
import { Budgets } from './ClaimsPage.tsx';

const EDITABLE = /open|draft|more/;
const DECIDABLE = /submitted|review|queued/;
const PAYABLE = /approved/;

export function ClaimDetailPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const label = useCodeLabel();
  const officer = useAuth().identity?.roles.includes('officer') ?? false;
  const res = useClaim(id);
  const submit = useSubmitClaim();
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  if (res.isPending) return <Loading />;
  if (res.isError)
    return (
      <div className="container page">
        <ErrorBox error={res.error} onRetry={() => void res.refetch()} />
      </div>
    );
  const c = res.data;
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
    <IpFrame
      title={t('ip.claim.title', { subject: c.subjectTitle ?? t('ip.claims.untitled') })}
      lead={`${label('ip.right', c.right)} — ${c.organisationName}`}
    >
      <p>
        {t('ip.col.state')}: <StateBadge prefix="ip.claimState" code={c.state} />
      </p>
      <Outcome text={done} error={error} />
      <dl className="facts">
        <div className="fact">
          <dt>{t('ip.claims.requested')}</dt>
          <dd>{vnd(c.requestedVnd) || '—'}</dd>
        </div>
        <div className="fact">
          <dt>{t('ip.claims.approved')}</dt>
          <dd data-testid="claim-approved">{vnd(c.approvedVnd) || '—'}</dd>
        </div>
        <div className="fact">
          <dt>{t('ip.claims.paid')}</dt>
          <dd data-testid="claim-paid">{vnd(c.paidVnd) || '—'}</dd>
        </div>
        {c.paymentReference && (
          <div className="fact">
            <dt>{t('ip.claims.paymentReference')}</dt>
            <dd>{c.paymentReference}</dd>
          </div>
        )}
      </dl>
      {c.decisionNote && (
        <p className="callout">
          <strong>{t('ip.claims.decisionNote')}:</strong> <span className="prewrap">{c.decisionNote}</span>
        </p>
      )}
      <section className="ip-section" aria-labelledby="claim-evidence">
        <h2 id="claim-evidence">{t('ip.claims.evidence')}</h2>
        {c.evidence.length === 0 ? (
          <p className="empty">{t('ip.claims.noEvidence')}</p>
        ) : (
          <ul className="ip-docs">
            {c.evidence.map((d) => (
              <li key={d.id}>
                {d.fileName} <span className="muted">({formatBytes(Number(d.sizeBytes), lang)})</span>
              </li>
            ))}
          </ul>
        )}
        {!officer && EDITABLE.test(c.state) && (
          <>
            <DocumentUpload url={claimEvidenceUrl(c.id)} label={t('ip.claims.addEvidence')} />
            <p className="actions-row">
              <button
                type="button"
                className="btn btn-primary"
                disabled={submit.isPending}
                onClick={() => void act(() => submit.mutateAsync(c.id), t('ip.claims.submitted'))}
              >
                {t('ip.claims.submit')}
              </button>
            </p>
          </>
        )}
      </section>
      {officer && DECIDABLE.test(c.state) && <Decide claim={c} onDone={setDone} onError={setError} />}
      {officer && PAYABLE.test(c.state) && <Pay claim={c} onDone={setDone} onError={setError} />}
      {officer && <Budgets />}
    </IpFrame>
  );
}

function Decide({
  claim,
  onDone,
  onError,
}: {
  claim: ClaimView;
  onDone: (m: string | null) => void;
  onError: (m: string | null) => void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const decide = useDecideClaim();
  const [note, setNote] = useState('');
  const run = async (approve: boolean) => {
    onDone(null);
    onError(null);
    if (!approve && note.trim().length < 5) {
      onError(t('ip.claims.reasonNeeded'));
      return;
    }
    try {
      const after = await decide.mutateAsync({ id: claim.id, approve, ...(note.trim() ? { note: note.trim() } : {}) });
      onDone(
        !approve
          ? t('ip.claims.rejectedDone')
          : after && /queued|wait/.test(after.state)
            ? t('ip.claims.queuedDone')
            : t('ip.claims.approvedDone'),
      );
    } catch (e) {
      onError(errorMessage(e, lang, t('error.generic'), t('error.network')));
    }
  };
  return (
    <section className="card ip-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="h3">
        {t('ip.claims.decide')}
      </h2>
      <div className="field">
        <label htmlFor={`${id}-note`}>{t('ip.claims.decisionNote')}</label>
        <textarea id={`${id}-note`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </div>
      <p className="actions-row">
        <button type="button" className="btn btn-primary" disabled={decide.isPending} onClick={() => void run(true)}>
          {t('ip.claims.approve')}
        </button>
        <button type="button" className="btn btn-danger" disabled={decide.isPending} onClick={() => void run(false)}>
          {t('ip.claims.reject')}
        </button>
      </p>
    </section>
  );
}

function Pay({
  claim,
  onDone,
  onError,
}: {
  claim: ClaimView;
  onDone: (m: string | null) => void;
  onError: (m: string | null) => void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const pay = usePayClaim();
  const [paidOn, setPaidOn] = useState(new Date().toISOString().slice(0, 10));
  const [reference, setReference] = useState('');
  return (
    <form
      className="form card ip-section"
      noValidate
      aria-labelledby={`${id}-h`}
      onSubmit={(e) => {
        e.preventDefault();
        onDone(null);
        onError(null);
        if (reference.trim().length < 3) {
          onError(t('ip.claims.referenceNeeded'));
          return;
        }
        pay.mutate(
          { id: claim.id, paidOn, reference: reference.trim() },
          {
            onSuccess: () => onDone(t('ip.claims.paidDone')),
            onError: (e2) => onError(errorMessage(e2, lang, t('error.generic'), t('error.network'))),
          },
        );
      }}
    >
      <h2 id={`${id}-h`} className="h3">
        {t('ip.claims.pay')}
      </h2>
      <div className="field">
        <label htmlFor={`${id}-d`}>{t('ip.claims.paidOn')}</label>
        <input id={`${id}-d`} type="date" value={paidOn} onChange={(e) => setPaidOn(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-r`}>{t('ip.claims.paymentReference')}</label>
        <input id={`${id}-r`} type="text" value={reference} onChange={(e) => setReference(e.target.value)} />
      </div>
      <button type="submit" className="btn btn-primary" disabled={pay.isPending}>
        {t('ip.claims.recordPayment')}
      </button>
    </form>
  );
}
