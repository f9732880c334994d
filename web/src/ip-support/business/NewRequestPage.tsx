// A new IP-support request: the right, the subject (what it protects) and a description of the need.
// Errors on the fields before anything is sent; the service's own field errors land on the same fields.
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { ApiError, errorMessage } from '../../shared/api/client.ts';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { useCreateRequest, usePlatformSubjects } from '../api/ip-queries.ts';
import { IP_RIGHTS, SUBJECT_KINDS } from '../api/ip-types.ts';
import { IpFrame } from '../components/IpFrame.tsx';
import { useCodeLabel } from '../components/labels.tsx';
import { IP_BASE } from '../ip-sections.ts';
import { LINKED_KINDS, type RequestDraft, type RequestFormErrors, validateRequest } from './request-form.ts';

export function NewRequestPage() {
  const { t, lang } = useI18n();
  const label = useCodeLabel();
  const navigate = useNavigate();
  const create = useCreateRequest();
  const id = useId();
  const [draft, setDraft] = useState<RequestDraft>({ right: '', subjectKind: '', subjectTitle: '', description: '' });
  const [errors, setErrors] = useState<RequestFormErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const set = (k: keyof RequestDraft) => (v: string) => setDraft((d) => ({ ...d, [k]: v }));
  const linked = LINKED_KINDS.includes(draft.subjectKind);
  const subjects = usePlatformSubjects(draft.subjectKind, linked);

  const message = (k: keyof RequestDraft): string | null => {
    const e = errors[k];
    return e ? t(`ip.form.err.${k}.${e}` as Parameters<typeof t>[0]) : null;
  };
  const fieldProps = (k: keyof RequestDraft) => ({
    id: `${id}-${k}`,
    name: k,
    'aria-invalid': errors[k] ? true : undefined,
    'aria-describedby': errors[k] ? `${id}-${k}-err` : undefined,
    'aria-required': true,
  });
  const err = (k: keyof RequestDraft) =>
    errors[k] ? (
      <p id={`${id}-${k}-err`} className="field-error">
        {message(k)}
      </p>
    ) : null;

  const submit = async () => {
    setFailure(null);
    const checked = validateRequest(draft);
    setErrors(checked.errors);
    if (!checked.input) {
      setFailure(t('ip.form.fix', { count: Object.keys(checked.errors).length }));
      return;
    }
    try {
      const created = await create.mutateAsync(checked.input);
      navigate(`${IP_BASE}/yeu-cau/${encodeURIComponent(created.id)}`, { state: { flash: t('ip.form.sent') } });
    } catch (e) {
      if (e instanceof ApiError && e.problem?.errors?.length) {
        const server: RequestFormErrors = {};
        for (const f of e.problem.errors) if (f.field in draft) server[f.field as keyof RequestDraft] = 'length';
        setErrors(server);
      }
      setFailure(errorMessage(e, lang, t('error.generic'), t('error.network')));
    }
  };

  return (
    <IpFrame title={t('ip.form.title')} lead={t('ip.form.lead')}>
      <form
        className="form ip-form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {failure && (
          <div className="alert alert-error" role="alert">
            <p>{failure}</p>
          </div>
        )}
        <div className={errors.right ? 'field has-error' : 'field'}>
          <label htmlFor={`${id}-right`}>{t('ip.form.right')}</label>
          <select {...fieldProps('right')} value={draft.right} onChange={(e) => set('right')(e.target.value)}>
            <option value="">{t('ip.form.choose')}</option>
            {IP_RIGHTS.map((r) => (
              <option key={r} value={r}>
                {label('ip.right', r)}
              </option>
            ))}
          </select>
          {err('right')}
        </div>
        <div className={errors.subjectKind ? 'field has-error' : 'field'}>
          <label htmlFor={`${id}-subjectKind`}>{t('ip.form.subjectKind')}</label>
          <select
            {...fieldProps('subjectKind')}
            value={draft.subjectKind}
            onChange={(e) => set('subjectKind')(e.target.value)}
          >
            <option value="">{t('ip.form.choose')}</option>
            {SUBJECT_KINDS.map((k) => (
              <option key={k} value={k}>
                {label('ip.subject', k)}
              </option>
            ))}
          </select>
          {err('subjectKind')}
        </div>
        {linked && (
          <div className={errors.subjectRefId ? 'field has-error' : 'field'}>
            <label htmlFor={`${id}-subjectRefId`}>{t('ip.form.subjectRefId')}</label>
            <select
              {...fieldProps('subjectRefId')}
              value={draft.subjectRefId ?? ''}
              onChange={(e) => {
                const chosen = subjects.data?.items.find((s) => s.id === e.target.value);
                setDraft((d) => ({
                  ...d,
                  subjectRefId: e.target.value,
                  subjectTitle: d.subjectTitle || chosen?.title || '',
                }));
              }}
            >
              <option value="">{t('ip.form.choose')}</option>
              {(subjects.data?.items ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
            {subjects.isSuccess && subjects.data.items.length === 0 && (
              <p className="hint">{t('ip.form.noSubjects')}</p>
            )}
            {err('subjectRefId')}
          </div>
        )}
        <div className={errors.subjectTitle ? 'field has-error' : 'field'}>
          <label htmlFor={`${id}-subjectTitle`}>{t('ip.form.subjectTitle')}</label>
          <input
            type="text"
            {...fieldProps('subjectTitle')}
            value={draft.subjectTitle}
            maxLength={300}
            onChange={(e) => set('subjectTitle')(e.target.value)}
          />
          {err('subjectTitle')}
        </div>
        <div className={errors.description ? 'field has-error' : 'field'}>
          <label htmlFor={`${id}-description`}>{t('ip.form.description')}</label>
          <textarea
            {...fieldProps('description')}
            rows={6}
            value={draft.description}
            maxLength={5000}
            onChange={(e) => set('description')(e.target.value)}
          />
          {err('description')}
        </div>
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          {t('ip.form.submit')}
        </button>
      </form>
    </IpFrame>
  );
}
