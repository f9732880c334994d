import { useRef, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { DraftView } from '@sti/techmart/api';
import type { Path, PathValue } from 'react-hook-form';
import { contactOfAccount } from './accountDefaults.ts';
import { useListingForm } from './useListingForm.ts';
import { ApiError, api, errorMessage, TECHMART } from '../../shared/api/client.ts';
import { useAuth } from '../../shell/auth/AuthProvider.tsx';
import { AttachmentsField } from '../attachments/AttachmentsField.tsx';
import { FieldHelp } from '../help/FieldHelp.tsx';
import { IP_STATUS_HELP, TRANSFER_MODES_HELP, TRL_HELP } from '../help/plain-help.ts';
import { formFromDraftInput, toDraftInput } from './offer-draft.ts';
import { PriceInput } from './PriceInput.tsx';
import { UnsavedChangesDialog } from './UnsavedChangesDialog.tsx';
import { useUnsavedChanges } from './use-unsaved-changes.ts';
import { sectorName, useReference } from '../api/reference.ts';
import {
  CONDITIONS,
  IP_STATUSES,
  TRANSFER_MODES,
  type EquipmentCondition,
  type IpStatus,
  type LocalizedText,
  type Offer,
} from '../api/techmart-types.ts';
import { invalidateListing, useListing, useSaveListing } from '../api/techmart-queries.ts';
import { EditNotices, FieldErrors, Req, SelectField, TextField } from '../../shared/components/FormFields.tsx';
import { ErrorBox, Flash, Loading } from '../../shared/components/Status.tsx';
import { LocalityContactFields } from '../components/LocalityContactFields.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import {
  LIMITS,
  emptyForm,
  fieldId,
  formFromOffer,
  normaliseServerField,
  readinessIsOptional,
  toOfferInput,
  validateOffer,
  type OfferFormState,
} from './offerForm.ts';
import { useTitle } from '../../shared/lib/useTitle.ts';
import type { FlashState } from '../my/MyListingsPage.tsx';

interface ShownError {
  field: string;
  text: string;
}

export function OfferFormPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const draftId = id ? null : params.get('draft');
  const equipmentEntry = pathname.startsWith('/my/equipment');
  const res = useListing<Offer>('offers', id);
  const draft = useQuery({
    queryKey: ['techmart', 'draft', draftId ?? ''],
    queryFn: ({ signal }) => api<DraftView>(`${TECHMART}/drafts/${encodeURIComponent(draftId ?? '')}`, { signal }),
    enabled: Boolean(draftId),
    staleTime: 0,
  });
  useTitle(id ? t('form.editTitle') : equipmentEntry ? t('equipment.new') : t('form.createTitle'));
  const pending = id ? res : draftId ? draft : null;
  if (pending && !pending.data) {
    return (
      <div className="container narrow page">
        {pending.isPending ? <Loading /> : <ErrorBox error={pending.error} onRetry={() => void pending.refetch()} />}
      </div>
    );
  }
  return (
    <OfferForm
      key={res.data?.id ?? draft.data?.id ?? (equipmentEntry ? 'new-equipment' : 'new')}
      offer={id ? res.data : undefined}
      draft={draftId ? draft.data : undefined}
      initialKind={equipmentEntry ? 'equipment' : 'technology'}
    />
  );
}

