import { OrganisationPicker } from '../intake/OrganisationPicker.tsx';
// The technology-need form: a business or researcher posts and edits its own needs (/my/needs/…);
// an officer records a need on behalf of a local business or co-operative (/intake/needs/…).

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { Path, PathValue } from 'react-hook-form';
import { contactOfAccount, localityOfCode } from './accountDefaults.ts';
import { AttachmentsField } from '../attachments/AttachmentsField.tsx';
import { useListingForm } from './useListingForm.ts';
import { useAuth } from '../../shell/auth/AuthProvider.tsx';
import { TECHMART } from '../../shared/api/client.ts';
import { sectorName, useReference } from '../api/reference.ts';
import type { Need } from '../api/techmart-types.ts';
import { useListing, useSaveListing } from '../api/techmart-queries.ts';
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
import { formatVnd } from '../../shared/lib/format.ts';
import {
  cleanAmount,
  emptyNeedForm,
  emptyOnBehalfOf,
  NEED_LIMITS,
  type NeedFormState,
  needFormFromNeed,
  needServerField,
  type OnBehalfOfState,
  toNeedInput,
  toNeedIntakeInput,
  validateNeed,
} from './needForm.ts';
import { fieldId } from './offerForm.ts';
import { useTitle } from '../../shared/lib/useTitle.ts';
import type { FlashState } from '../my/MyListingsPage.tsx';

