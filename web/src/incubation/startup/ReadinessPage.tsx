// The road to an S&T enterprise for a startup: for each certification (S&T enterprise, high-tech
// enterprise) the conditions in force on the day, met or not with the startup's own figures, and
// what to do about each one that is not.
import { READINESS_FACTS, READINESS_FIGURES } from '@sti/incubation/api';
import { useId, useState } from 'react';
import { errorMessage } from '../../shared/api/client.ts';
import { FieldErrors } from '../../shared/components/FormFields.tsx';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import { useReadiness, useSaveReadiness } from '../api/incubation-queries.ts';
import type { ReadinessView, Startup } from '../api/incubation-types.ts';
import { IncFrame, Outcome } from '../components/IncFrame.tsx';
import { parseVnd } from '../lib/kpi.ts';
import { StartupGate } from '../components/StartupGate.tsx';

export function ReadinessPage() {
  const { t } = useI18n();
  return (
    <IncFrame title={t('inc.readiness.title')} lead={t('inc.readiness.lead')} sections="startup">
      <StartupGate>{(s) => <Readiness startup={s} />}</StartupGate>
    </IncFrame>
  );
}

const percent = (bp: number | null, lang: string) =>
  bp === null
    ? '—'
    : `${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 2 }).format(bp / 100)} %`;

function Readiness({ startup }: { startup: Startup }) {
  const res = useReadiness(startup.id);
  if (res.isPending) return <Loading />;
  if (res.isError) return <ErrorBox error={res.error} onRetry={() => void res.refetch()} />;
  return (
    <>
      {res.data.results.map((r) => (
        <Checklist key={r.certification} result={r} />
      ))}
      <FiguresForm key="figures" startup={startup} view={res.data} />
    </>
  );
}

/** The startup's own figures of its last complete financial year and the facts it declares. */
function FiguresForm({ startup, view }: { startup: Startup; view: ReadinessView }) {
  const { t, lang } = useI18n();
  const id = useId();
  const save = useSaveReadiness();
  const lastYear = Number(view.evaluatedOn.slice(0, 4)) - 1;
  const [year, setYear] = useState(String(view.fiscalYear ?? lastYear));
  const [facts, setFacts] = useState<Record<string, boolean>>({ ...view.facts });
  const [figures, setFigures] = useState<Record<string, string>>({ ...view.figures });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const submit = () => {
    setDone(null);
    setFailure(null);
    const found: Record<string, string> = {};
    if (!/^\d{4}$/.test(year.trim())) found.year = t('inc.readiness.yearRule');
    const clean: Record<string, string> = {};
    for (const f of READINESS_FIGURES) {
      const text = (figures[f] ?? '').trim();
      if (!text) continue;
      const v = parseVnd(text);
      if (v === null) found[f] = t('inc.readiness.figureRule');
      else clean[f] = v;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFailure(t('inc.apply.fix'));
      return;
    }
    save.mutate(
      { startupId: startup.id, body: { fiscalYear: Number(year.trim()), facts, figures: clean } },
      {
        onSuccess: () => setDone(t('inc.readiness.saved')),
        onError: (e) => setFailure(errorMessage(e, lang, t('error.generic'), t('error.network'))),
      },
    );
  };
  const box = (key: string, label: string, value: string, set: (v: string) => void) => (
    <div key={key} className={errors[key] ? 'field has-error' : 'field'}>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        inputMode="numeric"
        value={value}
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] ? `${id}-${key}-err` : undefined}
        onChange={(e) => set(e.target.value)}
      />
      <FieldErrors id={`${id}-${key}-err`} errors={errors[key] ? [errors[key]] : []} />
    </div>
  );
  return (
    <section className="inc-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('inc.readiness.figures')}</h2>
      <p className="hint">{t('inc.readiness.figuresHint')}</p>
      <Outcome text={done} error={failure} />
      <form
        className="form"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div className="inc-form-grid">{box('year', t('inc.readiness.fiscalYear'), year, setYear)}</div>
        <fieldset>
          <legend>{t('inc.readiness.facts')}</legend>
          {READINESS_FACTS.map((f) => (
            <label key={f} className="choice">
              <input
                type="checkbox"
                checked={facts[f] ?? false}
                onChange={(e) => setFacts((x) => ({ ...x, [f]: e.target.checked }))}
              />{' '}
              {t(`inc.readiness.fact.${f}`)}
            </label>
          ))}
        </fieldset>
        <div className="inc-form-grid">
          {READINESS_FIGURES.map((f) =>
            box(f, t(`inc.readiness.figure.${f}`), figures[f] ?? '', (v) => setFigures((x) => ({ ...x, [f]: v }))),
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary" disabled={save.isPending}>
            {t('inc.readiness.save')}
          </button>
        </div>
      </form>
    </section>
  );
}

function Checklist({ result }: { result: ReadinessView['results'][number] }) {
  const { t, lang } = useI18n();
  const id = useId();
  const text = (x: { vi: string; en: string }) => (lang === 'en' ? x.en : x.vi);
  return (
    <section className="inc-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t(`inc.readiness.${result.certification}`)}</h2>
      <p>{t('inc.readiness.rules', { title: text(result.basis), from: formatDate(result.effectiveFrom, lang) })}</p>
      <p className="score-total">{t('inc.readiness.summary', { met: result.met, total: result.total })}</p>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t(`inc.readiness.${result.certification}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('inc.readiness.condition')}</th>
              <th scope="col">{t('inc.col.status')}</th>
              <th scope="col">{t('inc.readiness.yours')}</th>
              <th scope="col">{t('inc.readiness.whatToDo')}</th>
            </tr>
          </thead>
          <tbody>
            {result.conditions.map((c) => (
              <tr key={c.code}>
                <th scope="row">{text(c.title)}</th>
                <td className={c.status === 'met' ? 'inc-met' : 'inc-missing'}>
                  {t(`inc.readiness.${c.status === 'missing' ? 'unknown' : c.status}`)}
                </td>
                <td>
                  {c.requiredBasisPoints !== null
                    ? `${percent(c.actualBasisPoints, lang)} / ${percent(c.requiredBasisPoints, lang)}`
                    : '—'}
                </td>
                <td>{c.status === 'met' ? '' : text(c.hint)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