function OfferForm({
  offer,
  draft,
  initialKind,
}: {
  offer?: Offer;
  draft?: DraftView;
  initialKind: 'technology' | 'equipment';
}) {
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { sectors, provinces } = useReference();
  const saveListing = useSaveListing<Offer>('offers');
  const location = useLocation();
  const { identity } = useAuth();
  const listing = useListingForm<OfferFormState>(
    () =>
      offer
        ? formFromOffer(offer)
        : draft
          ? formFromDraftInput(draft.input)
          : { ...emptyForm(), kind: initialKind, ...contactOfAccount(identity) },
    validateOffer,
  );
  const [draftId, setDraftId] = useState(draft?.id);
  const queryClient = useQueryClient();
  const { form, clientErrors } = listing;
  const [serverErrors, setServerErrors] = useState<{ field: string; message: LocalizedText }[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const showErrors = listing.submitted;
  const summaryRef = useRef<HTMLDivElement>(null);
  const editable = !offer || offer.status === 'draft' || offer.status === 'returned' || offer.status === 'published';
  const { blocker, allowNextNavigation } = useUnsavedChanges(listing.isDirty && !saving);

  /**
   * A new listing saves as a draft with whatever is filled in (no completeness check). A complete one
   * is saved as a listing in draft status instead and stays open: photos attach to a listing, so a
   * first-time business can add them right after saving, then submit.
   */
  const saveDraft = async () => {
    setFormError(null);
    setSaving(true);
    try {
      if (!draftId && validateOffer(form).length === 0) {
        const created = await saveListing.mutateAsync({ body: toOfferInput(form), submit: false });
        allowNextNavigation();
        const flash: FlashState = { flash: t('my.saved', { title: created.title }) };
        navigate(`/my/offers/${encodeURIComponent(created.id)}/edit`, { state: flash });
        return;
      }
      const input = toDraftInput(form);
      const saved = draftId
        ? await api<DraftView>(`${TECHMART}/drafts/${encodeURIComponent(draftId)}`, { method: 'PUT', json: { input } })
        : await api<DraftView>(`${TECHMART}/drafts`, { method: 'POST', json: { type: 'offer', input } });
      setDraftId(saved.id);
      await invalidateListing(queryClient, 'offers');
      allowNextNavigation();
      const flash: FlashState = { flash: t('my.saved', { title: saved.title || t('draft.untitled') }) };
      navigate('/my/listings', { state: flash });
    } catch (e) {
      setFormError(errorMessage(e, lang, t('error.generic'), t('error.network')));
      requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      setSaving(false);
    }
  };

  const set = <K extends keyof OfferFormState>(key: K, value: OfferFormState[K]) => {
    listing.set(key as Path<OfferFormState>, value as PathValue<OfferFormState, Path<OfferFormState>>);
    setServerErrors((errs) => errs.filter((e) => !fieldMatches(e.field, key)));
  };

  const shown: ShownError[] = [
    ...clientErrors.map((e) => ({
      field: e.field,
      text: e.text ? e.text[lang] : t(e.key, { ...(e.vars ?? {}), field: e.label ? t(e.label) : '' }),
    })),
    ...serverErrors
      .filter((s) => !clientErrors.some((c) => c.field === s.field))
      .map((e) => ({ field: e.field, text: e.message[lang] || e.message.vi })),
  ];
  const errorFor = (field: string) => shown.filter((e) => e.field === field).map((e) => e.text);

  const save = async (andSubmit: boolean) => {
    setFormError(null);
    if (!(await listing.validateNow())) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setSaving(true);
    setServerErrors([]);
    try {
      const input = toOfferInput(form);
      let saved: Offer | undefined;
      if (draftId && !offer) {
        await api(`${TECHMART}/drafts/${encodeURIComponent(draftId)}`, { method: 'PUT', json: { input } });
        saved = (
          await api<{ listing: Offer }>(`${TECHMART}/drafts/${encodeURIComponent(draftId)}/submit`, {
            method: 'POST',
            json: {},
          })
        ).listing;
      } else {
        saved = await saveListing.mutateAsync(
          offer
            ? { id: offer.id, body: { ...input, revision: offer.revision }, submit: andSubmit }
            : { body: input, submit: andSubmit },
        );
      }
      if (draftId && !offer) await invalidateListing(queryClient, 'offers', saved?.id);
      allowNextNavigation();
      const flash: FlashState = {
        flash: t(andSubmit ? 'my.submitted' : 'my.saved', { title: saved?.title ?? input.title }),
      };
      navigate('/my/listings', { state: flash });
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) setFormError(t('form.conflict'));
      else {
        const fieldErrors = e instanceof ApiError ? (e.problem?.errors ?? []) : [];
        setServerErrors(
          fieldErrors.map((fe) => ({
            field: normaliseServerField(fe.field),
            message: fe.message ?? { vi: fe.code ?? t('error.generic'), en: fe.code ?? t('error.generic') },
          })),
        );
        setFormError(errorMessage(e, lang, t('error.generic'), t('error.network')));
      }
      requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      setSaving(false);
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save(true);
  };

  return (
    <div className="container narrow page">
      <h1>{offer ? t('form.editTitle') : initialKind === 'equipment' ? t('equipment.new') : t('form.createTitle')}</h1>
      <Flash message={(location.state as FlashState | null)?.flash} />
      {offer && (
        <p>
          <StatusBadge status={offer.status} />
        </p>
      )}
      {offer && (
        <EditNotices
          status={offer.status}
          returnReason={offer.returnReason}
          hasPublishedVersion={!!offer.publishedVersion}
        />
      )}
      {!editable && <ErrorBox>{t('form.notEditable')}</ErrorBox>}

      <div ref={summaryRef} tabIndex={-1} className="error-summary-anchor">
        {(formError || (showErrors && shown.length > 0)) && (
          <div className="alert alert-error" role="alert">
            {formError && <p>{formError}</p>}
            {shown.length > 0 && (
              <>
                <p>
                  <strong>{t('form.errorSummary')}</strong>
                </p>
                <ul>
                  {shown.map((e) => (
                    <li key={`${e.field}-${e.text}`}>
                      <a href={`#${fieldId(e.field)}`}>{e.text}</a>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        )}
      </div>

      <form className="form" noValidate onSubmit={onSubmit}>
        <fieldset className="field" disabled={!!offer}>
          <legend>
            {t('form.kind')} <Req />
          </legend>
          <div className="radio-row" id={fieldId('kind')}>
            {(['technology', 'equipment'] as const).map((k) => (
              <label key={k} className="choice">
                <input type="radio" name="kind" value={k} checked={form.kind === k} onChange={() => set('kind', k)} />
                {t(`form.kind.${k}`)}
              </label>
            ))}
          </div>
        </fieldset>

        {form.kind === 'equipment' && (
          <fieldset className="field">
            <legend>{t('form.equipment')}</legend>
            <div className="grid-2">
              <SelectField
                field="equipment.condition"
                label={t('form.condition')}
                value={form.condition}
                errors={errorFor('equipment.condition')}
                onChange={(v) => set('condition', v as EquipmentCondition | '')}
              >
                <option value="">{t('form.choose')}</option>
                {CONDITIONS.map((c) => (
                  <option key={c} value={c}>
                    {t(`condition.${c}`)}
                  </option>
                ))}
              </SelectField>
              <TextField
                field="equipment.quantity"
                label={t('form.quantity')}
                required
                hideCounter
                inputMode="numeric"
                value={form.quantity}
                max={9}
                errors={errorFor('equipment.quantity')}
                onChange={(v) => set('quantity', v)}
              />
            </div>
            <h2 className="h3">{t('form.specs')}</h2>
            {form.specs.map((s, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
              <div className="spec-row" key={i} id={fieldId(`equipment.specifications.${i}`)}>
                <TextField
                  field={`equipment.specifications.${i}.name`}
                  label={t('form.specName', { n: i + 1 })}
                  hideCounter
                  value={s.name}
                  max={200}
                  errors={[]}
                  onChange={(v) =>
                    set(
                      'specs',
                      form.specs.map((x, j) => (j === i ? { ...x, name: v } : x)),
                    )
                  }
                />
                <TextField
                  field={`equipment.specifications.${i}.value`}
                  label={t('form.specValue', { n: i + 1 })}
                  hideCounter
                  value={s.value}
                  max={500}
                  errors={errorFor(`equipment.specifications.${i}`)}
                  onChange={(v) =>
                    set(
                      'specs',
                      form.specs.map((x, j) => (j === i ? { ...x, value: v } : x)),
                    )
                  }
                />
                <button
                  type="button"
                  className="btn btn-ghost"
                  onClick={() =>
                    set(
                      'specs',
                      form.specs.filter((_, j) => j !== i),
                    )
                  }
                >
                  {t('form.removeSpec', { n: i + 1 })}
                </button>
              </div>
            ))}
            {form.specs.length < LIMITS.specs.max && (
              <button
                type="button"
                className="btn btn-secondary"
                onClick={() => set('specs', [...form.specs, { name: '', value: '' }])}
              >
                {t('form.addSpec')}
              </button>
            )}
          </fieldset>
        )}

        <TextField
          field="title"
          label={t('form.title')}
          required
          value={form.title}
          max={LIMITS.title.max}
          errors={errorFor('title')}
          onChange={(v) => set('title', v)}
        />
        <TextField
          field="summary"
          label={t('form.summary')}
          required
          multiline
          rows={3}
          value={form.summary}
          max={LIMITS.summary.max}
          errors={errorFor('summary')}
          onChange={(v) => set('summary', v)}
        />
        <TextField
          field="description"
          label={t('form.description')}
          multiline
          rows={8}
          value={form.description}
          max={LIMITS.description.max}
          errors={errorFor('description')}
          onChange={(v) => set('description', v)}
        />

        <div className="grid-2">
          <SelectField
            field="sectorCode"
            label={t('form.sector')}
            value={form.sectorCode}
            errors={errorFor('sectorCode')}
            onChange={(v) => set('sectorCode', v)}
          >
            <option value="">{t('form.choose')}</option>
            {sectors.map((s) => (
              <option key={s.code} value={s.code}>
                {sectorName(s, sectors, lang)}
              </option>
            ))}
          </SelectField>
          <SelectField
            field="trl"
            label={t('form.trl')}
            optional={readinessIsOptional(form)}
            value={form.trl}
            errors={errorFor('trl')}
            onChange={(v) => set('trl', v)}
          >
            <option value="">{t('form.choose')}</option>
            {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => (
              <option key={n} value={String(n)}>
                {t('trl.value', { n })}
              </option>
            ))}
          </SelectField>
        </div>

        <FieldHelp entry={TRL_HELP} label={t('form.trl')} />
        {readinessIsOptional(form) && <p className="hint">{t('equipment.optionalForUsed')}</p>}

        <TextField
          field="keywords"
          label={t('form.keywords')}
          hint={t('form.keywordsHint')}
          hideCounter
          value={form.keywords}
          max={2000}
          errors={errorFor('keywords')}
          onChange={(v) => set('keywords', v)}
        />

        <SelectField
          field="ipStatus"
          label={t('form.ipStatus')}
          optional={readinessIsOptional(form)}
          value={form.ipStatus}
          errors={errorFor('ipStatus')}
          onChange={(v) => set('ipStatus', v as IpStatus | '')}
        >
          <option value="">{t('form.choose')}</option>
          {IP_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`ip.${s}`)}
            </option>
          ))}
        </SelectField>
        <FieldHelp entry={IP_STATUS_HELP} label={t('form.ipStatus')} />

        <fieldset
          className="field"
          aria-describedby={errorFor('transferModes').length ? `${fieldId('transferModes')}-err` : undefined}
        >
          <legend>
            {t('form.transferModes')} <Req />
          </legend>
          <div className="check-grid" id={fieldId('transferModes')}>
            {TRANSFER_MODES.map((m) => (
              <label key={m} className="choice">
                <input
                  type="checkbox"
                  checked={form.transferModes.includes(m)}
                  onChange={(e) =>
                    set(
                      'transferModes',
                      e.target.checked ? [...form.transferModes, m] : form.transferModes.filter((x) => x !== m),
                    )
                  }
                />
                {t(`transfer.${m}`)}
              </label>
            ))}
          </div>
          <FieldErrors id={`${fieldId('transferModes')}-err`} errors={errorFor('transferModes')} />
          <FieldHelp entry={TRANSFER_MODES_HELP} label={t('form.transferModes')} />
        </fieldset>

        <fieldset className="field">
          <legend>{t('form.price')}</legend>
          <div className="radio-row">
            <label className="choice">
              <input
                type="radio"
                name="priceMode"
                checked={form.priceMode === 'negotiable'}
                onChange={() => set('priceMode', 'negotiable')}
              />
              {t('form.price.negotiable')}
            </label>
            <label className="choice">
              <input
                type="radio"
                name="priceMode"
                checked={form.priceMode === 'amount'}
                onChange={() => set('priceMode', 'amount')}
              />
              {t('form.price.amount')}
            </label>
          </div>
          {form.priceMode === 'amount' && (
            <PriceInput
              field="price.amountVnd"
              label={t('form.price.amountLabel')}
              amountVnd={form.amountVnd}
              errors={errorFor('price.amountVnd')}
              onChange={(v) => set('amountVnd', v)}
            />
          )}
        </fieldset>

        <LocalityContactFields value={form} provinces={provinces} errorFor={errorFor} onChange={set} />

        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={saving || !editable}>
            {saving ? t('form.saving') : t('form.saveSubmit')}
          </button>
          <button
            type="button"
            className="btn btn-secondary"
            disabled={saving || !editable}
            onClick={() => void (offer ? save(false) : saveDraft())}
          >
            {offer ? t('form.save') : t('draft.save')}
          </button>
          <button type="button" className="btn btn-ghost" onClick={() => navigate('/my/listings')}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
      <AttachmentsField
        collection="offers"
        listingId={offer?.id}
        title={form.title || offer?.title || ''}
        attachments={offer?.attachments ?? []}
      />
      <UnsavedChangesDialog blocker={blocker} />
    </div>
  );
}

function fieldMatches(serverField: string, key: keyof OfferFormState): boolean {
  const map: Partial<Record<keyof OfferFormState, string>> = {
    amountVnd: 'price.amountVnd',
    provinceCode: 'locality.provinceCode',
    communeCode: 'locality.communeCode',
    contactName: 'contact.name',
    contactEmail: 'contact.email',
    contactPhone: 'contact.phone',
    condition: 'equipment.condition',
    quantity: 'equipment.quantity',
  };
  return serverField === (map[key] ?? key) || (key === 'specs' && serverField.startsWith('equipment.specifications'));
}
