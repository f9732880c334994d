// One subsidy claim. The business completes it (the documented cost, evidence such as fee receipts and
// the certificate) and submits it; the officer approves it (the policy in force on the trigger date
// computes the amount, committed against the year's budget, or the claim waits in the queue when the
// budget cannot take it) or rejects it with a reason, then records the payment. Buttons follow the
// service's `actions`.
import { useId, useState } from 'react';
import { useParams } from 'react-router';
import { errorMessage } from '../../shared/api/client.ts';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatBytes, formatDate, formatDateTime } from '../../shared/lib/format.ts';
import { useAuth } from '../../shell/auth/AuthProvider.tsx';
import {
  claimEvidenceUrl,
  useClaim,
  useDecideClaim,
  usePayClaim,
  useSubmitClaim,
  useUpdateClaim,
} from '../api/ip-queries.ts';
import type { ClaimView } from '../api/ip-types.ts';
import { DocumentUpload } from '../components/DocumentUpload.tsx';
import { IpFrame, Outcome } from '../components/IpFrame.tsx';
import { StateBadge, useCodeLabel, vnd } from '../components/labels.tsx';
import { Budgets } from './ClaimsPage.tsx';

type Report = (m: string | null) => void;

const APPLICANT_KINDS = [
  'enterprise',
  'cooperative',
  'household_business',
  'research_institute',
  'individual',
] as const;

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
  const can = (a: ClaimView['actions'][number]) => c.actions.includes(a);
  const editable = !officer && (c.state === 'open' || c.state === 'needs_info');
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
      title={t('ip.claim.title', { subject: c.title })}
      lead={`${c.reference} · ${label('ip.right', c.right)} — ${c.organisation.name}`}
    >
      <p>
        {t('ip.col.state')}: <StateBadge prefix="ip.claimState" code={c.state} />
        {c.queuePosition !== null && <> · {t('ip.claims.queuePosition', { n: c.queuePosition })}</>}
      </p>
      <Outcome text={done} error={error} />
      {c.stateReason && (
        <p className="callout">
          <strong>{t('ip.detail.reason')}:</strong> <span className="prewrap">{c.stateReason}</span>
        </p>
      )}
      <dl className="facts">
        <div className="fact">
          <dt>{t('ip.claims.programme')}</dt>
          <dd data-testid="claim-programme" data-programme={c.programmeCode}>
            {c.programmeCode}
            {c.budgetYear ? ` — ${c.budgetYear}` : ''}
          </dd>
        </div>
        <div className="fact">
          <dt>{t('ip.claims.kind')}</dt>
          <dd>
            {label('ip.subsidyKind', c.kind)} ({label('ip.trigger', c.trigger)}, {formatDate(c.triggerDate, lang)})
          </dd>
        </div>
        {c.certificateNumber && (
          <div className="fact">
            <dt>{t('ip.filing.certificate')}</dt>
            <dd>{c.certificateNumber}</dd>
          </div>
        )}
        {c.applicationNumber && (
          <div className="fact">
            <dt>{t('ip.filing.number')}</dt>
            <dd>{c.applicationNumber}</dd>
          </div>
        )}
        <div className="fact">
          <dt>{t('ip.claims.documentedCost')}</dt>
          <dd>{vnd(c.documentedCostVnd) || '—'}</dd>
        </div>
        <div className="fact">
          <dt>{c.amountVnd !== null ? t('ip.claims.approved') : t('ip.claims.estimate')}</dt>
          <dd data-testid="claim-amount">{vnd(c.amountVnd ?? c.assessment.amountVnd) || '—'}</dd>
        </div>
        {c.paidAt && (
          <div className="fact">
            <dt>{t('ip.claims.paidOn')}</dt>
            <dd>
              {formatDateTime(c.paidAt, lang)}
              {c.paymentReference ? ` — ${c.paymentReference}` : ''}
            </dd>
          </div>
        )}
      </dl>
      {!c.assessment.eligible && c.assessment.reasons.length > 0 && (
        <div className="callout">
          <p>{t('ip.claims.notEligible')}</p>
          <ul>
            {c.assessment.reasons.map((r) => (
              <li key={r}>{label('ip.ineligible', r)}</li>
            ))}
          </ul>
        </div>
      )}
      {editable && <CostForm claim={c} onDone={setDone} onError={setError} />}
      <section className="ip-section" aria-labelledby="claim-evidence">
        <h2 id="claim-evidence">{t('ip.claims.evidence')}</h2>
        {c.evidence.length === 0 ? (
          <p className="empty">{t('ip.claims.noEvidence')}</p>
        ) : (
          <ul className="ip-docs">
            {c.evidence.map((d) => (
              <li key={d.id}>
                {d.fileName} <span className="muted">({formatBytes(Number(d.sizeBytes), lang)})</span>
                {d.description && <span className="muted"> — {d.description}</span>}
              </li>
            ))}
          </ul>
        )}
        {editable && <DocumentUpload url={claimEvidenceUrl(c.id)} label={t('ip.claims.addEvidence')} />}
        {can('submit') && (
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
        )}
      </section>
      {officer && (can('approve') || can('reject')) && <Decide claim={c} onDone={setDone} onError={setError} />}
      {officer && can('record_payment') && <Pay claim={c} onDone={setDone} onError={setError} />}
      {officer && <Budgets />}
    </IpFrame>
  );
}

