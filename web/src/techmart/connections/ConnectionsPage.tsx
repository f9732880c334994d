// "Kết nối": a party's own connections (an officer's area) with accept/decline, the contact details
// once both sides accepted, the timeline, negotiation notes, the signed contract or the closure.
import { zodResolver } from '@hookform/resolvers/zod';
import {
  CLOSE_REASONS,
  closeInputSchema,
  type ConnectionView,
  DEAL_TRANSFER_TYPES,
  NOTE_KINDS,
  noteInputSchema,
  signInputSchema,
} from '@sti/techmart/api';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FieldErrors } from '../../shared/components/FormFields.tsx';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate, formatDateTime, formatVnd } from '../../shared/lib/format.ts';
import { useTitle } from '../../shared/lib/useTitle.ts';
import { Dialog } from '../matching/Dialog.tsx';
import { useConnectionAction, useConnections } from '../matching/matching-queries.ts';

export function ConnectionsPage() {
  const { t } = useI18n();
  useTitle(t('connections.title'));
  const res = useConnections();
  return (
    <div className="container page">
      <div className="page-head">
        <h1>{t('connections.title')}</h1>
      </div>
      <p>{t('connections.intro')}</p>
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.data && res.data.items.length === 0 && <p className="empty">{t('connections.empty')}</p>}
      <ul className="connection-list">
        {res.data?.items.map((c) => (
          <ConnectionCard key={c.id} c={c} />
        ))}
      </ul>
    </div>
  );
}