export function NeedFormPage({ intake = false }: { intake?: boolean }) {
  const { id } = useParams();
  const { t } = useI18n();
  const res = useListing<Need>('needs', id);
  useTitle(intake && !id ? t('intake.title') : id ? t('need.editTitle') : t('need.createTitle'));
  if (id && !res.data) {
    return (
      <div className="container narrow page">
        {res.isPending ? <Loading /> : <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      </div>
    );
  }
  return <NeedForm key={res.data?.id ?? 'new'} need={res.data} intake={intake} />;
}

const CONTROL_OF: Partial<Record<keyof NeedFormState, string>> = {
  budgetMin: 'budget.minVnd',
  budgetMax: 'budget.maxVnd',
  provinceCode: 'locality.provinceCode',
  communeCode: 'locality.communeCode',
  contactName: 'contact.name',
  contactEmail: 'contact.email',
  contactPhone: 'contact.phone',
};

function NeedForm({ need, intake }: { need?: Need | undefined; intake: boolean }) {
  const { t, lang } = useI18n();
  const saveListing = useSaveListing<Need>('needs');
  const navigate = useNavigate();
  const { sectors, provinces } = useReference();
  // only a new intake names the organisation; an edit keeps the one the need belongs to
  const newIntake = intake && !need;
  const [behalf, setBehalf] = useState<OnBehalfOfState>(emptyOnBehalfOf);
  const { identity } = useAuth();
  const listing = useListingForm<NeedFormState>(
    // a business's own need starts with its contact; an intake's contact is the business's, not the officer's
    () => (need ? needFormFromNeed(need) : { ...emptyNeedForm(), ...(intake ? {} : contactOfAccount(identity)) }),
    (values) => validateNeed(values, newIntake ? behalf : undefined),
  );
  const { form } = listing;
  // an officer's intake starts in the officer's own commune (or province) once the localities are known
  const localityPreset = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the reference data arrives
  useEffect(() => {
    if (!newIntake || localityPreset.current || form.provinceCode) return;
    const preset = localityOfCode(identity?.localityCode, provinces);
    if (!preset) return;
    localityPreset.current = true;
    listing.methods.setValue('provinceCode', preset.provinceCode);
    listing.methods.setValue('communeCode', preset.communeCode);
  }, [provinces]);
  // the form's errors (react-hook-form, zod resolver) and the server's feed one error summary
  const errs = useFormErrors(needServerField, listing.clientErrors);
  const [saving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const status = need?.status ?? 'draft';
  const editable = !need || status === 'draft' || status === 'returned' || status === 'published';
  const backTo = intake ? (need ? `/needs/${encodeURIComponent(need.id)}` : '/') : '/my/listings?type=needs';

  // the organisation lives outside the form: re-check when it changes
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on a change of the organisation
  useEffect(() => listing.revalidate(), [behalf]);

  const set = <K extends keyof NeedFormState>(key: K, value: NeedFormState[K]) => {
    listing.set(key as Path<NeedFormState>, value as PathValue<NeedFormState, Path<NeedFormState>>);
    const control = CONTROL_OF[key] ?? key;
    errs.clearServer((field) => field === control);
  };
  const setBehalfField = (patch: Partial<OnBehalfOfState>) => {
    setBehalf((b) => ({ ...b, ...patch }));
    errs.clearServer((field) => field.startsWith('onBehalfOf'));
  };

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
      // an edit of a published need is sent to moderation by the server itself
      const saved = await saveListing.mutateAsync(
        need
          ? { id: need.id, body: { ...toNeedInput(form), revision: need.revision ?? 0 }, submit: andSubmit }
          : intake
            ? { body: toNeedIntakeInput(form, behalf), submit: andSubmit, path: `${TECHMART}/needs/intake` }
            : { body: toNeedInput(form), submit: andSubmit },
      );
      const savedId = saved?.id ?? need?.id;
      const title = saved?.title ?? form.title;
      if (intake && savedId) {
        const flash: FlashState = { flash: t(andSubmit ? 'intake.submitted' : 'intake.saved', { title }) };
        navigate(`/needs/${encodeURIComponent(savedId)}`, { state: flash });
      } else {
        const flash: FlashState = { flash: t(andSubmit ? 'my.submitted' : 'my.saved', { title }) };
        navigate('/my/listings?type=needs', { state: flash });
      }
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
  const preview = (raw: string) => {
    const v = cleanAmount(raw);
    const shown = v ? formatVnd(v) : null;
    return shown ? t('form.price.preview', { value: shown }) : undefined;
  };
  const heading = newIntake ? t('intake.title') : need ? t('need.editTitle') : t('need.createTitle');

  return (
    <div className="container narrow page">
      <h1>{heading}</h1>
      {newIntake && <p className="lead">{t('intake.lead')}</p>}
      {need && (
        <p>
          <StatusBadge status={status} />
        </p>
      )}
      {need?.intake?.enteredBy?.displayName && (
        <p className="intake-attribution">
          {t('need.intakeNotice', {
            name: need.intake.enteredBy.displayName,
            org: need.intake.onBehalfOf?.name ?? need.requester?.name ?? '',
          })}
        </p>
      )}
      {need && (
        <EditNotices status={status} returnReason={need.returnReason} hasPublishedVersion={!!need.publishedVersion} />
      )}
      {!editable && <ErrorBox>{t('form.notEditable')}</ErrorBox>}

      <ErrorSummary anchor={summaryRef} formError={errs.formError} shown={errs.shown} visible={errs.showErrors} />

      <form className="form" noValidate onSubmit={onSubmit}>
        {newIntake && (
          <fieldset className="field">
            <legend>
              {t('intake.onBehalfOf')} <Req />
            </legend>
            <OrganisationPicker
              value={behalf}
              errors={[...errorFor('onBehalfOf.organisationId'), ...errorFor('onBehalfOf.organisationName')]}
              onChange={(choice) => setBehalfField({ ...choice, mode: choice.organisationId ? 'existing' : 'name' })}
            />
          </fieldset>
        )}

        <TextField
          field="title"
          label={t('form.title')}
          required
          value={form.title}
          max={NEED_LIMITS.title.max}
          errors={errorFor('title')}
          onChange={(v) => set('title', v)}
        />
        <TextField
          field="problem"
          label={t('need.problem')}
          hint={t('need.problemHint')}
          required
          multiline
          rows={8}
          value={form.problem}
          max={NEED_LIMITS.problem.max}
          errors={errorFor('problem')}
          onChange={(v) => set('problem', v)}
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
            field="desiredTrl"
            label={t('need.desiredTrl')}
            optional
            value={form.desiredTrl}
            errors={errorFor('desiredTrl')}
            onChange={(v) => set('desiredTrl', v)}
          >
            <option value="">{t('need.notSpecified')}</option>
            {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => (
              <option key={n} value={String(n)}>
                {t('trl.value', { n })}
              </option>
            ))}
          </SelectField>
        </div>

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

        <fieldset className="field" aria-describedby={`${fieldId('budget')}-hint`}>
          <legend>{t('need.budget')}</legend>
          <p className="hint" id={`${fieldId('budget')}-hint`}>
            {t('need.budgetHint')}
          </p>
          <div className="grid-2">
            <TextField
              field="budget.minVnd"
              label={t('need.budgetMin')}
              inputMode="numeric"
              hideCounter
              max={18}
              value={form.budgetMin}
              hint={preview(form.budgetMin)}
              errors={errorFor('budget.minVnd')}
              onChange={(v) => set('budgetMin', cleanAmount(v))}
            />
            <TextField
              field="budget.maxVnd"
              label={t('need.budgetMax')}
              inputMode="numeric"
              hideCounter
              max={18}
              value={form.budgetMax}
              hint={preview(form.budgetMax)}
              errors={errorFor('budget.maxVnd')}
              onChange={(v) => set('budgetMax', cleanAmount(v))}
            />
          </div>
          <FieldErrors id={`${fieldId('budget')}-err`} errors={errorFor('budget')} />
        </fieldset>

        <TextField
          field="wantedBy"
          label={t('need.wantedBy')}
          type="date"
          hideCounter
          max={10}
          value={form.wantedBy}
          errors={errorFor('wantedBy')}
          onChange={(v) => set('wantedBy', v)}
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
          <button type="button" className="btn btn-ghost" onClick={() => navigate(backTo)}>
            {t('form.cancel')}
          </button>
        </div>
      </form>
      <AttachmentsField
        collection="needs"
        listingId={need?.id}
        title={form.title || need?.title || ''}
        attachments={need?.attachments ?? []}
      />
    </div>
  );
}
