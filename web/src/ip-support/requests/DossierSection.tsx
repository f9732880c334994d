// The dossier's checklist: each document the national IP office requires for this right, whether it is
// mandatory, its state, the uploaded files with their SHA-256 and signature verdict; the business uploads
// into an item, the officer accepts or rejects it. Complete when every mandatory item is accepted.
import { useId, useState } from 'react';
import { errorMessage } from '../../shared/api/client.ts';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatBytes } from '../../shared/lib/format.ts';
import { documentUrl, downloadDocument, itemUploadUrl, useDossier, useReviewItem } from '../api/ip-queries.ts';
import type { ChecklistItemView } from '../api/ip-types.ts';
import { DocumentUpload } from '../components/DocumentUpload.tsx';
import { StateBadge, vnd } from '../components/labels.tsx';
import { SignatureStatus } from '../components/SignatureStatus.tsx';

export function DossierSection({ requestId, officer }: { requestId: string; officer: boolean }) {
  const { t, lang } = useI18n();
  const id = useId();
  const res = useDossier(requestId, true);
  return (
    <section className="ip-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('ip.dossier.title')}</h2>
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.isSuccess && (
        <>
          <p className={res.data.complete ? 'alert alert-success' : 'callout'}>
            {res.data.complete
              ? t('ip.dossier.complete')
              : t('ip.dossier.incomplete', { count: res.data.mandatoryCount - res.data.acceptedCount })}
          </p>
          <ul className="ip-checklist">
            {res.data.items.map((item) => (
              <ChecklistItem key={item.code} requestId={requestId} item={item} officer={officer} />
            ))}
          </ul>
          {res.data.fee && (
            <section aria-labelledby={`${id}-fee`}>
              <h3 id={`${id}-fee`} className="h3">
                {t('ip.fee.title')}
              </h3>
              <div className="table-wrap">
                <table className="table">
                  <caption className="visually-hidden">{t('ip.fee.title')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('ip.fee.item')}</th>
                      <th scope="col">{t('ip.fee.quantity')}</th>
                      <th scope="col">{t('ip.fee.amount')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {res.data.fee.lines.map((l) => (
                      <tr key={l.code}>
                        <th scope="row">{lang === 'en' ? l.labelEn : l.labelVi}</th>
                        <td>{l.quantity}</td>
                        <td>{vnd(l.amountVnd)}</td>
                      </tr>
                    ))}
                  </tbody>
                  <tfoot>
                    <tr>
                      <th scope="row" colSpan={2}>
                        {t('ip.fee.total')}
                      </th>
                      <td>{vnd(res.data.fee.totalVnd)}</td>
                    </tr>
                  </tfoot>
                </table>
              </div>
            </section>
          )}
        </>
      )}
    </section>
  );
}

function ChecklistItem({ requestId, item, officer }: { requestId: string; item: ChecklistItemView; officer: boolean }) {
  const { t, lang } = useI18n();
  const id = useId();
  const review = useReviewItem();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const title = lang === 'en' ? item.titleEn : item.titleVi;
  const [acknowledge, setAcknowledge] = useState(false);
  const flagged = item.signatureGate === 'flagged';
  const blocked = item.signatureGate === 'blocked';
  const decide = (decision: 'accept' | 'reject') => {
    setError(null);
    setDone(null);
    if (decision === 'accept' && flagged && (!acknowledge || note.trim().length < 5)) {
      setError(t('ip.dossier.flaggedNeedsNote'));
      return;
    }
    if (decision === 'reject' && note.trim().length < 5) {
      setError(t('ip.dossier.noteNeeded'));
      return;
    }
    review.mutate(
      {
        requestId,
        code: item.code,
        verdict: decision === 'accept' ? 'accepted' : 'rejected',
        ...(note.trim() ? { note: note.trim() } : {}),
        ...(decision === 'accept' && flagged ? { acceptFlaggedSignature: true } : {}),
      },
      {
        onSuccess: () => {
          setNote('');
          setAcknowledge(false);
          setDone(t(decision === 'accept' ? 'ip.dossier.accepted' : 'ip.dossier.rejected', { item: title }));
        },
        onError: (e) => setError(errorMessage(e, lang, t('error.generic'), t('error.network'))),
      },
    );
  };
  return (
    <li className="ip-item card" aria-labelledby={`${id}-t`}>
      <h3 id={`${id}-t`} className="h3">
        {title}{' '}
        <span className="muted ip-item-kind">
          {item.mandatory ? t('ip.dossier.mandatory') : t('ip.dossier.optional')}
          {item.signatureRequired ? ` · ${t('ip.dossier.signatureRequired')}` : ''}
        </span>
      </h3>
      <p>
        <StateBadge prefix="ip.item" code={item.state} />
      </p>
      {(lang === 'en' ? item.hintEn : item.hintVi) && (
        <p className="hint">{lang === 'en' ? item.hintEn : item.hintVi}</p>
      )}
      {item.reviewNote && (
        <p className="prewrap">
          <strong>{t('ip.dossier.reviewNote')}:</strong> {item.reviewNote}
        </p>
      )}
      {item.document && (
        <ul className="ip-docs" aria-label={t('ip.dossier.documentsOf', { item: title })}>
          {[item.document].map((d) => (
            <li key={d.id}>
              <a
                href={documentUrl(requestId, d.id)}
                onClick={(e) => {
                  e.preventDefault();
                  void downloadDocument(documentUrl(requestId, d.id), d.fileName);
                }}
              >
                {d.fileName}
              </a>{' '}
              <span className="muted">({formatBytes(Number(d.sizeBytes), lang)})</span>{' '}
              <SignatureStatus document={d} required={item.signatureRequired} />
              <br />
              <span className="muted ip-hash">
                SHA-256: <code title={d.sha256}>{d.sha256.slice(0, 16)}…</code>
              </span>
            </li>
          ))}
        </ul>
      )}
      {!officer && item.state !== 'accepted' && (
        <DocumentUpload url={itemUploadUrl(requestId, item.code)} label={t('ip.dossier.upload', { item: title })} />
      )}
      {officer && item.document && item.state !== 'accepted' && (
        <div className="ip-inline-form">
          {blocked && <p className="alert alert-warning">{t('ip.dossier.blocked')}</p>}
          {flagged && (
            <div className="field field-check">
              <input
                id={`${id}-ack`}
                type="checkbox"
                checked={acknowledge}
                onChange={(e) => setAcknowledge(e.target.checked)}
              />
              <label htmlFor={`${id}-ack`}>{t('ip.dossier.acknowledge')}</label>
            </div>
          )}
          <div className={error ? 'field has-error' : 'field'}>
            <label htmlFor={`${id}-note`}>{t('ip.dossier.note', { item: title })}</label>
            <input id={`${id}-note`} type="text" value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <button
            type="button"
            className="btn btn-primary btn-sm"
            disabled={review.isPending || blocked}
            onClick={() => decide('accept')}
            aria-label={t('ip.dossier.acceptItem', { item: title })}
          >
            {t('ip.dossier.accept')}
          </button>
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            disabled={review.isPending}
            onClick={() => decide('reject')}
            aria-label={t('ip.dossier.rejectItem', { item: title })}
          >
            {t('ip.dossier.reject')}
          </button>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <span role="status">{done}</span>
    </li>
  );
}
