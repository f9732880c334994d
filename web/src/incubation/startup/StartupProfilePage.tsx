// The team's startup profile: create it (name, stage, sector, TRL, commune, summary, traction, the
// founder), edit it, and choose whether to publish it in the public directory (with the public summary).
import { useId, useRef, useState } from 'react';
import { errorMessage } from '../../shared/api/client.ts';
import { FieldErrors } from '../../shared/components/FormFields.tsx';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { useAuth } from '../../shell/auth/AuthProvider.tsx';
import { SECTORS, STARTUP_STAGES } from '@sti/incubation/api';
import { useMyStartups, usePublishStartup, useSaveStartup } from '../api/incubation-queries.ts';
import type { Startup } from '../api/incubation-types.ts';
import { IncFrame, Outcome } from '../components/IncFrame.tsx';

export function StartupProfilePage() {
  const { t } = useI18n();
  const res = useMyStartups();
  const startup = res.data?.items[0];
  return (
    <IncFrame title={t('inc.profile.title')} lead={t('inc.profile.lead')} sections="startup">
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.isSuccess && <ProfileForm key="profile" startup={startup} />}
      {startup && <Publication key={`p-${startup.id}-${startup.revision}`} startup={startup} />}
    </IncFrame>
  );
}

interface FormState {
  name: string;
  stage: string;
  sectorCode: string;
  trl: string;
  communeCode: string;
  summary: string;
  traction: string;
}

function ProfileForm({ startup }: { startup: Startup | undefined }) {
  const { t, lang } = useI18n();
  const { identity } = useAuth();
  const id = useId();
  const save = useSaveStartup();
  const [form, setForm] = useState<FormState>({
    name: startup?.name ?? '',
    stage: startup?.stage ?? 'idea',
    sectorCode: startup?.sectorCode ?? '',
    trl: String(startup?.trl ?? 3),
    communeCode: startup?.communeCode ?? '',
    summary: startup?.summary ?? '',
    traction: startup?.traction ?? '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const set = (k: keyof FormState) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [k]: e.target.value }));

  const submit = async () => {
    setDone(null);
    setFailure(null);
    const found: Record<string, string> = {};
    if (form.name.trim().length < 2 || form.name.trim().length > 200) found.name = t('inc.profile.nameRule');
    if (!form.sectorCode) found.sectorCode = t('inc.apply.required');
    if (!/^[1-9]$/.test(form.trl.trim())) found.trl = t('inc.profile.trlRule');
    if (!/^\d{2,5}$/.test(form.communeCode.trim())) found.communeCode = t('inc.profile.communeRule');
    if (form.summary.trim().length < 20) found.summary = t('inc.profile.summaryRule');
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFailure(t('inc.apply.fix'));
      summaryRef.current?.focus();
      return;
    }
    const body: Record<string, unknown> = {
      name: form.name.trim(),
      stage: form.stage,
      sectorCode: form.sectorCode,
      trl: Number(form.trl),
      communeCode: form.communeCode.trim(),
      summary: form.summary.trim(),
      traction: form.traction.trim(),
    };
    if (!startup) body.members = [{ name: identity?.name ?? identity?.username ?? '', role: 'founder' }];
    try {
      await save.mutateAsync(startup ? { id: startup.id, body } : { body });
      setDone(t('inc.profile.saved'));
    } catch (e) {
      setFailure(errorMessage(e, lang, t('error.generic'), t('error.network')));
    }
  };

  const field = (key: keyof FormState, label: string, control: (p: Record<string, unknown>) => React.ReactNode) => {
    const fid = `${id}-${key}`;
    const err = errors[key];
    return (
      <div className={err ? 'field has-error' : 'field'}>
        <label htmlFor={fid}>{label}</label>
        {control({
          id: fid,
          'aria-invalid': err ? true : undefined,
          'aria-describedby': err ? `${fid}-err` : undefined,
        })}
        <FieldErrors id={`${fid}-err`} errors={err ? [err] : []} />
      </div>
    );
  };

  return (
    <>
      <div ref={summaryRef} tabIndex={-1} className="error-summary-anchor">
        <Outcome text={done} error={failure} />
      </div>
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        {field('name', t('inc.profile.name'), (p) => (
          <input {...p} value={form.name} onChange={set('name')} />
        ))}
        <div className="inc-form-grid">
          {field('stage', t('inc.col.stage'), (p) => (
            <select {...p} value={form.stage} onChange={set('stage')}>
              {STARTUP_STAGES.map((s) => (
                <option key={s} value={s}>
                  {t(`inc.stage.${s}`)}
                </option>
              ))}
            </select>
          ))}
          {field('sectorCode', t('inc.col.sector'), (p) => (
            <select {...p} value={form.sectorCode} onChange={set('sectorCode')}>
              <option value="" />
              {SECTORS.map((s) => (
                <option key={s.code} value={s.code}>
                  {lang === 'en' ? s.en : s.vi}
                </option>
              ))}
            </select>
          ))}
          {field('trl', t('inc.profile.trl'), (p) => (
            <input {...p} inputMode="numeric" value={form.trl} onChange={set('trl')} />
          ))}
          {field('communeCode', t('inc.profile.commune'), (p) => (
            <input {...p} inputMode="numeric" value={form.communeCode} onChange={set('communeCode')} />
          ))}
        </div>
        {field('summary', t('inc.profile.summary'), (p) => (
          <textarea {...p} rows={4} value={form.summary} onChange={set('summary')} />
        ))}
        {field('traction', t('inc.profile.traction'), (p) => (
          <textarea {...p} rows={3} value={form.traction} onChange={set('traction')} />
        ))}
        {startup && startup.members.length > 0 && (
          <p>
            {t('inc.profile.team')}: {startup.members.map((m) => m.name).join(', ')}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {startup ? t('inc.common.save') : t('inc.profile.create')}
          </button>
        </div>
      </form>
    </>
  );
}

function Publication({ startup }: { startup: Startup }) {
  const { t, lang } = useI18n();
  const id = useId();
  const publish = usePublishStartup();
  const [text, setText] = useState(startup.publicSummary ?? startup.summary);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const toggle = (published: boolean) => {
    setDone(null);
    setFailure(null);
    publish.mutate(
      { id: startup.id, published, publicSummary: text.trim() },
      {
        onSuccess: () => setDone(t(published ? 'inc.profile.isPublished' : 'inc.profile.isPrivate')),
        onError: (e) => setFailure(errorMessage(e, lang, t('error.generic'), t('error.network'))),
      },
    );
  };
  return (
    <section className="inc-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('inc.profile.publication')}</h2>
      <Outcome text={done} error={failure} />
      <p>{t(startup.published ? 'inc.profile.isPublished' : 'inc.profile.isPrivate')}</p>
      <div className="field">
        <label htmlFor={`${id}-summary`}>{t('inc.profile.publicSummary')}</label>
        <textarea id={`${id}-summary`} rows={3} value={text} onChange={(e) => setText(e.target.value)} />
      </div>
      <label className="choice">
        <input
          type="checkbox"
          checked={startup.published}
          disabled={publish.isPending}
          onChange={(e) => toggle(e.target.checked)}
        />{' '}
        {t('inc.profile.published')}
      </label>
    </section>
  );
}