/** The documented cost (what the percentage policies are computed from), saved on the open claim. */
function CostForm({ claim, onDone, onError }: { claim: ClaimView; onDone: Report; onError: Report }) {
  const { t, lang } = useI18n();
  const id = useId();
  const update = useUpdateClaim();
  const [cost, setCost] = useState(String(claim.documentedCostVnd ?? ''));
  const [kind, setKind] = useState<string>(claim.applicantKind ?? '');
  return (
    <form
      className="form ip-inline-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onDone(null);
        onError(null);
        const digits = cost.replace(/[.\s,]/g, '');
        if (!/^\d{1,15}$/.test(digits)) {
          onError(t('ip.admin.badAmount'));
          return;
        }
        update.mutate(
          {
            id: claim.id,
            revision: claim.revision,
            documentedCostVnd: Number(digits),
            ...(kind ? { applicantKind: kind as NonNullable<ClaimView['applicantKind']> } : {}),
          },
          {
            onSuccess: () => onDone(t('ip.claims.costSaved')),
            onError: (e2) => onError(errorMessage(e2, lang, t('error.generic'), t('error.network'))),
          },
        );
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-kind`}>{t('ip.claims.applicantKind')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">{t('ip.form.choose')}</option>
          {APPLICANT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`ip.applicant.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-cost`}>{t('ip.claims.documentedCostInput')}</label>
        <input
          id={`${id}-cost`}
          type="text"
          inputMode="numeric"
          value={cost}
          aria-describedby={`${id}-cost-hint`}
          onChange={(e) => setCost(e.target.value)}
        />
        <p id={`${id}-cost-hint`} className="hint">
          {t('ip.claims.documentedCostHint')}
        </p>
      </div>
      <button type="submit" className="btn btn-secondary" disabled={update.isPending}>
        {t('ip.claims.saveCost')}
      </button>
    </form>
  );
}

function Decide({ claim, onDone, onError }: { claim: ClaimView; onDone: Report; onError: Report }) {
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
          : after?.state === 'queued'
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
        {claim.actions.includes('approve') && (
          <button type="button" className="btn btn-primary" disabled={decide.isPending} onClick={() => void run(true)}>
            {t('ip.claims.approve')}
          </button>
        )}
        {claim.actions.includes('reject') && (
          <button type="button" className="btn btn-danger" disabled={decide.isPending} onClick={() => void run(false)}>
            {t('ip.claims.reject')}
          </button>
        )}
      </p>
    </section>
  );
}

function Pay({ claim, onDone, onError }: { claim: ClaimView; onDone: Report; onError: Report }) {
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
        if (reference.trim().length < 2) {
          onError(t('ip.claims.referenceNeeded'));
          return;
        }
        // mutateAsync: the form is gone once the claim is paid, the page still reports it
        pay.mutateAsync({ id: claim.id, paidOn, reference: reference.trim() }).then(
          () => onDone(t('ip.claims.paidDone')),
          (e2: unknown) => onError(errorMessage(e2, lang, t('error.generic'), t('error.network'))),
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
