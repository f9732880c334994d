// Applying to a contest round: which of the team's startups, the idea's title, and the contest's own
// form (fields configured per contest: text, long text, numbers, choices). The form checks what it
// can before sending; eligibility is the service's decision and comes back on the application.
import { useId, useRef, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { errorMessage } from '../../shared/api/client.ts';
import { FieldErrors } from '../../shared/components/FormFields.tsx';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { useApply, useContests } from '../api/incubation-queries.ts';
import type { Contest, ContestRound, FormField, Startup } from '../api/incubation-types.ts';
import { IncFrame, Outcome } from '../components/IncFrame.tsx';
import { StartupGate } from '../components/StartupGate.tsx';

export function ApplyPage() {
  const { roundId = '' } = useParams();
  const { t } = useI18n();
  const contests = useContests();
  const found = (contests.data?.items ?? [])
    .flatMap((c) => c.rounds.map((r) => ({ contest: c, round: r })))
    .find((x) => x.round.id === roundId);
  return (
    <IncFrame title={t('inc.apply.title', { round: found ? found.round.title : '' })} sections="startup">
      {contests.isPending && <Loading />}
      {contests.isError && <ErrorBox error={contests.error} onRetry={() => void contests.refetch()} />}
      {contests.isSuccess && !found && <ErrorBox>{t('inc.apply.noRound')}</ErrorBox>}
      {found && (
        <StartupGate>{(s) => <ApplyForm contest={found.contest} round={found.round} startup={s} />}</StartupGate>
      )}
    </IncFrame>
  );
}

function ApplyForm({ contest, round, startup }: { contest: Contest; round: ContestRound; startup: Startup }) {
  const { t, lang } = useI18n();
  const id = useId();
  const navigate = useNavigate();
  const apply = useApply();
  const [title, setTitle] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const label = (f: FormField) => (lang === 'en' ? f.label.en : f.label.vi);

  const submit = async () => {
    setFailure(null);
    const found: Record<string, string> = {};
    const clean = title.trim();
    if (clean.length < 5 || clean.length > 200) found.title = t('inc.apply.titleRule');
    for (const f of contest.formFields) {
      const v = (answers[f.key] ?? '').trim();
      if (f.required && !v) found[f.key] = t('inc.apply.required');
      else if (f.maxLength && v.length > f.maxLength) found[f.key] = t('inc.apply.tooLong', { max: f.maxLength });
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFailure(t('inc.apply.fix'));
      summary.current?.focus();
      return;
    }
    const body = {
      startupId: startup.id,
      title: clean,
      answers: Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, v.trim()])),
    };
    try {
      await apply.mutateAsync({ roundId: round.id, body });
      navigate('/khoi-nghiep/cua-toi', { state: { flash: t('inc.apply.done') } });
    } catch (e) {
      setFailure(errorMessage(e, lang, t('error.generic'), t('error.network')));
      summary.current?.focus();
    }
  };

  const box = (
    key: string,
    text: string,
    input: (props: Record<string, unknown>) => React.ReactNode,
    hint?: string,
  ) => {
    const fid = `${id}-${key}`;
    const err = errors[key];
    const describedBy = [hint ? `${fid}-hint` : null, err ? `${fid}-err` : null].filter(Boolean).join(' ');
    return (
      <div key={key} className={err ? 'field has-error' : 'field'}>
        <label htmlFor={fid}>{text}</label>
        {hint && (
          <p id={`${fid}-hint`} className="hint">
            {hint}
          </p>
        )}
        {input({ id: fid, 'aria-invalid': err ? true : undefined, 'aria-describedby': describedBy || undefined })}
        <FieldErrors id={`${fid}-err`} errors={err ? [err] : []} />
      </div>
    );
  };

  return (
    <>
      <p className="lead">{contest.title}</p>
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
        <p>
          {t('inc.apply.startup')}: <strong>{startup.name}</strong>
        </p>
        {box('title', t('inc.apply.appTitle'), (p) => (
          <input {...p} value={title} onChange={(e) => setTitle(e.target.value)} />
        ))}
        {contest.formFields.map((f) =>
          box(f.key, `${label(f)}${f.required ? ' *' : ''}`, (p) => {
            const value = answers[f.key] ?? '';
            const set = (v: string) => setAnswers((a) => ({ ...a, [f.key]: v }));
            if (f.options && f.options.length > 0)
              return (
                <select {...p} value={value} onChange={(e) => set(e.target.value)}>
                  <option value="" />
                  {f.options.map((o) => (
                    <option key={o} value={o}>
                      {o}
                    </option>
                  ))}
                </select>
              );
            if (f.type === 'textarea')
              return <textarea {...p} rows={5} value={value} onChange={(e) => set(e.target.value)} />;
            return (
              <input
                {...p}
                type={f.type === 'number' ? 'text' : f.type === 'url' ? 'url' : 'text'}
                inputMode={f.type === 'number' ? 'numeric' : undefined}
                value={value}
                onChange={(e) => set(e.target.value)}
              />
            );
          }),
        )}
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={apply.isPending}>
            {t('inc.apply.submit')}
          </button>
        </div>
      </form>
    </>
  );
}
