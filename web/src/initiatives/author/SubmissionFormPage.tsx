// The author's submission form: the campaign, the authors with their shares (live feedback on the sum),
// the field, the content, dates, the benefit in VND, which free-text fields identify the authors (redacted
// for blind reviewers), and attachments once the draft exists. react-hook-form with the zod resolver.
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useId, useRef, useState } from 'react';
import { type FieldPath, useFieldArray, useForm } from 'react-hook-form';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { FieldErrors, Req } from '../../shared/components/FormFields.tsx';
import { ApiError, errorMessage } from '../../shared/api/client.ts';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import type { MessageKey } from '../../shared/i18n/registry.ts';
import { formatVnd } from '../../shared/lib/format.ts';
import { useAuth } from '../../shell/auth/AuthProvider.tsx';
import { SubmissionFiles } from '../components/SubmissionFiles.tsx';
import {
  useInitiativeReference,
  useOpenCampaigns,
  useSaveSubmission,
  useSubmission,
} from '../api/initiatives-queries.ts';
import { IniFrame } from '../components/IniFrame.tsx';
import { equalShares, shareStatus } from './author-shares.ts';
import {
  cleanVnd,
  emptySubmission,
  type FreeTextField,
  formOfSubmission,
  messageText,
  type SubmissionFormValues,
  submissionFormSchema,
  toSubmissionInput,
} from './submission-form.ts';

const LABEL: Record<FreeTextField, MessageKey> = {
  problem: 'ini.f.problem',
  solution: 'ini.f.solution',
  novelty: 'ini.f.novelty',
  applicationPlace: 'ini.f.applicationPlace',
  benefitText: 'ini.f.benefitText',
};

export function SubmissionFormPage() {
  const { id } = useParams();
  const existing = useSubmission(id);
  const { t } = useI18n();
  if (id && existing.isPending) return <Loading />;
  if (id && existing.isError)
    return (
      <div className="container page">
        <ErrorBox error={existing.error} onRetry={() => void existing.refetch()} />
      </div>
    );
  if (existing.data && !existing.data.can.edit)
    return (
      <IniFrame title={t('ini.form.editTitle')}>
        <p className="alert alert-info">{t('ini.form.notEditable')}</p>
        <Link to={`/sang-kien/cua-toi/${encodeURIComponent(existing.data.id)}`}>{t('ini.form.toDetail')}</Link>
      </IniFrame>
    );
  return <SubmissionForm key={id ?? 'new'} initial={existing.data ? formOfSubmission(existing.data) : null} id={id} />;
}

