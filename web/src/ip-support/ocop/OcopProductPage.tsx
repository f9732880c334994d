// One OCOP product's readiness checklist: each item with its status, what still keeps it from review,
// the documents, and the officers' help. The co-operative uploads documents, sends an item for review
// and asks for help; an officer confirms or returns an item. Statuses follow the service's allowedStatuses.
import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorMessage } from '../../shared/api/client.ts';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatBytes, formatDateTime } from '../../shared/lib/format.ts';
import { useAuth } from '../../shell/auth/AuthProvider.tsx';
import { ocopUploadUrl, useAnswerOcopHelp, useOcopHelp, useOcopItemStatus, useOcopProduct } from '../api/ip-queries.ts';
import type { OcopItemView, OcopProductView } from '../api/ip-types.ts';
import { DocumentUpload } from '../components/DocumentUpload.tsx';
import { IpFrame, Outcome } from '../components/IpFrame.tsx';
import { StateBadge, useCodeLabel } from '../components/labels.tsx';
import { IP_BASE } from '../ip-sections.ts';

export function OcopProductPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const label = useCodeLabel();
  const officer = useAuth().identity?.roles.includes('officer') ?? false;
  const res = useOcopProduct(id);
  if (res.isPending) return <Loading />;
  if (res.isError)
    return (
      <div className="container page">
        <ErrorBox error={res.error} onRetry={() => void res.refetch()} />
      </div>
    );
  const p = res.data;
  return (
    <IpFrame
      title={p.name}
      lead={`${p.organisationName} · ${label('ip.ocopCategory', p.category)} · ${t('ip.ocop.starsOf', {
        reached: p.starsReached,
        target: p.targetStars,
      })} · ${p.readinessPercent}%`}
    >
      {p.description && <p className="prewrap">{p.description}</p>}
      <ul className="ip-checklist">
        {p.items.map((item) => (
          <OcopItem key={item.code} product={p} item={item} officer={officer} />
        ))}
      </ul>
      {p.helpRequests.length > 0 && (
        <section className="ip-section" aria-labelledby="ocop-help">
          <h2 id="ocop-help">{t('ip.ocop.helpTitle')}</h2>
          <ul className="ip-thread">
            {p.helpRequests.map((h) => (
              <li key={h.id}>
                <p className="ip-thread-meta">
                  <strong>{h.askedByName}</strong> · {formatDateTime(h.askedAt, lang)} ·{' '}
                  {label('ip.ocopCode', h.itemCode)}
                </p>
                <p className="prewrap">{h.question}</p>
                {h.answer && (
                  <p className="prewrap">
                    <strong>{h.answeredByName}:</strong> {h.answer}
                  </p>
                )}
                {officer && h.state === 'open' && <AnswerHelp helpId={h.id} />}
              </li>
            ))}
          </ul>
        </section>
      )}
    </IpFrame>
  );
}

function OcopItem({ product, item, officer }: { product: OcopProductView; item: OcopItemView; officer: boolean }) {
  const { t, lang } = useI18n();
  const label = useCodeLabel();
  const id = useId();
  const setStatus = useOcopItemStatus();
  const help = useOcopHelp();
  const [note, setNote] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const title = lang === 'en' ? item.titleEn : item.titleVi;
  const report = (e: unknown) => setError(errorMessage(e, lang, t('error.generic'), t('error.network')));
  return (
    <li className="ip-item card" aria-labelledby={`${id}-t`}>
      <h2 id={`${id}-t`} className="h3">
        {title} <StateBadge prefix="ip.readiness" code={item.status} />
      </h2>
      <p className="hint">{lang === 'en' ? item.hintEn : item.hintVi}</p>
      <p className="muted">{item.basis}</p>
      {item.problems.length > 0 && (
        <ul className="ip-problems" aria-label={t('ip.ocop.problemsOf', { item: title })}>
          {item.problems.map((pr) => (
            <li key={pr}>
              {label('ip.ocopProblem', pr.split(':')[0]) + (pr.includes(':') ? `: ${pr.split(':')[1]}` : '')}
            </li>
          ))}
        </ul>
      )}
      {item.note && <p className="prewrap">{item.note}</p>}
      {item.linkedRequest && (
        <p>
          <Link to={`${IP_BASE}/yeu-cau/${encodeURIComponent(item.linkedRequest.id)}`}>
            {item.linkedRequest.reference}
          </Link>{' '}
          <StateBadge prefix="ip.state" code={item.linkedRequest.state} />
          {item.linkedRequest.certificateNumber ? ` · ${item.linkedRequest.certificateNumber}` : ''}
        </p>
      )}
      {item.documents.length > 0 && (
        <ul className="ip-docs" aria-label={t('ip.dossier.documentsOf', { item: title })}>
          {item.documents.map((d) => (
            <li key={d.id}>
              {d.fileName} <span className="muted">({formatBytes(d.sizeBytes, lang)})</span>
            </li>
          ))}
        </ul>
      )}
      {!officer && (
        <DocumentUpload url={ocopUploadUrl(product.id, item.code)} label={t('ip.dossier.upload', { item: title })} />
      )}
      {(item.allowedStatuses.length > 0 || !officer) && (
        <div className="ip-inline-form">
          <div className="field">
            <label htmlFor={`${id}-note`}>{t(officer ? 'ip.ocop.officerNote' : 'ip.ocop.question')}</label>
            <input id={`${id}-note`} type="text" value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          {item.allowedStatuses
            .filter((s) => s !== item.status)
            .map((s) => (
              <button
                key={s}
                type="button"
                className="btn btn-secondary btn-sm"
                disabled={setStatus.isPending}
                onClick={() => {
                  setError(null);
                  setStatus.mutate(
                    { id: product.id, code: item.code, status: s, ...(note.trim() ? { note: note.trim() } : {}) },
                    {
                      onSuccess: () => setDone(t('ip.ocop.statusSet', { status: label('ip.readiness', s) })),
                      onError: report,
                    },
                  );
                }}
              >
                {t('ip.ocop.moveTo', { status: label('ip.readiness', s) })}
              </button>
            ))}
          {!officer && (
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              disabled={help.isPending}
              onClick={() => {
                setError(null);
                if (note.trim().length < 5) {
                  setError(t('ip.ocop.questionNeeded'));
                  return;
                }
                help.mutate(
                  { id: product.id, itemCode: item.code, question: note.trim() },
                  {
                    onSuccess: () => {
                      setNote('');
                      setDone(t('ip.ocop.helpSent'));
                    },
                    onError: report,
                  },
                );
              }}
            >
              {t('ip.ocop.askHelp')}
            </button>
          )}
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <Outcome text={done} />
    </li>
  );
}

/** The officer's answer to a co-operative's question. */
function AnswerHelp({ helpId }: { helpId: string }) {
  const { t, lang } = useI18n();
  const id = useId();
  const answer = useAnswerOcopHelp();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="ip-inline-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (text.trim().length < 2) {
          setError(t('ip.thread.emptyBody'));
          return;
        }
        setError(null);
        answer.mutate(
          { helpId, answer: text.trim() },
          { onError: (e2) => setError(errorMessage(e2, lang, t('error.generic'), t('error.network'))) },
        );
      }}
    >
      <div className="field">
        <label htmlFor={`${id}-a`}>{t('ip.ocop.answer')}</label>
        <textarea id={`${id}-a`} rows={2} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <button type="submit" className="btn btn-secondary btn-sm" disabled={answer.isPending}>
        {t('ip.thread.send')}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
