// A startup's (or a cohort's) monthly KPIs over time: one metric at a time as bars, chosen with a
// labelled select; the chart is decoration for sighted readers (aria-hidden, without recharts'
// keyboard layer, which would put a focusable element inside it) and the table below
// holds every figure of every month, so nothing is only in the picture.
import { useId, useState } from 'react';
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import {
  byMonth,
  chartValue,
  formatMetric,
  isMoney,
  KPI_METRICS,
  type KpiMetric,
  type KpiRow,
  monthLabel,
} from '../lib/kpi.ts';

export function KpiChart({ rows, caption }: { rows: readonly KpiRow[]; caption: string }) {
  const { t, lang } = useI18n();
  const id = useId();
  const [metric, setMetric] = useState<KpiMetric>('revenueVnd');
  const sorted = byMonth(rows);
  const data = sorted.map((r) => ({ label: monthLabel(r.month, lang), value: chartValue(r, metric) }));
  const unit = isMoney(metric) ? t('inc.kpi.millionVnd') : '';
  return (
    <figure className="inc-chart">
      <div className="field">
        <label htmlFor={`${id}-metric`}>{t('inc.kpi.metric')}</label>
        <select id={`${id}-metric`} value={metric} onChange={(e) => setMetric(e.target.value as KpiMetric)}>
          {KPI_METRICS.map((m) => (
            <option key={m} value={m}>
              {t(`inc.kpi.${m}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="inc-chart-canvas" aria-hidden="true" data-testid="kpi-chart" data-points={data.length}>
        <ResponsiveContainer width="100%" height={260}>
          <BarChart data={data} margin={{ top: 10, right: 16, bottom: 0, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid stroke="#e3e8ef" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis tick={{ fontSize: 12 }} width={70} />
            <Tooltip
              formatter={(v) => `${new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'vi-VN').format(Number(v))} ${unit}`}
            />
            <Bar dataKey="value" name={t(`inc.kpi.${metric}`)} fill="#2f6fb3" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption>
        <div className="table-wrap">
          <table className="table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('inc.kpi.month')}</th>
                {KPI_METRICS.map((m) => (
                  <th key={m} scope="col">
                    {t(`inc.kpi.${m}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {sorted.map((r) => (
                <tr key={r.month}>
                  <th scope="row">{monthLabel(r.month, lang)}</th>
                  {KPI_METRICS.map((m) => (
                    <td key={m} className="num">
                      {formatMetric(r[m], m, lang)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </figcaption>
    </figure>
  );
}