function SubmissionForm({ initial, id }: { initial: SubmissionFormValues | null; id: string | undefined }) {
  const { t, lang } = useI18n();
  const { identity } = useAuth();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const prefix = useId();
  const fid = (f: string) => `${prefix}-${f.replace(/\./g, '-')}`;
  const campaigns = useOpenCampaigns(!id);
  const reference = useInitiativeReference();
  const save = useSaveSubmission();
  const [formError, setFormError] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const form = useForm<SubmissionFormValues>({
    defaultValues: initial ?? emptySubmission(params.get('dot') ?? '', identity?.name ?? ''),
    resolver: zodResolver(submissionFormSchema),
  });
  const { register, control, formState, handleSubmit, setError, watch, setValue } = form;
  const authors = useFieldArray({ control, name: 'authors' });
  const shares = shareStatus(watch('authors').map((a) => ({ share: a.sharePercent })));
  const benefit = cleanVnd(watch('benefitVnd'));
  const identifying = watch('identifyingFields');

  // a single open campaign is chosen for the author
  const openItems = campaigns.data?.items ?? [];
  useEffect(() => {
    if (!id && openItems.length === 1 && !form.getValues('campaignId') && openItems[0])
      setValue('campaignId', openItems[0].id);
  }, [id, openItems, form, setValue]);

  const errorOf = (field: FieldPath<SubmissionFormValues>): string | undefined => {
    const parts = field.split('.');
    let node: unknown = formState.errors;
    for (const p of parts) node = (node as Record<string, unknown> | undefined)?.[p];
    const message = (node as { message?: string } | undefined)?.message;
    return messageText(message, lang, t);
  };
  const described = (field: FieldPath<SubmissionFormValues>, hint?: boolean) =>
    [hint ? `${fid(field)}-hint` : null, errorOf(field) ? `${fid(field)}-err` : null].filter(Boolean).join(' ') ||
    undefined;
  const invalid = (field: FieldPath<SubmissionFormValues>) => (errorOf(field) ? true : undefined);

  const run = (submit: boolean) =>
    handleSubmit(
      async (values) => {
        setFormError(null);
        try {
          const saved = await save.mutateAsync({ ...(id ? { id } : {}), input: toSubmissionInput(values), submit });
          navigate(`/sang-kien/cua-toi/${encodeURIComponent(saved.id)}`, {
            state: { flash: t(submit ? 'ini.form.submitted' : 'ini.form.saved') },
          });
        } catch (e) {
          const problem = e instanceof ApiError ? e.problem : null;
          for (const fe of problem?.errors ?? []) {
            const field = fe.field
              .replace(/^body\./, '')
              .replace(/\[(\d+)\]/g, '.$1') as FieldPath<SubmissionFormValues>;
            setError(field, { type: 'server', message: JSON.stringify(fe.message ?? { vi: fe.code, en: fe.code }) });
          }
          setFormError(errorMessage(e, lang, t('error.generic'), t('error.network')));
          summaryRef.current?.focus();
        }
      },
      () => {
        setFormError(t('ini.form.fix'));
        summaryRef.current?.focus();
      },
    );

  const shareText =
    shares.kind === 'exact'
      ? t('ini.shares.exact')
      : shares.kind === 'under'
        ? t('ini.shares.under', { total: shares.total, remaining: shares.remaining })
        : shares.kind === 'over'
          ? t('ini.shares.over', { total: shares.total, excess: shares.excess })
          : shares.kind === 'invalid'
            ? t('ini.shares.invalid', { rows: shares.rows.map((r) => r + 1).join(', ') })
            : t('ini.shares.empty');

  const textArea = (field: FreeTextField, rows = 5) => (
    <div className={errorOf(field) ? 'field has-error' : 'field'}>
      <label htmlFor={fid(field)}>
        {t(LABEL[field])} <Req />
      </label>
      <p id={`${fid(field)}-hint`} className="hint">
        {t(`ini.hint.${field}`)}
      </p>
      {field === 'applicationPlace' ? (
        <input
          id={fid(field)}
          type="text"
          aria-required
          aria-invalid={invalid(field)}
          aria-describedby={described(field, true)}
          {...register(field)}
        />
      ) : (
        <textarea
          id={fid(field)}
          rows={rows}
          aria-required
          aria-invalid={invalid(field)}
          aria-describedby={described(field, true)}
          {...register(field)}
        />
      )}
      <label className="choice">
        <input type="checkbox" value={field} {...register('identifyingFields')} />{' '}
        {t('ini.form.identifying', { field: t(LABEL[field]) })}
      </label>
      <FieldErrors id={`${fid(field)}-err`} errors={errorOf(field) ? [errorOf(field) as string] : []} />
    </div>
  );

  return (
    <IniFrame title={t(id ? 'ini.form.editTitle' : 'ini.form.newTitle')} lead={t('ini.form.lead')}>
      <div ref={summaryRef} tabIndex={-1} className="error-summary-anchor">
        {formError && (
          <div className="alert alert-error" role="alert">
            <p>{formError}</p>
          </div>
        )}
      </div>
      <form className="form" noValidate onSubmit={(e) => void run(true)(e)}>
        {!id && (
          <div className={errorOf('campaignId') ? 'field has-error' : 'field'}>
            <label htmlFor={fid('campaignId')}>
              {t('ini.f.campaign')} <Req />
            </label>
            {campaigns.isError && <ErrorBox error={campaigns.error} onRetry={() => void campaigns.refetch()} />}
            <select
              id={fid('campaignId')}
              aria-required
              aria-invalid={invalid('campaignId')}
              aria-describedby={described('campaignId')}
              {...register('campaignId')}
            >
              <option value="">{t('ini.form.choose')}</option>
              {openItems.map((c) => (
                <option key={c.id} value={c.id}>
                  {`${c.title} — ${c.organisation.name}`}
                </option>
              ))}
            </select>
            <FieldErrors
              id={`${fid('campaignId')}-err`}
              errors={errorOf('campaignId') ? [errorOf('campaignId') as string] : []}
            />
          </div>
        )}
        <div className={errorOf('title') ? 'field has-error' : 'field'}>
          <label htmlFor={fid('title')}>
            {t('ini.f.title')} <Req />
          </label>
          <input
            id={fid('title')}
            type="text"
            aria-required
            aria-invalid={invalid('title')}
            aria-describedby={described('title')}
            {...register('title')}
          />
          <FieldErrors id={`${fid('title')}-err`} errors={errorOf('title') ? [errorOf('title') as string] : []} />
        </div>

        <fieldset className={errorOf('authors') ? 'field has-error' : 'field'} aria-describedby={`${fid('shares')}`}>
          <legend>
            {t('ini.f.authors')} <Req />
          </legend>
          <p className="hint">{t('ini.hint.authors')}</p>
          {authors.fields.map((row, i) => (
            <div key={row.id} className="ini-author-row">
              <div className={errorOf(`authors.${i}.fullName`) ? 'field has-error' : 'field'}>
                <label htmlFor={fid(`authors.${i}.fullName`)}>{t('ini.f.authorName', { n: i + 1 })}</label>
                <input
                  id={fid(`authors.${i}.fullName`)}
                  type="text"
                  autoComplete="off"
                  aria-invalid={invalid(`authors.${i}.fullName`)}
                  aria-describedby={described(`authors.${i}.fullName`)}
                  {...register(`authors.${i}.fullName`)}
                />
                <FieldErrors
                  id={`${fid(`authors.${i}.fullName`)}-err`}
                  errors={errorOf(`authors.${i}.fullName`) ? [errorOf(`authors.${i}.fullName`) as string] : []}
                />
              </div>
              <div className={errorOf(`authors.${i}.sharePercent`) ? 'field has-error' : 'field'}>
                <label htmlFor={fid(`authors.${i}.sharePercent`)}>{t('ini.f.authorShare', { n: i + 1 })}</label>
                <input
                  id={fid(`authors.${i}.sharePercent`)}
                  type="text"
                  inputMode="decimal"
                  className="ini-score-box"
                  aria-invalid={invalid(`authors.${i}.sharePercent`)}
                  aria-describedby={described(`authors.${i}.sharePercent`)}
                  {...register(`authors.${i}.sharePercent`)}
                />
                <FieldErrors
                  id={`${fid(`authors.${i}.sharePercent`)}-err`}
                  errors={errorOf(`authors.${i}.sharePercent`) ? [errorOf(`authors.${i}.sharePercent`) as string] : []}
                />
              </div>
              <div className="field">
                <label htmlFor={fid(`authors.${i}.unitName`)}>{t('ini.f.authorUnit', { n: i + 1 })}</label>
                <input
                  id={fid(`authors.${i}.unitName`)}
                  type="text"
                  autoComplete="off"
                  {...register(`authors.${i}.unitName`)}
                />
              </div>
              {authors.fields.length > 1 && (
                <button type="button" className="btn btn-secondary btn-sm" onClick={() => authors.remove(i)}>
                  {t('ini.form.removeAuthor', { n: i + 1 })}
                </button>
              )}
            </div>
          ))}
          <p
            id={fid('shares')}
            className={`ini-shares ${shares.kind === 'exact' ? 'ok' : shares.kind === 'empty' ? '' : 'bad'}`}
            aria-live="polite"
          >
            {shareText}
          </p>
          <FieldErrors id={`${fid('authors')}-err`} errors={errorOf('authors') ? [errorOf('authors') as string] : []} />
          <p className="actions-row">
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              disabled={authors.fields.length >= 20}
              onClick={() => authors.append({ fullName: '', sharePercent: '', unitName: '' })}
            >
              {t('ini.form.addAuthor')}
            </button>
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              onClick={() => {
                for (const [i, share] of equalShares(authors.fields.length).entries())
                  setValue(`authors.${i}.sharePercent`, share, { shouldValidate: formState.isSubmitted });
              }}
            >
              {t('ini.form.splitEqually')}
            </button>
          </p>
        </fieldset>

        <div className="grid-2">
          <div className={errorOf('unitName') ? 'field has-error' : 'field'}>
            <label htmlFor={fid('unitName')}>
              {t('ini.f.unitName')} <Req />
            </label>
            <input
              id={fid('unitName')}
              type="text"
              aria-required
              aria-invalid={invalid('unitName')}
              aria-describedby={described('unitName')}
              {...register('unitName')}
            />
            <FieldErrors
              id={`${fid('unitName')}-err`}
              errors={errorOf('unitName') ? [errorOf('unitName') as string] : []}
            />
          </div>
          <div className={errorOf('fieldCode') ? 'field has-error' : 'field'}>
            <label htmlFor={fid('fieldCode')}>
              {t('ini.f.field')} <Req />
            </label>
            <select
              id={fid('fieldCode')}
              aria-required
              aria-invalid={invalid('fieldCode')}
              aria-describedby={described('fieldCode')}
              {...register('fieldCode')}
            >
              <option value="">{t('ini.form.choose')}</option>
              {(reference.data?.fields ?? []).map((f) => (
                <option key={f.code} value={f.code}>
                  {lang === 'en' ? f.nameEn || f.nameVi : f.nameVi}
                </option>
              ))}
            </select>
            <FieldErrors
              id={`${fid('fieldCode')}-err`}
              errors={errorOf('fieldCode') ? [errorOf('fieldCode') as string] : []}
            />
          </div>
        </div>

        {textArea('problem')}
        {textArea('solution', 8)}
        {textArea('novelty')}
        <div className="grid-2">
          {textArea('applicationPlace')}
          <div className={errorOf('firstAppliedOn') ? 'field has-error' : 'field'}>
            <label htmlFor={fid('firstAppliedOn')}>
              {t('ini.f.firstAppliedOn')} <Req />
            </label>
            <input
              id={fid('firstAppliedOn')}
              type="date"
              required
              aria-invalid={invalid('firstAppliedOn')}
              aria-describedby={described('firstAppliedOn')}
              {...register('firstAppliedOn')}
            />
            <FieldErrors
              id={`${fid('firstAppliedOn')}-err`}
              errors={errorOf('firstAppliedOn') ? [errorOf('firstAppliedOn') as string] : []}
            />
          </div>
        </div>
        <div className={errorOf('benefitVnd') ? 'field has-error' : 'field'}>
          <label htmlFor={fid('benefitVnd')}>{t('ini.f.benefitVnd')}</label>
          <p id={`${fid('benefitVnd')}-hint`} className="hint">
            {t('ini.hint.benefitVnd')}
          </p>
          <input
            id={fid('benefitVnd')}
            type="text"
            inputMode="numeric"
            aria-invalid={invalid('benefitVnd')}
            aria-describedby={described('benefitVnd', true)}
            {...register('benefitVnd', { setValueAs: (v: string) => cleanVnd(v) })}
          />
          {benefit && formatVnd(benefit) && (
            <p className="hint">{t('ini.form.benefitPreview', { value: formatVnd(benefit) ?? '' })}</p>
          )}
          <FieldErrors
            id={`${fid('benefitVnd')}-err`}
            errors={errorOf('benefitVnd') ? [errorOf('benefitVnd') as string] : []}
          />
        </div>
        {textArea('benefitText', 4)}
        {identifying.length > 0 && (
          <p className="alert alert-info">
            {t('ini.form.identifyingNote', { fields: identifying.map((f) => t(LABEL[f])).join(', ') })}
          </p>
        )}

        {id ? <DraftFiles submissionId={id} /> : <p className="hint">{t('ini.form.attachAfterSave')}</p>}

        <div className="form-actions">
          <button
            type="button"
            className="btn btn-secondary"
            disabled={save.isPending}
            onClick={(e) => void run(false)(e)}
          >
            {t('ini.form.saveDraft')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {t('ini.form.submit')}
          </button>
        </div>
      </form>
    </IniFrame>
  );
}

/** The draft's documents, from the submission as the API has it now. */
function DraftFiles({ submissionId }: { submissionId: string }) {
  const submission = useSubmission(submissionId);
  if (!submission.data) return null;
  return (
    <SubmissionFiles
      submissionId={submissionId}
      files={submission.data.attachments}
      editable={submission.data.can.edit}
    />
  );
}
