// The steps on a request besides the dossier: the officer's triage (accept, ask for more information,
// decline with a reason) and taking the request; the business's answer to a question (resubmit) and
// withdrawal. Buttons follow the service's `allowedActions`, so the portal never offers a refused step.
import { useId, useState } from 'react';
import { currentToken, errorMessage } from '../../shared/api/client.ts';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { decodeJwtPayload } from '../../shell/auth/roles.ts';
import { useAssign, useRequesterAction, useTriage } from '../api/ip-queries.ts';
import type { RequestView, TriageAction } from '../api/ip-types.ts';

interface ActionProps {
  request: RequestView;
  onDone: (m: string | null) => void;
  onError: (m: string | null) => void;
}

/** The signed-in officer's id and name, as the token says (for "take it"). */
function me(): { id: string; name: string } | null {
  const token = currentToken();
  const claims = token ? decodeJwtPayload(token) : null;
  const id = typeof claims?.sub === 'string' ? claims.sub : null;
  const name = typeof claims?.name === 'string' ? claims.name : (claims?.preferred_username as string | undefined);
  return id ? { id, name: name ?? id } : null;
}

export function TriageActions({ request, onDone, onError }: ActionProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const triage = useTriage();
  const assign = useAssign();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const can = (a: TriageAction) => request.allowedActions.includes(a);
  const triageOpen = can('accept') || can('ask_info') || can('decline');
  const self = me();

  const act = async (action: TriageAction) => {
    onDone(null);
    onError(null);
    if (action !== 'accept' && reason.trim().length < 5) {
      setReasonError(t('ip.triage.reasonNeeded'));
      return;
    }
    setReasonError(null);
    try {
      await triage.mutateAsync({ id: request.id, action, ...(reason.trim() ? { reason: reason.trim() } : {}) });
      setReason('');
      onDone(t(`ip.triage.done.${action}`));
    } catch (e) {
      onError(errorMessage(e, lang, t('error.generic'), t('error.network')));
    }
  };

  const take = async () => {
    if (!self) return;
    onDone(null);
    onError(null);
    try {
      await assign.mutateAsync({ id: request.id, assigneeId: self.id, assigneeName: self.name });
      onDone(t('ip.triage.assigned'));
    } catch (e) {
      onError(errorMessage(e, lang, t('error.generic'), t('error.network')));
    }
  };

  return (
    <section className="card ip-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="h3">
        {t('ip.triage.title')}
      </h2>
      {triageOpen ? (
        <>
          <div className={reasonError ? 'field has-error' : 'field'}>
            <label htmlFor={`${id}-reason`}>{t('ip.triage.reason')}</label>
            <textarea
              id={`${id}-reason`}
              rows={3}
              value={reason}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? `${id}-reason-hint ${id}-reason-err` : `${id}-reason-hint`}
              onChange={(e) => setReason(e.target.value)}
            />
            <p id={`${id}-reason-hint`} className="hint">
              {t('ip.triage.reasonHint')}
            </p>
            {reasonError && (
              <p id={`${id}-reason-err`} className="field-error">
                {reasonError}
              </p>
            )}
          </div>
          <p className="actions-row">
            {can('accept') && (
              <button
                type="button"
                className="btn btn-primary"
                disabled={triage.isPending}
                onClick={() => void act('accept')}
              >
                {t('ip.triage.accept')}
              </button>
            )}
            {can('ask_info') && (
              <button
                type="button"
                className="btn btn-secondary"
                disabled={triage.isPending}
                onClick={() => void act('ask_info')}
              >
                {t('ip.triage.askMore')}
              </button>
            )}
            {can('decline') && (
              <button
                type="button"
                className="btn btn-danger"
                disabled={triage.isPending}
                onClick={() => void act('decline')}
              >
                {t('ip.triage.decline')}
              </button>
            )}
          </p>
        </>
      ) : (
        <p className="muted">{t('ip.triage.closed')}</p>
      )}
      {self && request.assigneeId !== self.id && (
        <p className="actions-row">
          <button type="button" className="btn btn-secondary" disabled={assign.isPending} onClick={() => void take()}>
            {t('ip.triage.takeIt')}
          </button>
        </p>
      )}
    </section>
  );
}

export function RequesterActions({ request, onDone, onError }: ActionProps) {
  const { t, lang } = useI18n();
  const id = useId();
  const run = useRequesterAction();
  const [text, setText] = useState('');
  const canResubmit = request.allowedActions.includes('resubmit');
  const canWithdraw = request.allowedActions.includes('withdraw');
  if (!canResubmit && !canWithdraw) return null;
  const act = async (action: 'resubmit' | 'withdraw') => {
    onDone(null);
    onError(null);
    try {
      await run.mutateAsync({ id: request.id, action, ...(text.trim() ? { text: text.trim() } : {}) });
      setText('');
      onDone(t(action === 'resubmit' ? 'ip.requester.resubmitted' : 'ip.requester.withdrawn'));
    } catch (e) {
      onError(errorMessage(e, lang, t('error.generic'), t('error.network')));
    }
  };
  return (
    <section className="card ip-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="h3">
        {t(canResubmit ? 'ip.requester.answerTitle' : 'ip.requester.title')}
      </h2>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t(canResubmit ? 'ip.requester.answer' : 'ip.requester.reason')}</label>
        <textarea id={`${id}-text`} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <p className="actions-row">
        {canResubmit && (
          <button
            type="button"
            className="btn btn-primary"
            disabled={run.isPending}
            onClick={() => void act('resubmit')}
          >
            {t('ip.requester.resubmit')}
          </button>
        )}
        {canWithdraw && (
          <button
            type="button"
            className="btn btn-secondary"
            disabled={run.isPending}
            onClick={() => void act('withdraw')}
          >
            {t('ip.requester.withdraw')}
          </button>
        )}
      </p>
    </section>
  );
}
