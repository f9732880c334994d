// Introductions the officer mediates: each startup's request to an investor, forwarded (with a note)
// or declined with a reason; the investor's answer is recorded when they have no account here.
// Contacts appear only once both sides accepted (the API sends none before).
import { useId, useState } from 'react';
import { errorMessage } from '../../shared/api/client.ts';
import { FieldErrors } from '../../shared/components/FormFields.tsx';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import { useIntroductionAction, useIntroductions } from '../api/incubation-queries.ts';
import type { IntroductionView } from '../api/incubation-types.ts';
import { IncFrame, Outcome } from '../components/IncFrame.tsx';
import { IntroState } from '../components/IntroState.tsx';

export function IntroductionsPage() {
  const { t } = useI18n();
  const res = useIntroductions();
  const [done, setDone] = useState<string | null>(null);
  const items = res.data?.items ?? [];
  return (
    <IncFrame title={t('inc.intro.officerTitle')} lead={t('inc.intro.officerLead')} sections="officer">
      <Outcome text={done} />
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.isSuccess && items.length === 0 && <p className="empty">{t('inc.intro.empty')}</p>}
      <ul className="inc-cards">
        {items.map((x) => (
          <li key={x.id}>
            <IntroCard intro={x} onDone={() => setDone(t('inc.intro.done'))} />
          </li>
        ))}
      </ul>
    </IncFrame>
  );
}

function IntroCard({ intro, onDone }: { intro: IntroductionView; onDone: () => void }) {
  const { t, lang } = useI18n();
  const id = useId();
  const act = useIntroductionAction();
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const run = (action: 'forward' | 'accept' | 'decline', extra: { reason?: string } = {}) => {
    setFailure(null);
    act.mutate(
      { id: intro.id, body: { action, ...extra } },
      { onSuccess: onDone, onError: (e) => setFailure(errorMessage(e, lang, t('error.generic'), t('error.network'))) },
    );
  };
  return (
    <article aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="h3">
        {intro.startup.name} → {intro.investor.name}
      </h2>
      <p className="muted">{formatDate(intro.requestedAt, lang)}</p>
      <p className="prewrap">{intro.message}</p>
      <IntroState intro={intro} />
      <Outcome text={null} error={failure} />
      <div className="form-actions">
        {intro.actions.includes('forward') && (
          <button type="button" className="btn btn-primary" disabled={act.isPending} onClick={() => run('forward')}>
            {t('inc.intro.forward')}
          </button>
        )}
        {intro.actions.includes('accept') && (
          <button type="button" className="btn btn-secondary" disabled={act.isPending} onClick={() => run('accept')}>
            {t('inc.intro.accept')}
          </button>
        )}
        {intro.actions.includes('decline') && !declining && (
          <button type="button" className="btn btn-secondary" onClick={() => setDeclining(true)}>
            {t('inc.intro.decline')}
          </button>
        )}
      </div>
      {declining && (
        <form
          className="form"
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            if (!reason.trim()) {
              setError(t('inc.intro.reasonRule'));
              return;
            }
            setError(null);
            run('decline', { reason: reason.trim() });
          }}
        >
          <div className={error ? 'field has-error' : 'field'}>
            <label htmlFor={`${id}-reason`}>{t('inc.intro.declineReason')}</label>
            <textarea
              id={`${id}-reason`}
              rows={3}
              value={reason}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-reason-err` : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
            <FieldErrors id={`${id}-reason-err`} errors={error ? [error] : []} />
          </div>
          <div className="form-actions">
            <button type="button" className="btn btn-secondary" onClick={() => setDeclining(false)}>
              {t('inc.common.cancel')}
            </button>
            <button type="submit" className="btn btn-danger" disabled={act.isPending}>
              {t('inc.intro.decline')}
            </button>
          </div>
        </form>
      )}
    </article>
  );
}
