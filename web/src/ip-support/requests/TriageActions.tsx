// The officer's triage of a request: accept it, ask the business for more, or decline it with a reason;
// and take it (assign it to oneself) or hand it to a colleague.
import { useId, useState } from 'react';
import { errorMessage } from '../../shared/api/client.ts';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { useAssign, useTriage } from '../api/ip-queries.ts';
import type { RequestView, TriageAction } from '../api/ip-types.ts';

const OPEN = /submitted|more|new|triage|pending/;

export function TriageActions({
  request,
  onDone,
  onError,
}: {
  request: RequestView;
  onDone: (m: string | null) => void;
  onError: (m: string | null) => void;
}) {
  const { t, lang } = useI18n();
  const id = useId();
  const triage = useTriage();
  const assign = useAssign();
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [assignee, setAssignee] = useState('');

  const act = async (action: TriageAction) => {
    onDone(null);
    onError(null);
    if (action !== 'accept' && reason.trim().length < 5) {
      setReasonError(t('ip.triage.reasonNeeded'));
      return;
    }
    setReasonError(null);
    try {
      await triage.mutateAsync({ id: request.id, action, ...(action === 'accept' ? {} : { reason: reason.trim() }) });
      setReason('');
      onDone(t(`ip.triage.done.${action}`));
    } catch (e) {
      onError(errorMessage(e, lang, t('error.generic'), t('error.network')));
    }
  };

  const take = async () => {
    onDone(null);
    onError(null);
    try {
      await assign.mutateAsync({ id: request.id, assigneeId: assignee.trim() || 'me', assigneeName: '' });
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
      {OPEN.test(request.state) ? (
        <>
          <div className={reasonError ? 'field has-error' : 'field'}>
            <label htmlFor={`${id}-reason`}>{t('ip.triage.reason')}</label>
            <textarea
              id={`${id}-reason`}
              rows={3}
              value={reason}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? `${id}-reason-err` : `${id}-reason-hint`}
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
            <button
              type="button"
              className="btn btn-primary"
              disabled={triage.isPending}
              onClick={() => void act('accept')}
            >
              {t('ip.triage.accept')}
            </button>
            <button
              type="button"
              className="btn btn-secondary"
              disabled={triage.isPending}
              onClick={() => void act('ask_more')}
            >
              {t('ip.triage.askMore')}
            </button>
            <button
              type="button"
              className="btn btn-danger"
              disabled={triage.isPending}
              onClick={() => void act('decline')}
            >
              {t('ip.triage.decline')}
            </button>
          </p>
        </>
      ) : (
        <p className="muted">{t('ip.triage.closed')}</p>
      )}
      <div className="ip-inline-form">
        <div className="field">
          <label htmlFor={`${id}-assignee`}>{t('ip.triage.assignee')}</label>
          <input
            id={`${id}-assignee`}
            type="text"
            value={assignee}
            aria-describedby={`${id}-assignee-hint`}
            onChange={(e) => setAssignee(e.target.value)}
          />
          <p id={`${id}-assignee-hint`} className="hint">
            {t('ip.triage.assigneeHint')}
          </p>
        </div>
        <button type="button" className="btn btn-secondary" disabled={assign.isPending} onClick={() => void take()}>
          {assignee.trim() ? t('ip.triage.assign') : t('ip.triage.takeIt')}
        </button>
      </div>
    </section>
  );
}
