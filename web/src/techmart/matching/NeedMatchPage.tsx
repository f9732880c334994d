// A need's suggestions for the officer: offers, equipment and experts ranked with their explanation;
// shortlist, dismiss with a reason, or connect both sides with an introduction.
import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { connectInputSchema, DISMISS_REASONS, dismissInputSchema, type SuggestionView } from '@sti/techmart/api';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link, useParams } from 'react-router';
import { z } from 'zod';
import { api, TECHMART } from '../../shared/api/client.ts';
import { FieldErrors } from '../../shared/components/FormFields.tsx';
import { ErrorBox, Flash, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatVnd } from '../../shared/lib/format.ts';
import { useTitle } from '../../shared/lib/useTitle.ts';
import { Dialog } from './Dialog.tsx';
import { Explanation } from './Explanation.tsx';
import { useConnect, useNeedSuggestions, useSuggestionDecision } from './matching-queries.ts';

const connectFormSchema = z.object({ message: connectInputSchema.shape.message });
type ConnectForm = z.infer<typeof connectFormSchema>;
type DismissForm = z.input<typeof dismissInputSchema>;

export function NeedMatchPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const qc = useQueryClient();
  const res = useNeedSuggestions(id);
  const [connecting, setConnecting] = useState<SuggestionView | null>(null);
  const [dismissing, setDismissing] = useState<SuggestionView | null>(null);
  const [flash, setFlash] = useState<string | null>(null);
  useTitle(res.data?.need.title ?? t('matching.title'));

  // Opening the need is looking at its suggestions: the workbench stops calling them new.
  useEffect(() => {
    if (!res.isSuccess) return;
    void api<void>(`${TECHMART}/matching/needs/${encodeURIComponent(id)}/suggestions/seen`, { method: 'POST' })
      .then(() => qc.invalidateQueries({ queryKey: ['techmart', 'matching', 'workbench'] }))
      .catch(() => {});
  }, [res.isSuccess, id, qc]);

  if (res.isPending) return <Loading />;
  if (res.isError)
    return (
      <div className="container page">
        <ErrorBox error={res.error} onRetry={() => void res.refetch()} />
      </div>
    );
  const { need } = res.data;
  const groups = [
    ['technology', res.data.technology],
    ['equipment', res.data.equipment],
    ['expert', res.data.expert],
  ] as const;
  return (
    <div className="container page">
      <p>
        <Link to="/matching">← {t('matching.title')}</Link>
      </p>
      <article aria-labelledby="need-title">
        <h1 id="need-title">{need.title}</h1>
        <dl className="facts">
          <dt>{t('matching.need.requester')}</dt>
          <dd>{need.requester.name}</dd>
          <dt>{t('matching.need.locality')}</dt>
          <dd>{[need.locality.communeName, need.locality.provinceName].filter(Boolean).join(', ')}</dd>
          {need.desiredTrl !== undefined && (
            <>
              <dt>{t('matching.need.trl')}</dt>
              <dd>{need.desiredTrl}</dd>
            </>
          )}
          {need.budget.maxVnd && (
            <>
              <dt>{t('matching.need.budget')}</dt>
              <dd>≤ {formatVnd(need.budget.maxVnd)} đ</dd>
            </>
          )}
        </dl>
        <p className="prewrap">{need.problem}</p>
      </article>
      <Flash message={flash} />
      {groups.map(([type, items]) => (
        <section key={type} aria-labelledby={`group-${type}`} className="suggestion-group">
          <h2 id={`group-${type}`}>{t(`matching.group.${type}`)}</h2>
          {items.length === 0 && <p className="empty">{t('matching.group.none')}</p>}
          <ol className="suggestion-list">
            {items.map((s) => (
              <SuggestionCard key={s.id} s={s} onConnect={() => setConnecting(s)} onDismiss={() => setDismissing(s)} />
            ))}
          </ol>
        </section>
      ))}
      {res.data.dismissed.length > 0 && (
        <section aria-labelledby="group-dismissed" className="suggestion-group">
          <h2 id="group-dismissed">{t('matching.group.dismissed')}</h2>
          <ul>
            {res.data.dismissed.map((s) => (
              <li key={s.id}>
                {s.candidate.title} —{' '}
                {t('matching.dismissed', {
                  reason: t(`matching.reason.${s.dismissal?.reasonCode ?? 'other'}`),
                })}
                {s.dismissal?.reasonText ? ` (${s.dismissal.reasonText})` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
      <Dialog open={connecting !== null} onClose={() => setConnecting(null)} titleId="connect-title">
        {connecting && (
          <ConnectForm
            suggestion={connecting}
            needTitle={need.title}
            onDone={() => {
              setConnecting(null);
              setFlash(t('matching.connect.done'));
            }}
            onCancel={() => setConnecting(null)}
          />
        )}
      </Dialog>
      <Dialog open={dismissing !== null} onClose={() => setDismissing(null)} titleId="dismiss-title">
        {dismissing && <DismissFormView suggestion={dismissing} onDone={() => setDismissing(null)} />}
      </Dialog>
    </div>
  );
}

function SuggestionCard({
  s,
  onConnect,
  onDismiss,
}: {
  s: SuggestionView;
  onConnect: () => void;
  onDismiss: () => void;
}) {
  const { t } = useI18n();
  const decide = useSuggestionDecision();
  const titleId = `s-${s.id}`;
  return (
    <li className="card suggestion" data-suggestion-id={s.id} aria-labelledby={titleId}>
      <h3 id={titleId} className="h4">
        {s.candidate.title} {s.isNew && <span className="badge badge-new">{t('matching.new')}</span>}{' '}
        {s.state === 'shortlisted' && <span className="badge">{t('matching.state.shortlisted')}</span>}
        {s.state === 'connected' && <span className="badge">{t('matching.state.connected')}</span>}
      </h3>
      <p className="meta">
        {t('matching.supplier')}: {s.candidate.owner.name} ·{' '}
        <strong>{t('matching.score', { points: s.points })}</strong>
      </p>
      <Explanation factors={s.factors} label={`${t('matching.why')}: ${s.candidate.title}`} />
      {decide.isError && <ErrorBox error={decide.error} />}
      {s.state !== 'connected' && (
        <p className="form-actions">
          <button
            type="button"
            className="btn btn-primary btn-sm"
            onClick={onConnect}
            aria-label={`${t('matching.connect')}: ${s.candidate.title}`}
          >
            {t('matching.connect')}
          </button>
          {s.state === 'suggested' && (
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              disabled={decide.isPending}
              onClick={() => decide.mutate({ id: s.id, action: 'shortlist' })}
              aria-label={`${t('matching.shortlist')}: ${s.candidate.title}`}
            >
              {t('matching.shortlist')}
            </button>
          )}
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            onClick={onDismiss}
            aria-label={`${t('matching.dismiss')}: ${s.candidate.title}`}
          >
            {t('matching.dismiss')}
          </button>
        </p>
      )}
    </li>
  );
}

function ConnectForm({
  suggestion,
  needTitle,
  onDone,
  onCancel,
}: {
  suggestion: SuggestionView;
  needTitle: string;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t, lang } = useI18n();
  const connect = useConnect();
  const form = useForm<ConnectForm>({
    resolver: zodResolver(connectFormSchema),
    defaultValues: {
      message:
        lang === 'vi'
          ? `Sở KH&CN xin giới thiệu ${suggestion.candidate.owner.name} với quý đơn vị về nhu cầu “${needTitle}”.`
          : `The Department introduces ${suggestion.candidate.owner.name} regarding the need “${needTitle}”.`,
    },
  });
  const errors = form.formState.errors.message?.message ? [form.formState.errors.message.message] : [];
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) =>
        connect.mutate({ suggestionId: suggestion.id, message: values.message }, { onSuccess: onDone }),
      )}
    >
      <h2 id="connect-title">{t('matching.connect.title')}</h2>
      <p>
        {needTitle} ↔ {suggestion.candidate.title} ({suggestion.candidate.owner.name})
      </p>
      <div className={errors.length ? 'field has-error' : 'field'}>
        <label htmlFor="connect-message">{t('matching.connect.message')}</label>
        <p id="connect-hint" className="hint">
          {t('matching.connect.hint')}
        </p>
        <textarea
          id="connect-message"
          rows={5}
          aria-describedby={errors.length ? 'connect-hint connect-err' : 'connect-hint'}
          aria-invalid={errors.length ? true : undefined}
          {...form.register('message')}
        />
        <FieldErrors id="connect-err" errors={errors} />
      </div>
      {connect.isError && <ErrorBox error={connect.error} />}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={connect.isPending}>
          {t('matching.connect.send')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onCancel}>
          {t('matching.cancel')}
        </button>
      </div>
    </form>
  );
}

function DismissFormView({ suggestion, onDone }: { suggestion: SuggestionView; onDone: () => void }) {
  const { t } = useI18n();
  const decide = useSuggestionDecision();
  const form = useForm<DismissForm>({
    resolver: zodResolver(dismissInputSchema),
    defaultValues: { reasonCode: 'not_relevant', reasonText: '' },
  });
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) =>
        decide.mutate(
          { id: suggestion.id, action: 'dismiss', body: dismissInputSchema.parse(values) },
          { onSuccess: onDone },
        ),
      )}
    >
      <h2 id="dismiss-title">{t('matching.dismiss.title')}</h2>
      <p>{suggestion.candidate.title}</p>
      <div className="field">
        <label htmlFor="dismiss-reason">{t('matching.dismiss.reason')}</label>
        <select id="dismiss-reason" {...form.register('reasonCode')}>
          {DISMISS_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`matching.reason.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="dismiss-text">{t('matching.dismiss.text')}</label>
        <textarea id="dismiss-text" rows={3} {...form.register('reasonText')} />
      </div>
      {decide.isError && <ErrorBox error={decide.error} />}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={decide.isPending}>
          {t('matching.dismiss.confirm')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onDone}>
          {t('matching.cancel')}
        </button>
      </div>
    </form>
  );
}
