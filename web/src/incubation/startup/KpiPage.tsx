// A startup's monthly KPIs: the report form for one month (revenue and funding in VND, users, jobs
// created, IP filed), then the chart over time and the same figures as a table.
import { useId, useRef, useState } from 'react';
import { errorMessage } from '../../shared/api/client.ts';
import { FieldErrors } from '../../shared/components/FormFields.tsx';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { useKpis, useReportKpis } from '../api/incubation-queries.ts';
import type { Startup } from '../api/incubation-types.ts';
import { IncFrame, Outcome } from '../components/IncFrame.tsx';
import { KpiChart } from '../components/KpiChart.tsx';
import { StartupGate } from '../components/StartupGate.tsx';
import { isMoney, KPI_METRICS, type KpiMetric, monthLabel, parseCount, parseVnd, previousMonth } from '../lib/kpi.ts';

export function KpiPage() {
  const { t } = useI18n();
  return (
    <IncFrame title={t('inc.kpi.title')} lead={t('inc.kpi.lead')} sections="startup">
      <StartupGate>{(s) => <Kpis startup={s} />}</StartupGate>
    </IncFrame>
  );
}

type Form = { month: string } & Record<KpiMetric, string>;

function Kpis({ startup }: { startup: Startup }) {
  const { t, lang } = useI18n();
  const id = useId();
  const res = useKpis(startup.id);
  const report = useReportKpis();
  const [form, setForm] = useState<Form>({
    month: previousMonth(),
    revenueVnd: '',
    users: '',
    jobsCreated: '',
    fundingRaisedVnd: '',
    ipFiled: '',
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [done, setDone] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const summary = useRef<HTMLDivElement>(null);

  const submit = async () => {
    setDone(null);
    setFailure(null);
    const found: Record<string, string> = {};
    if (!/^\d{4}-\d{2}$/.test(form.month)) found.month = t('inc.kpi.monthRule');
    const money: Partial<Record<KpiMetric, string>> = {};
    const counts: Partial<Record<KpiMetric, number>> = {};
    for (const m of KPI_METRICS) {
      if (isMoney(m)) {
        const v = parseVnd(form[m]);
        if (v === null) found[m] = t('inc.kpi.moneyRule');
        else money[m] = v;
      } else {
        const v = parseCount(form[m]);
        if (v === null) found[m] = t('inc.kpi.countRule');
        else counts[m] = v;
      }
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      setFailure(t('inc.kpi.fix'));
      summary.current?.focus();
      return;
    }
    try {
      await report.mutateAsync({
        startupId: startup.id,
        month: form.month,
        body: {
          revenueVnd: money.revenueVnd ?? '0',
          fundingRaisedVnd: money.fundingRaisedVnd ?? '0',
          users: counts.users ?? 0,
          jobsCreated: counts.jobsCreated ?? 0,
          ipFiled: counts.ipFiled ?? 0,
        },
      });
      setDone(t('inc.kpi.sent', { month: monthLabel(form.month, lang) }));
    } catch (e) {
      setFailure(errorMessage(e, lang, t('error.generic'), t('error.network')));
    }
  };

  const field = (key: keyof Form, label: string, type: 'month' | 'text') => {
    const fid = `${id}-${key}`;
    const err = errors[key];
    return (
      <div className={err ? 'field has-error' : 'field'}>
        <label htmlFor={fid}>{label}</label>
        <input
          id={fid}
          type={type}
          inputMode={type === 'text' ? 'numeric' : undefined}
          value={form[key]}
          aria-invalid={err ? true : undefined}
          aria-describedby={err ? `${fid}-err` : undefined}
          onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
        />
        <FieldErrors id={`${fid}-err`} errors={err ? [err] : []} />
      </div>
    );
  };

  return (
    <>
      <section className="inc-section" aria-labelledby={`${id}-form`}>
        <h2 id={`${id}-form`}>{t('inc.kpi.report')}</h2>
        <div ref={summary} tabIndex={-1} className="error-summary-anchor">
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
          <div className="inc-form-grid">
            {field('month', t('inc.kpi.month'), 'month')}
            {KPI_METRICS.map((m) => (
              <div key={m}>{field(m, t(`inc.kpi.${m}`), 'text')}</div>
            ))}
          </div>
          <div className="form-actions">
            <button type="submit" className="btn btn-primary" disabled={report.isPending}>
              {t('inc.kpi.send')}
            </button>
          </div>
        </form>
      </section>
      <section className="inc-section" aria-labelledby={`${id}-history`}>
        <h2 id={`${id}-history`}>{t('inc.kpi.history')}</h2>
        {res.isPending && <Loading />}
        {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
        {res.isSuccess && res.data.months.length === 0 && <p className="empty">{t('inc.kpi.empty')}</p>}
        {res.isSuccess && res.data.months.length > 0 && (
          <KpiChart rows={res.data.months} caption={`${t('inc.kpi.history')} — ${startup.name}`} />
        )}
      </section>
    </>
  );
}