function ConnectionCard({ c }: { c: ConnectionView }) {
  const { t, lang } = useI18n();
  const action = useConnectionAction(c.id);
  const [signing, setSigning] = useState(false);
  const [closing, setClosing] = useState(false);
  const titleId = `conn-${c.id}`;
  const myDecision = c.myParty ? c.decisions[c.myParty] : undefined;
  const open = c.state === 'accepted' || c.state === 'negotiating';
  return (
    <li className="card connection" data-connection-id={c.id} aria-labelledby={titleId}>
      <h2 id={titleId} className="h3">
        {c.need.title} ↔ {c.candidate.title}
      </h2>
      <p>
        <span className={`badge badge-connection-${c.state}`} data-state={c.state}>
          {t(`connections.state.${c.state}`)}
        </span>
      </p>
      <dl className="facts">
        <dt>{t('connections.requester')}</dt>
        <dd>{c.requester.name}</dd>
        <dt>{t('connections.supplier')}</dt>
        <dd>{c.supplier.name}</dd>
        <dt>{t('connections.officer')}</dt>
        <dd>{[c.officer.name, c.officer.organisation].filter(Boolean).join(', ')}</dd>
      </dl>
      {c.myParty && <p>{t('connections.you', { party: t(`connections.party.${c.myParty}`) })}</p>}
      <p>
        {t('connections.decisions', {
          requester: t(`connections.decision.${c.decisions.requester}`),
          supplier: t(`connections.decision.${c.decisions.supplier}`),
        })}
      </p>
      <blockquote className="prewrap">
        <strong>{t('connections.message')}:</strong> {c.message}
      </blockquote>
      {c.contacts ? (
        <section aria-labelledby={`${titleId}-contacts`} className="contacts">
          <h3 id={`${titleId}-contacts`} className="h4">
            {t('connections.contacts')}
          </h3>
          <ul>
            {(['requester', 'supplier'] as const).map((side) => {
              const contact = c.contacts?.[side];
              return (
                <li key={side} data-contact={side}>
                  {side === 'requester' ? c.requester.name : c.supplier.name}: {contact?.name}
                  {contact?.phone ? ` · ${contact.phone}` : ''}
                  {contact?.email ? ` · ${contact.email}` : ''}
                </li>
              );
            })}
          </ul>
        </section>
      ) : (
        <p className="hint">{t('connections.contactsHidden')}</p>
      )}
      {c.deal && (
        <p className="deal" data-deal-value={c.deal.valueVnd}>
          {t('connections.deal', {
            date: formatDate(c.deal.signedOn, lang),
            value: formatVnd(c.deal.valueVnd) ?? c.deal.valueVnd,
            type: t(`transfer.${c.deal.transferType}`),
          })}
          {c.deal.registrationRequired &&
            ` — ${
              c.deal.registrationNumber
                ? t('connections.deal.registration', { number: c.deal.registrationNumber })
                : t('connections.deal.registrationPending')
            }`}
        </p>
      )}
      {c.closure && (
        <p>
          {t('connections.closure', { reason: t(`close.${c.closure.reasonCode}`) })}
          {c.closure.reasonText ? ` — ${c.closure.reasonText}` : ''}
        </p>
      )}
      {action.isError && <ErrorBox error={action.error} />}
      {c.state === 'proposed' && myDecision === 'pending' && (
        <p className="form-actions">
          <button
            type="button"
            className="btn btn-primary"
            disabled={action.isPending}
            onClick={() => action.mutate({ action: 'decision', body: { accept: true } })}
          >
            {t('connections.accept')}
          </button>
          <button
            type="button"
            className="btn btn-secondary"
            disabled={action.isPending}
            onClick={() => action.mutate({ action: 'decision', body: { accept: false } })}
          >
            {t('connections.decline')}
          </button>
        </p>
      )}
      {open && <NoteForm id={c.id} />}
      {open && (
        <p className="form-actions">
          <button type="button" className="btn btn-primary" onClick={() => setSigning(true)}>
            {t('connections.sign')}
          </button>
          <button type="button" className="btn btn-ghost" onClick={() => setClosing(true)}>
            {t('connections.close')}
          </button>
        </p>
      )}
      <details className="timeline">
        <summary>{t('connections.timeline')}</summary>
        <ol>
          {c.timeline.map((s, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the timeline is append-only, its order is its identity
            <li key={i}>
              {formatDateTime(s.at, lang)} — {t(`connections.step.${s.kind}`)} ({s.by}){s.text ? `: ${s.text}` : ''}
            </li>
          ))}
        </ol>
      </details>
      <Dialog open={signing} onClose={() => setSigning(false)} titleId={`${titleId}-sign`}>
        <SignForm id={c.id} titleId={`${titleId}-sign`} onDone={() => setSigning(false)} />
      </Dialog>
      <Dialog open={closing} onClose={() => setClosing(false)} titleId={`${titleId}-close`}>
        <CloseForm id={c.id} titleId={`${titleId}-close`} onDone={() => setClosing(false)} />
      </Dialog>
    </li>
  );
}

const noteFormSchema = noteInputSchema.pick({ kind: true, text: true });

