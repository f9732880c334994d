// An indicator over time against its trajectory: bars for each period's value, a line for the
// achieved-to-date figure and a dashed line for the plan. The table below holds the same figures.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import type { Series } from '../api/insights-types.ts';
import { formatFigure } from '../lib/figures.ts';
import { StatusLabel } from './StatusLabel.tsx';

export function SeriesChart({ series }: { series: Series }) {
  const { t, lang } = useI18n();
  const unit = series.indicator.unitCode;
  const data = series.points.map((p) => ({
    label: p.period.key,
    value: p.value,
    actual: p.actual,
    expected: p.expected === null ? null : Math.round(p.expected * 100) / 100,
  }));
  const fmt = (v: unknown) => formatFigure(typeof v === 'number' ? v : null, unit, lang);
  return (
    <figure className="insights-chart">
      <div className="insights-chart-canvas" aria-hidden="true">
        <ResponsiveContainer width="100%" height={280}>
          <ComposedChart data={data} margin={{ top: 10, right: 16, bottom: 0, left: 8 }}>
            <CartesianGrid stroke="#e3e8ef" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 12 }} />
            <YAxis tick={{ fontSize: 12 }} width={70} tickFormatter={(v: number) => fmt(v)} />
            <Tooltip formatter={(v) => fmt(v)} />
            <Legend />
            <Bar dataKey="value" name={t('insights.chart.value')} fill="#2f6fb3" isAnimationActive={false} />
            <Line
              dataKey="actual"
              name={t('insights.chart.actual')}
              stroke="#1b7f3b"
              strokeWidth={2}
              isAnimationActive={false}
              connectNulls
            />
            <Line
              dataKey="expected"
              name={t('insights.chart.expected')}
              stroke="#b35c00"
              strokeDasharray="6 4"
              strokeWidth={2}
              dot={false}
              isAnimationActive={false}
              connectNulls
            />
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      <figcaption>
        <details>
          <summary>{t('insights.indicator.seriesTable')}</summary>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('insights.col.period')}</th>
                  <th scope="col">{t('insights.chart.value')}</th>
                  <th scope="col">{t('insights.chart.actual')}</th>
                  <th scope="col">{t('insights.chart.expected')}</th>
                  <th scope="col">{t('insights.col.status')}</th>
                </tr>
              </thead>
              <tbody>
                {series.points.map((p) => (
                  <tr key={p.period.key}>
                    <th scope="row">{lang === 'en' ? p.period.label.en : p.period.label.vi}</th>
                    <td className="num">{fmt(p.value)}</td>
                    <td className="num">{fmt(p.actual)}</td>
                    <td className="num">{fmt(p.expected)}</td>
                    <td>
                      <StatusLabel
                        status={p.status}
                        hasDataSource={series.indicator.hasDataSource}
                        hasTarget={p.targetValue !== null}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </details>
      </figcaption>
    </figure>
  );
}
