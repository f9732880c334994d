import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../shared/api/client.ts';
import { sectorName, useReference } from '../api/reference.ts';
import type { QueueItem } from '../api/techmart-types.ts';
import { COLLECTION_OF, type QueueType, useModerationDecision, useModerationQueue } from '../api/techmart-queries.ts';
import { ErrorBox, Flash, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDateTime } from '../../shared/lib/format.ts';
import { LIMITS, textLength } from '../forms/offerForm.ts';
import { useTitle } from '../../shared/lib/useTitle.ts';

const QUEUE_TYPES: readonly QueueType[] = ['offer', 'need', 'expert'];

function itemTitle(item: QueueItem): string {
  return item.title ?? ([item.academicTitle, item.fullName].filter(Boolean).join(' ') || item.id);
}

function detailPath(type: QueueType, item: QueueItem): string {
  if (type === 'offer') return `/${item.kind === 'equipment' ? 'equipment' : 'offers'}/${encodeURIComponent(item.id)}`;
  return `/${COLLECTION_OF[type]}/${encodeURIComponent(item.id)}`;
}

export function ModerationPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const raw = params.get('type');
  const type: QueueType = (QUEUE_TYPES as readonly string[]).includes(raw ?? '') ? (raw as QueueType) : 'offer';
  const [flash, setFlash] = useState<string | null>(null);
  useTitle(t('mod.title'));
  const res = useModerationQueue(type);
  const items = res.data?.pages.flatMap((p) => p?.items ?? []) ?? [];
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
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.isSuccess && items.length === 0 && <p className="empty">{t('mod.empty')}</p>}
      <ol className="queue">
        {items.map((item) => (
          <QueueEntry key={`${item.id}-${item.revision ?? ''}`} type={type} item={item} onDone={setFlash} />
        ))}
      </ol>
      {res.hasNextPage && (
        <p className="load-more">
          <button
            type="button"
            className="btn btn-secondary"
            disabled={res.isFetchingNextPage}
            onClick={() => void res.fetchNextPage()}
          >
            {res.isFetchingNextPage ? t('common.loading') : t('common.loadMore')}
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
  const decision = useModerationDecision(type);

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
      await decision.mutateAsync({
        id: item.id,
        action,
        ...(action === 'return' ? { reason: reason.trim().normalize('NFC') } : {}),
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
