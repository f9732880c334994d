// Publish (after a confirmation) or return (with a reason) one listing: in the queue and on the
// listing's detail page. Buttons carry the item's title for screen readers; after a decision the
// message replaces the buttons in place and takes the focus, so the officer never loses their place.
import { type QueryClient, useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { api, errorMessage, TECHMART } from '../../shared/api/client.ts';
import { ErrorBox } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { COLLECTION_OF, type QueueType, techmartKeys } from '../api/techmart-queries.ts';
import { LIMITS, textLength } from '../forms/offerForm.ts';

export type Decision = 'publish' | 'return';

/** Caches after a decision: the queue only marked stale (the decided item stays where it was). */
async function afterDecision(client: QueryClient, type: QueueType, id: string): Promise<void> {
  const collection = COLLECTION_OF[type];
  await client.invalidateQueries({ queryKey: techmartKeys.queue, refetchType: 'none' });
  await Promise.all([
    client.invalidateQueries({ queryKey: techmartKeys.listing(collection, id) }),
    client.invalidateQueries({ queryKey: techmartKeys.my }),
    client.invalidateQueries({ queryKey: ['search'] }),
  ]);
}

export function useDecision(type: QueueType) {
  const collection = COLLECTION_OF[type];
  return useMutation({
    mutationFn: ({ id, action, reason }: { id: string; action: Decision; reason?: string }) =>
      api(`${TECHMART}/${collection}/${encodeURIComponent(id)}/${action}`, {
        method: 'POST',
        json: action === 'return' ? { reason } : {},
      }),
  });
}

export function ModerationActions({
  type,
  id,
  title,
  onDecided,
}: {
  type: QueueType;
  id: string;
  title: string;
  onDecided?: (action: Decision) => void;
}) {
  const { t, lang } = useI18n();
  const decision = useDecision(type);
  const client = useQueryClient();
  const [mode, setMode] = useState<'idle' | 'confirm' | 'return'>('idle');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const doneRef = useRef<HTMLParagraphElement>(null);
  const reasonId = `reason-${id}`;

  useEffect(() => {
    if (mode === 'return') reasonRef.current?.focus();
    if (mode === 'confirm') confirmRef.current?.focus();
  }, [mode]);
  useEffect(() => {
    if (done) doneRef.current?.focus({ preventScroll: true });
  }, [done]);

  const decide = (action: Decision) => {
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
    decision.mutate(
      { id, action, reason: action === 'return' ? reason.trim().normalize('NFC') : undefined },
      {
        onSuccess: () => {
          // the outcome is shown first; only then do the caches reload (a detail page re-renders)
          setDone(t(action === 'publish' ? 'mod.published' : 'mod.returned', { title }));
          onDecided?.(action);
          void afterDecision(client, type, id);
        },
      },
    );
  };

  if (done)
    return (
      <p ref={doneRef} tabIndex={-1} className="alert alert-success decision-done" role="status">
        {done}
      </p>
    );

  const busy = decision.isPending;
  return (
    <div className="moderation-actions">
      {decision.isError && (
        <ErrorBox>{errorMessage(decision.error, lang, t('error.generic'), t('error.network'))}</ErrorBox>
      )}
      {mode === 'return' && (
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
      {mode === 'confirm' && <p className="confirm-question">{t('queue.confirmPublish', { title })}</p>}
      <div className="form-actions">
        {mode === 'idle' && (
          <>
            <button
              type="button"
              className="btn btn-primary"
              aria-label={t('queue.publishItem', { title })}
              onClick={() => setMode('confirm')}
            >
              {t('mod.publish')}
            </button>
            <button
              type="button"
              className="btn btn-secondary"
              aria-label={t('queue.returnItem', { title })}
              onClick={() => setMode('return')}
            >
              {t('mod.return')}
            </button>
          </>
        )}
        {mode === 'confirm' && (
          <button
            ref={confirmRef}
            type="button"
            className="btn btn-primary"
            disabled={busy}
            aria-label={`${t('queue.confirmPublishButton')} “${title}”`}
            onClick={() => decide('publish')}
          >
            {t('queue.confirmPublishButton')}
          </button>
        )}
        {mode === 'return' && (
          <button
            type="button"
            className="btn btn-danger"
            disabled={busy}
            aria-label={`${t('mod.confirmReturn')} “${title}”`}
            onClick={() => decide('return')}
          >
            {t('mod.confirmReturn')}
          </button>
        )}
        {mode !== 'idle' && (
          <button
            type="button"
            className="btn btn-ghost"
            disabled={busy}
            onClick={() => {
              setMode('idle');
              setReasonError(null);
            }}
          >
            {t('queue.cancel')}
          </button>
        )}
      </div>
    </div>
  );
}
