// One request, for the business that made it and for the officers: what is asked, where it stands,
// the officer's triage and assignment, the thread of messages, the dossier's checklist with uploads
// and signature verdicts, the fee, and once filed the national procedure's milestones.
import { useState } from 'react';
import { useLocation, useParams } from 'react-router';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDateTime } from '../../shared/lib/format.ts';
import { useAuth } from '../../shell/auth/AuthProvider.tsx';
import { useRequest } from '../api/ip-queries.ts';
import { IpFrame, Outcome } from '../components/IpFrame.tsx';
import { StateBadge, useCodeLabel } from '../components/labels.tsx';
import { DossierSection } from './DossierSection.tsx';
import { FilingSection } from './FilingSection.tsx';
import { ThreadSection } from './ThreadSection.tsx';
import { RequesterActions, TriageActions } from './TriageActions.tsx';

/** States after filing, when the application and its milestones exist. */
const FILED = new Set(['filed', 'granted', 'refused']);

export function RequestDetailPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const label = useCodeLabel();
  const location = useLocation();
  const officer = useAuth().identity?.roles.includes('officer') ?? false;
  const res = useRequest(id);
  const [done, setDone] = useState<string | null>((location.state as { flash?: string } | null)?.flash ?? null);
  const [error, setError] = useState<string | null>(null);
  if (res.isPending) return <Loading />;
  if (res.isError)
    return (
      <div className="container page">
        <ErrorBox error={res.error} onRetry={() => void res.refetch()} />
      </div>
    );
  const r = res.data;
  const hasDossier = r.dossier !== null;
  return (
    <IpFrame title={r.subjectTitle} lead={`${r.reference} · ${label('ip.right', r.right)} — ${r.organisation.name}`}>
      <p>
        {t('ip.col.state')}: <StateBadge prefix="ip.state" code={r.state} />
      </p>
      <Outcome text={done} error={error} />
      {r.stateReason && (
        <p className="callout">
          <strong>{t('ip.detail.reason')}:</strong> <span className="prewrap">{r.stateReason}</span>
        </p>
      )}
      <dl className="facts">
        <div className="fact">
          <dt>{t('ip.col.organisation')}</dt>
          <dd>{r.organisation.name}</dd>
        </div>
        <div className="fact">
          <dt>{t('ip.form.subjectKind')}</dt>
          <dd>{label('ip.subject', r.subjectKind)}</dd>
        </div>
        <div className="fact">
          <dt>{t('ip.col.assignee')}</dt>
          <dd>{r.assigneeName ?? t('ip.detail.unassigned')}</dd>
        </div>
        <div className="fact">
          <dt>{t('ip.col.created')}</dt>
          <dd>{formatDateTime(r.submittedAt, lang)}</dd>
        </div>
      </dl>
      <h2 className="h3">{t('ip.form.description')}</h2>
      <p className="prewrap">{r.description}</p>
      {r.linkedSubject && <p>{t('ip.detail.linked', { title: r.linkedSubject.title })}</p>}
      {officer && <TriageActions request={r} onDone={setDone} onError={setError} />}
      {!officer && <RequesterActions request={r} onDone={setDone} onError={setError} />}
      <ThreadSection requestId={r.id} officer={officer} />
      {hasDossier && <DossierSection requestId={r.id} officer={officer} />}
      {(FILED.has(r.state) || (officer && r.allowedActions.includes('file'))) && (
        <FilingSection request={r} officer={officer} />
      )}
    </IpFrame>
  );
}
