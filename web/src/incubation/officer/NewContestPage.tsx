// A new idea contest: title, year, description, the commune round (and optionally the province round)
// with their dates, and the application form's questions (one per line; the idea's title is always
// asked). The rubric is the service's idea-contest rubric; rounds start as drafts the officer opens.
import { useId, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { errorMessage } from '../../shared/api/client.ts';
import { FieldErrors } from '../../shared/components/FormFields.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { useCreateContest } from '../api/incubation-queries.ts';
import { IncFrame, Outcome } from '../components/IncFrame.tsx';
import { contestBody, type ContestForm, validateContestForm } from '../lib/contest-form.ts';

export function NewContestPage() {
  const { t, lang } = useI18n();
  const id = useId();
  const navigate = useNavigate();
  const create = useCreateContest();
  const year = new Date().getFullYear();
  const [form, setForm] = useState<ContestForm>({
    title: '',
    year: String(year),
    description: '',
    communeCode: '',
    communeOpens: '',
    communeCloses: '',
    provinceCode: '87',
    provinceOpens: '',
    provinceCloses: '',
    questions: 'Vấn đề ý tưởng giải quyết\nGiải pháp và tính mới\nThị trường và khách hàng',
  });
  const [errors, setErrors] = useState<Record<string, { vi: string; en: string }>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const set = (k: keyof ContestForm) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));

  const submit = async () => {
    setFailure(null);
    const found = validateContestForm(form);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFailure(t('inc.apply.fix'));
      summary.current?.focus();
      return;
    }
    try {
      await create.mutateAsync(contestBody(form));
      navigate('/khoi-nghiep/quan-ly', { state: { flash: t('inc.contest.created') } });
    } catch (e) {
      setFailure(errorMessage(e, lang, t('error.generic'), t('error.network')));
      summary.current?.focus();
    }
  };

  const field = (key: keyof ContestForm, label: string, type = 'text', multiline = false) => {
    const fid = `${id}-${key}`;
    const err = errors[key];
    const common = {
      id: fid,
      'aria-invalid': err ? true : undefined,
      'aria-describedby': err ? `${fid}-err` : undefined,
      value: form[key],
      onChange: set(key),
    };
    return (
      <div className={err ? 'field has-error' : 'field'}>
        <label htmlFor={fid}>{label}</label>
        {multiline ? <textarea {...common} rows={4} /> : <input {...common} type={type} />}
        <FieldErrors id={`${fid}-err`} errors={err ? [lang === 'en' ? err.en : err.vi] : []} />
      </div>
    );
  };

  return (
    <IncFrame title={t('inc.contest.new')} sections="officer">
      <div ref={summary} tabIndex={-1} className="error-summary-anchor">
        <Outcome text={null} error={failure} />
      </div>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {field('title', t('inc.contest.title'))}
        <div className="inc-form-grid">{field('year', t('inc.contest.year'))}</div>
        {field('description', t('inc.contest.description'), 'text', true)}
        <fieldset>
          <legend>{t('inc.level.commune')}</legend>
          <div className="inc-form-grid">
            {field('communeCode', t('inc.contest.communeCode'))}
            {field('communeOpens', t('inc.contest.opens'), 'date')}
            {field('communeCloses', t('inc.contest.closes'), 'date')}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('inc.contest.provinceOptional')}</legend>
          <div className="inc-form-grid">
            {field('provinceCode', t('inc.contest.provinceCode'))}
            {field('provinceOpens', t('inc.contest.opens'), 'date')}
            {field('provinceCloses', t('inc.contest.closes'), 'date')}
          </div>
        </fieldset>
        {field('questions', t('inc.contest.questions'), 'text', true)}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={create.isPending}>
            {t('inc.contest.create')}
          </button>
        </div>
      </form>
    </IncFrame>
  );
}
