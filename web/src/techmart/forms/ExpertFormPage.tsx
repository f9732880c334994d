// The expert-profile form of a researcher (/my/experts/new, /my/experts/:id/edit).

import { useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { Path, PathValue } from 'react-hook-form';
import { AttachmentsField } from '../attachments/AttachmentsField.tsx';
import { useListingForm } from './useListingForm.ts';
import { sectorName, useReference } from '../api/reference.ts';
import type { Expert } from '../api/techmart-types.ts';
import { useListing, useSaveListing } from '../api/techmart-queries.ts';
import { useAuth } from '../../shell/auth/AuthProvider.tsx';
import {
  EditNotices,
  ErrorSummary,
  FieldErrors,
  Req,
  SelectField,
  TextField,
  useFormErrors,
} from '../../shared/components/FormFields.tsx';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { LocalityContactFields } from '../components/LocalityContactFields.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import {
  EXPERT_LIMITS,
  EXPERT_RESULT_KINDS,
  type ExpertFormState,
  type ExpertResultKind,
  emptyExpertForm,
  expertFormFromExpert,
  expertServerField,
  toExpertInput,
  validateExpert,
} from './expertForm.ts';
import { fieldId } from './offerForm.ts';
import { useTitle } from '../../shared/lib/useTitle.ts';
import type { FlashState } from '../my/MyListingsPage.tsx';

