// One indicator: its figures per commune (tile-grid map and table, with the province total) for the
// period, and its course over time against the trajectory. A commune opens that commune's dashboard.
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorBox, Loading } from '../shared/components/Status.tsx';
import { useI18n } from '../shared/i18n/I18nProvider.tsx';
import { useTitle } from '../shared/lib/useTitle.ts';
import { communeCsvUrl, downloadFile, useCommuneTable, useIndicator, useSeries } from './api/insights-queries.ts';
import type { CommuneRow, CommuneTable } from './api/insights-types.ts';
import { CommuneTileMap } from './components/CommuneTileMap.tsx';
import { PeriodPicker } from './components/PeriodPicker.tsx';
import { SeriesChart } from './components/SeriesChart.tsx';
import { StatusLabel, TrendMark } from './components/StatusLabel.tsx';
import { usePeriodParam } from './InsightsDashboardPage.tsx';
import { formatFigure } from './lib/figures.ts';
import { seriesWindow } from './lib/periods.ts';
import './insights.css';

export function IndicatorPage() {
  const { code = '' } = useParams();
  const { t, lang } = useI18n();
  const navigate = useNavigate();
  const { key, parts, setPeriod } = usePeriodParam();
  const indicator = useIndicator(code);
  const table = useCommuneTable(code, key);
  const window = seriesWindow(parts);
  const series = useSeries(code, window.from, window.to, window.grain);
  const name = indicator.data
    ? lang === 'en'
      ? indicator.data.definition.name.en
      : indicator.data.definition.name.vi
    : code;
  useTitle(name);
  const openCommune = (commune: string) =>
    navigate(`/insights?period=${encodeURIComponent(key)}&commune=${encodeURIComponent(commune)}`);

  return (
    <div className="container page insights">
      <p>
        <Link to={`/insights?period=${encodeURIComponent(key)}`}>← {t('insights.dashboard.title')}</Link>
      </p>
      <div className="page-head">
        <h1>{name}</h1>
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() => void downloadFile(communeCsvUrl(code, key), `${code}-${key}.csv`)}
        >
          {t('insights.export.csv')}
        </button>
      </div>
      {indicator.data && (
        <ul className="meta insights-meta">
          <li>
            {t('insights.indicator.unit', {
              unit: lang === 'en' ? indicator.data.definition.unit.en : indicator.data.definition.unit.vi,
            })}
          </li>
          {indicator.data.definition.piiPillar && (
            <li>
              {t('insights.indicator.pii', {
                pillar: `${indicator.data.definition.piiPillar.code} — ${
                  lang === 'en'
                    ? indicator.data.definition.piiPillar.name.en
                    : indicator.data.definition.piiPillar.name.vi
                }`,
              })}
            </li>
          )}
          <li>
            {indicator.data.hasDataSource
              ? t('insights.indicator.sources', { sources: indicator.data.sourceEvents.join('; ') })
              : t('insights.tile.noSource')}
          </li>
        </ul>
      )}
      <PeriodPicker value={parts} onChange={setPeriod} />
      {table.isPending && <Loading />}
      {table.isError && <ErrorBox error={table.error} onRetry={() => void table.refetch()} />}
      {table.data && (
        <section className="insights-communes" aria-labelledby="by-commune">
          <h2 id="by-commune">
            {t('insights.indicator.byCommune')} —{' '}
            {lang === 'en' ? table.data.period.label.en : table.data.period.label.vi}
          </h2>
          <div className="insights-communes-grid">
            <div>
              <h3>{t('insights.indicator.map')}</h3>
              <p className="hint">{t('insights.indicator.mapHint')}</p>
              <CommuneTileMap rows={table.data.rows} unitCode={table.data.indicator.unitCode} onSelect={openCommune} />
            </div>
            <div>
              <h3>{t('insights.indicator.table')}</h3>
              <CommuneTableView table={table.data} onSelect={openCommune} />
            </div>
          </div>
        </section>
      )}
      <section aria-labelledby="series">
        <h2 id="series">{t('insights.indicator.series')}</h2>
        {series.isPending && <Loading />}
        {series.isError && <ErrorBox error={series.error} onRetry={() => void series.refetch()} />}
        {series.data && <SeriesChart series={series.data} />}
      </section>
    </div>
  );
}

function CommuneTableView({ table, onSelect }: { table: CommuneTable; onSelect: (code: string) => void }) {
  const { t, lang } = useI18n();
  const unit = table.indicator.unitCode;
  const cells = (row: CommuneRow) => (
    <>
      <td className="num">
        {formatFigure(row.value, unit, lang)} <TrendMark trend={row.trend} />
      </td>
      <td className="num">{formatFigure(row.previousValue, unit, lang)}</td>
      <td className="num">{row.target ? formatFigure(row.target.targetValue, unit, lang) : '—'}</td>
      <td className="num">{formatFigure(row.expected, unit, lang)}</td>
      <td className="num">{formatFigure(row.actual, unit, lang)}</td>
      <td>
        <StatusLabel
          status={row.status}
          hasDataSource={table.indicator.hasDataSource}
          hasTarget={row.target !== null}
        />
      </td>
    </>
  );
  return (
    <div className="table-wrap">
      <table className="table insights-table">
        <thead>
          <tr>
            <th scope="col">{t('insights.col.commune')}</th>
            <th scope="col">{t('insights.col.value')}</th>
            <th scope="col">{t('insights.col.previous')}</th>
            <th scope="col">{t('insights.col.target')}</th>
            <th scope="col">{t('insights.col.expected')}</th>
            <th scope="col">{t('insights.col.actual')}</th>
            <th scope="col">{t('insights.col.status')}</th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.communeCode} data-commune={row.communeCode}>
              <th scope="row">
                <button type="button" className="btn-link" onClick={() => onSelect(row.communeCode)}>
                  {row.communeName}
                </button>
              </th>
              {cells(row)}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('insights.total')}</th>
            {cells(table.total)}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