function NoteForm({ id }: { id: string }) {
  const { t } = useI18n();
  const action = useConnectionAction(id);
  const form = useForm<z.input<typeof noteFormSchema>>({
    resolver: zodResolver(noteFormSchema),
    defaultValues: { kind: 'meeting', text: '' },
  });
  const err = form.formState.errors.text?.message;
  return (
    <form
      noValidate
      className="note-form"
      onSubmit={form.handleSubmit((values) =>
        action.mutate({ action: 'notes', body: noteFormSchema.parse(values) }, { onSuccess: () => form.reset() }),
      )}
    >
      <div className="field">
        <label htmlFor={`note-kind-${id}`}>{t('connections.note.kind')}</label>
        <select id={`note-kind-${id}`} {...form.register('kind')}>
          {NOTE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`connections.step.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <div className={err ? 'field has-error' : 'field'}>
        <label htmlFor={`note-text-${id}`}>{t('connections.note.text')}</label>
        <textarea
          id={`note-text-${id}`}
          rows={2}
          aria-invalid={err ? true : undefined}
          aria-describedby={err ? `note-err-${id}` : undefined}
          {...form.register('text')}
        />
        <FieldErrors id={`note-err-${id}`} errors={err ? [err] : []} />
      </div>
      <button type="submit" className="btn btn-secondary btn-sm" disabled={action.isPending}>
        {t('connections.note.add')}
      </button>
    </form>
  );
}

const signFormSchema = signInputSchema;
type SignForm = z.input<typeof signFormSchema>;

function SignForm({ id, titleId, onDone }: { id: string; titleId: string; onDone: () => void }) {
  const { t } = useI18n();
  const action = useConnectionAction(id);
  const form = useForm<SignForm>({
    resolver: zodResolver(signFormSchema),
    defaultValues: {
      signedOn: new Date().toISOString().slice(0, 10),
      valueVnd: '',
      transferType: 'turnkey',
      registrationRequired: false,
      registrationNumber: '',
    },
  });
  const e = form.formState.errors;
  const errs = (m?: string) => (m ? [m] : []);
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) =>
        action.mutate({ action: 'sign', body: signFormSchema.parse(values) }, { onSuccess: onDone }),
      )}
    >
      <h2 id={titleId}>{t('connections.sign.title')}</h2>
      <div className="field">
        <label htmlFor={`sign-date-${id}`}>{t('connections.sign.date')}</label>
        <input id={`sign-date-${id}`} type="date" {...form.register('signedOn')} />
        <FieldErrors id={`sign-date-err-${id}`} errors={errs(e.signedOn?.message)} />
      </div>
      <div className={e.valueVnd ? 'field has-error' : 'field'}>
        <label htmlFor={`sign-value-${id}`}>{t('connections.sign.value')}</label>
        <input
          id={`sign-value-${id}`}
          inputMode="numeric"
          aria-invalid={e.valueVnd ? true : undefined}
          aria-describedby={e.valueVnd ? `sign-value-err-${id}` : undefined}
          {...form.register('valueVnd')}
        />
        <FieldErrors id={`sign-value-err-${id}`} errors={errs(e.valueVnd?.message)} />
      </div>
      <div className="field">
        <label htmlFor={`sign-type-${id}`}>{t('connections.sign.type')}</label>
        <select id={`sign-type-${id}`} {...form.register('transferType')}>
          {DEAL_TRANSFER_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`transfer.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-check">
        <input id={`sign-reg-${id}`} type="checkbox" {...form.register('registrationRequired')} />
        <label htmlFor={`sign-reg-${id}`}>{t('connections.sign.registration')}</label>
      </div>
      <div className="field">
        <label htmlFor={`sign-number-${id}`}>{t('connections.sign.number')}</label>
        <input id={`sign-number-${id}`} {...form.register('registrationNumber')} />
      </div>
      {action.isError && <ErrorBox error={action.error} />}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={action.isPending}>
          {t('connections.sign.save')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onDone}>
          {t('matching.cancel')}
        </button>
      </div>
    </form>
  );
}

function CloseForm({ id, titleId, onDone }: { id: string; titleId: string; onDone: () => void }) {
  const { t } = useI18n();
  const action = useConnectionAction(id);
  const form = useForm<z.input<typeof closeInputSchema>>({
    resolver: zodResolver(closeInputSchema),
    defaultValues: { reasonCode: 'price_not_agreed', reasonText: '' },
  });
  return (
    <form
      noValidate
      onSubmit={form.handleSubmit((values) =>
        action.mutate({ action: 'close', body: closeInputSchema.parse(values) }, { onSuccess: onDone }),
      )}
    >
      <h2 id={titleId}>{t('connections.close')}</h2>
      <div className="field">
        <label htmlFor={`close-reason-${id}`}>{t('connections.close.reason')}</label>
        <select id={`close-reason-${id}`} {...form.register('reasonCode')}>
          {CLOSE_REASONS.map((r) => (
            <option key={r} value={r}>
              {t(`close.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`close-text-${id}`}>{t('connections.close.text')}</label>
        <textarea id={`close-text-${id}`} rows={3} {...form.register('reasonText')} />
      </div>
      {action.isError && <ErrorBox error={action.error} />}
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={action.isPending}>
          {t('connections.close.save')}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onDone}>
          {t('matching.cancel')}
        </button>
      </div>
    </form>
  );
}