export function ExpertFormPage() {
  const { id } = useParams();
  const { t } = useI18n();
  const res = useListing<Expert>('experts', id);
  useTitle(id ? t('expert.editTitle') : t('expert.createTitle'));
  if (id && !res.data) {
    return (
      <div className="container narrow page">
        {res.isPending ? <Loading /> : <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      </div>
    );
  }
  return <ExpertForm key={res.data?.id ?? 'new'} expert={res.data} />;
}

const CONTROL_OF: Partial<Record<keyof ExpertFormState, string>> = {
  provinceCode: 'locality.provinceCode',
  communeCode: 'locality.communeCode',
  contactName: 'contact.name',
  contactEmail: 'contact.email',
  contactPhone: 'contact.phone',
};

function ExpertForm({ expert }: { expert?: Expert | undefined }) {
  const { t, lang } = useI18n();
  const saveListing = useSaveListing<Expert>('experts');
  const navigate = useNavigate();
  const { identity } = useAuth();
  const { sectors, provinces } = useReference();
  const listing = useListingForm<ExpertFormState>(
    () => (expert ? expertFormFromExpert(expert) : emptyExpertForm()),
    validateExpert,
  );
  const { form } = listing;
  // the form's errors (react-hook-form, zod resolver) and the server's feed one error summary
  const errs = useFormErrors(expertServerField, listing.clientErrors);
  const [saving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const status = expert?.status ?? 'draft';
  const editable = !expert || status === 'draft' || status === 'returned' || status === 'published';
  const organisation = expert?.organisation?.name ?? identity?.organisationName;

  const set = <K extends keyof ExpertFormState>(key: K, value: ExpertFormState[K]) => {
    listing.set(key as Path<ExpertFormState>, value as PathValue<ExpertFormState, Path<ExpertFormState>>);
    const control = CONTROL_OF[key] ?? key;
    errs.clearServer((field) => field === control || (key === 'results' && field.startsWith('results')));
  };
  const setResult = (i: number, patch: Partial<ExpertFormState['results'][number]>) =>
    set(
      'results',
      form.results.map((r, j) => (j === i ? { ...r, ...patch } : r)),
    );

  const save = async (andSubmit: boolean) => {
    errs.setShowErrors(true);
    errs.setFormError(null);
    if (!(await listing.validateNow())) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    setSaving(true);
    errs.resetServer();
    try {
      const input = toExpertInput(form);
      const saved = await saveListing.mutateAsync(
        expert
          ? { id: expert.id, body: { ...input, revision: expert.revision ?? 0 }, submit: andSubmit }
          : { body: input, submit: andSubmit },
      );
      const flash: FlashState = {
        flash: t(andSubmit ? 'my.submitted' : 'my.saved', { title: saved?.fullName ?? input.fullName }),
      };
      navigate('/my/listings?type=experts', { state: flash });
    } catch (e) {
      errs.fromFailure(e);
      requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      setSaving(false);
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void save(true);
  };

  const { errorFor } = errs;

  return (
    <div className="container narrow page">
      <h1>{expert ? t('expert.editTitle') : t('expert.createTitle')}</h1>
      {expert && (
        <p>
          <StatusBadge status={status} />
        </p>
      )}
      {expert && (
        <EditNotices
          status={status}
          returnReason={expert.returnReason}
          hasPublishedVersion={!!expert.publishedVersion}
        />
      )}
      {!editable && <ErrorBox>{t('form.notEditable')}</ErrorBox>}

      <ErrorSummary anchor={summaryRef} formError={errs.formError} shown={errs.shown} visible={errs.showErrors} />

      <form className="form" noValidate onSubmit={onSubmit}>
        <div className="grid-2">
          <TextField
            field="fullName"
            label={t('expert.fullName')}
            required
            hideCounter
            autoComplete="name"
            value={form.fullName}
            max={EXPERT_LIMITS.fullName.max}
            errors={errorFor('fullName')}
            onChange={(v) => set('fullName', v)}
          />
          <TextField
            field="academicTitle"
            label={t('expert.academicTitle')}
            hint={t('expert.academicTitleHint')}
            hideCounter
            value={form.academicTitle}
            max={EXPERT_LIMITS.academicTitle.max}
            errors={errorFor('academicTitle')}
            onChange={(v) => set('academicTitle', v)}
          />
        </div>
        {organisation && (
          <p className="hint">
            <strong>{t('expert.organisation')}:</strong> {t('expert.organisationHint', { name: organisation })}
          </p>
        )}

        <fieldset
          className="field"
          aria-describedby={[
            `${fieldId('fieldCodes')}-hint`,
            errorFor('fieldCodes').length ? `${fieldId('fieldCodes')}-err` : '',
          ]
            .filter(Boolean)
            .join(' ')}
        >
          <legend>
            {t('expert.fields')} <Req />
          </legend>
          <p className="hint" id={`${fieldId('fieldCodes')}-hint`}>
            {t('expert.fieldsHint')}
          </p>
          <div className="check-grid" id={fieldId('fieldCodes')}>
            {sectors.map((s) => (
              <label key={s.code} className="choice">
                <input
                  type="checkbox"
                  checked={form.fieldCodes.includes(s.code)}
                  onChange={(e) =>
                    set(
                      'fieldCodes',
                      e.target.checked ? [...form.fieldCodes, s.code] : form.fieldCodes.filter((c) => c !== s.code),
                    )
                  }
                />
                {sectorName(s, sectors, lang)}
              </label>
            ))}
          </div>
          <FieldErrors id={`${fieldId('fieldCodes')}-err`} errors={errorFor('fieldCodes')} />
        </fieldset>

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

        <fieldset className="field">
          <legend>{t('expert.results')}</legend>
          <FieldErrors id={`${fieldId('results')}-err`} errors={errorFor('results')} />
          {form.results.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
            <div className="result-row" key={i} id={fieldId(`results.${i}`)}>
              <TextField
                field={`results.${i}.title`}
                label={t('expert.resultTitle', { n: i + 1 })}
                hideCounter
                value={r.title}
                max={EXPERT_LIMITS.resultTitle.max}
                errors={errorFor(`results.${i}`)}
                onChange={(v) => setResult(i, { title: v })}
              />
              <TextField
                field={`results.${i}.year`}
                label={t('expert.resultYear', { n: i + 1 })}
                hideCounter
                inputMode="numeric"
                value={r.year}
                max={4}
                errors={[]}
                onChange={(v) => setResult(i, { year: v.trim() })}
              />
              <SelectField
                field={`results.${i}.kind`}
                label={t('expert.resultKind', { n: i + 1 })}
                value={r.kind}
                errors={[]}
                onChange={(v) => setResult(i, { kind: v as ExpertResultKind | '' })}
              >
                <option value="">{t('form.choose')}</option>
                {EXPERT_RESULT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`expert.kind.${k}`)}
                  </option>
                ))}
              </SelectField>
              <button
                type="button"
                className="btn btn-ghost"
                onClick={() =>
                  set(
                    'results',
                    form.results.filter((_, j) => j !== i),
                  )
                }
              >
                {t('expert.removeResult', { n: i + 1 })}
              </button>
            </div>
          ))}
          {form.results.length < EXPERT_LIMITS.results.max && (
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => set('results', [...form.results, { title: '', year: '', kind: '' }])}
            >
              {t('expert.addResult')}
            </button>
          )}
        </fieldset>

        <div className="field">
          <label className="choice" htmlFor={fieldId('availableForConsulting')}>
            <input
              id={fieldId('availableForConsulting')}
              type="checkbox"
              checked={form.availableForConsulting}
              onChange={(e) => set('availableForConsulting', e.target.checked)}
            />
            {t('expert.consulting')}
          </label>
        </div>

        <TextField
          field="biography"
          label={t('expert.biography')}
          multiline
          rows={6}
          value={form.biography}
          max={EXPERT_LIMITS.biography.max}
          errors={errorFor('biography')}
          onChange={(v) => set('biography', v)}
        />

        <LocalityContactFields value={form} provinces={provinces} errorFor={errorFor} onChange={set} />

        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={saving || !editable}>
            {saving ? t('form.saving') : t('form.saveSubmit')}
          </button>
          <button
            type="button"
            className="btn btn-secondary"
            disabled={saving || !editable}
            onClick={() => void save(false)}
          >
            {t('form.save')}
          </button>
          <button type="button" className="btn btn-ghost" onClick={() => navigate('/my/listings?type=experts')}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
      <AttachmentsField
        collection="experts"
        listingId={expert?.id}
        title={form.fullName || expert?.fullName || ''}
        attachments={expert?.attachments ?? []}
      />
    </div>
  );
}
