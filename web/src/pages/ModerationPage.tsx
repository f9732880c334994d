import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { api, errorMessage, TECHMART } from '../api/client.ts';
import { sectorName, useReference } from '../api/reference.ts';
import type { Page, QueueItem } from '../api/types.ts';
import { useCursorList } from '../api/useCursorList.ts';
import { ErrorBox, Flash, Loading } from '../components/Status.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatDateTime } from '../lib/format.ts';
import { LIMITS, textLength } from '../lib/offerForm.ts';
import { useTitle } from '../lib/useTitle.ts';

const QUEUE_TYPES = ['offer', 'need', 'expert'] as const;
type QueueType = (typeof QUEUE_TYPES)[number];
const COLLECTION: Record<QueueType, string> = { offer: 'offers', need: 'needs', expert: 'experts' };

function itemTitle(item: QueueItem): string {
  return item.title ?? ([item.academicTitle, item.fullName].filter(Boolean).join(' ') || item.id);
}

function detailPath(type: QueueType, item: QueueItem): string {
  if (type === 'offer') return `/${item.kind === 'equipment' ? 'equipment' : 'offers'}/${encodeURIComponent(item.id)}`;
  return `/${COLLECTION[type]}/${encodeURIComponent(item.id)}`;
}

export function ModerationPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const raw = params.get('type');
  const type: QueueType = (QUEUE_TYPES as readonly string[]).includes(raw ?? '') ? (raw as QueueType) : 'offer';
  const [flash, setFlash] = useState<string | null>(null);
  useTitle(t('mod.title'));
  const res = useCursorList<QueueItem>(type, (cursor, signal) =>
    api<Page<QueueItem>>(
      `${TECHMART}/moderation/queue?type=${type}&limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      { signal },
    ),
  );
  const items = res.items;
  return (
    <div className="container page">
      <h1>{t('mod.title')}</h1>
      <nav aria-label={t('search.tabs')} className="type-tabs">
        <ul>
          {QUEUE_TYPES.map((ty) => (
            <li key={ty}>
              <Link
                to={`?type=${ty}`}
                className={ty === type ? 'tab current' : 'tab'}
                aria-current={ty === type ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  setFlash(null);
                  setParams({ type: ty });
                }}
              >
                {t(`type.${ty}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Flash message={flash} />
      {res.loading && !res.loaded && <Loading />}
      {res.error !== undefined && <ErrorBox error={res.error} onRetry={res.reload} />}
      {res.loaded && items.length === 0 && <p className="empty">{t('mod.empty')}</p>}
      <ol className="queue">
        {items.map((item) => (
          <QueueEntry
            key={`${item.id}-${item.revision ?? ''}`}
            type={type}
            item={item}
            onDone={(msg) => {
              setFlash(msg);
              res.reload();
            }}
          />
        ))}
      </ol>
      {res.hasMore && (
        <p className="load-more">
          <button type="button" className="btn btn-secondary" disabled={res.loading} onClick={res.loadMore}>
            {res.loading ? t('common.loading') : t('common.loadMore')}
          </button>
        </p>
      )}
    </div>
  );
}

function QueueEntry({ type, item, onDone }: { type: QueueType; item: QueueItem; onDone: (msg: string) => void }) {
  const { t, lang } = useI18n();
  const { sectors } = useReference();
  const [returning, setReturning] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const title = itemTitle(item);
  const headingId = `q-${item.id}`;
  const reasonId = `reason-${item.id}`;
  const base = `${TECHMART}/${COLLECTION[type]}/${encodeURIComponent(item.id)}`;

  const act = async (action: 'publish' | 'return') => {
    setError(null);
    if (action === 'return') {
      const n = textLength(reason);
      if (n < LIMITS.returnReason.min || n > LIMITS.returnReason.max) {
        setReasonError(
          n < LIMITS.returnReason.min
            ? t('v.minLength', { field: t('mod.reason'), min: LIMITS.returnReason.min })
            : t('v.maxLength', { field: t('mod.reason'), max: LIMITS.returnReason.max }),
        );
        reasonRef.current?.focus();
        return;
      }
    }
    setBusy(true);
    try {
      await api(`${base}/${action}`, {
        method: 'POST',
        json: action === 'return' ? { reason: reason.trim().normalize('NFC') } : {},
      });
      onDone(t(action === 'publish' ? 'mod.published' : 'mod.returned', { title }));
    } catch (e) {
      setError(errorMessage(e, lang, t('error.generic'), t('error.network')));
      setBusy(false);
    }
  };

  const owner = item.owner?.name ?? item.requester?.name ?? item.organisation?.name;
  return (
    <li>
      <article className="queue-item card" aria-labelledby={headingId}>
        <h2 id={headingId} className="h3">
          <Link to={detailPath(type, item)}>{title}</Link>
        </h2>
        <ul className="meta">
          {item.kind && <li className="meta-type">{t(item.kind === 'equipment' ? 'type.equipment' : 'type.offer')}</li>}
          {item.sector && <li>{sectorName(item.sector, sectors, lang)}</li>}
          {owner && <li>{t('mod.submittedBy', { name: owner })}</li>}
          {(item.submittedAt ?? item.updatedAt) && (
            <li>{t('mod.submittedAt', { date: formatDateTime(item.submittedAt ?? item.updatedAt, lang) })}</li>
          )}
        </ul>
        {item.pendingRevision && <p className="muted">{t('mod.pendingRevision')}</p>}
        {(item.summary ?? item.problem) && <p>{item.summary ?? item.problem}</p>}
        {error && <ErrorBox>{error}</ErrorBox>}
        {returning && (
          <div className={reasonError ? 'field has-error' : 'field'}>
            <label htmlFor={reasonId}>{t('mod.reason')}</label>
            <p id={`${reasonId}-hint`} className="hint">
              {t('mod.reasonHint')}
            </p>
            <textarea
              id={reasonId}
              ref={reasonRef}
              rows={3}
              value={reason}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={`${reasonId}-hint${reasonError ? ` ${reasonId}-err` : ''}`}
              onChange={(e) => {
                setReason(e.target.value);
                setReasonError(null);
              }}
            />
            {reasonError && (
              <div id={`${reasonId}-err`} className="field-error">
                <p>{reasonError}</p>
              </div>
            )}
          </div>
        )}
        <div className="form-actions">
          {!returning ? (
            <>
              <button type="button" className="btn btn-primary" disabled={busy} onClick={() => void act('publish')}>
                {t('mod.publish')}
              </button>
              <button
                type="button"
                className="btn btn-secondary"
                disabled={busy}
                onClick={() => {
                  setReturning(true);
                  requestAnimationFrame(() => reasonRef.current?.focus());
                }}
              >
                {t('mod.return')}
              </button>
            </>
          ) : (
            <>
              <button type="button" className="btn btn-danger" disabled={busy} onClick={() => void act('return')}>
                {t('mod.confirmReturn')}
              </button>
              <button
                type="button"
                className="btn btn-ghost"
                disabled={busy}
                onClick={() => {
                  setReturning(false);
                  setReasonError(null);
                }}
              >
                {t('form.cancel')}
              </button>
            </>
          )}
        </div>
      </article>
    </li>
  );
}
