// The province's (or one commune's) indicator dashboard for a period, with the officers' XLSX report.
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorBox, Loading } from '../shared/components/Status.tsx';
import { useI18n } from '../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../shared/lib/format.ts';
import { useTitle } from '../shared/lib/useTitle.ts';
import { downloadFile, exportUrl, useOverview } from './api/insights-queries.ts';
import { IndicatorTiles } from './components/IndicatorTiles.tsx';
import { PeriodPicker } from './components/PeriodPicker.tsx';
import { currentPeriodKey, parsePeriodKey } from './lib/periods.ts';
import './insights.css';

export function usePeriodParam(defaultGrain: 'quarter' | 'year' = 'quarter') {
  const [params, setParams] = useSearchParams();
  const raw = params.get('period') ?? '';
  const parts = parsePeriodKey(raw) ?? parsePeriodKey(currentPeriodKey(defaultGrain));
  const key = parsePeriodKey(raw) ? raw : currentPeriodKey(defaultGrain);
  const setPeriod = (next: string) =>
    setParams(
      (current) => {
        const copy = new URLSearchParams(current);
        copy.set('period', next);
        return copy;
      },
      { replace: true },
    );
  // biome-ignore lint/style/noNonNullAssertion: currentPeriodKey always parses
  return { key, parts: parts!, setPeriod, params };
}

export function InsightsDashboardPage() {
  const { t, lang } = useI18n();
  const { key, parts, setPeriod, params } = usePeriodParam();
  const commune = params.get('commune') ?? undefined;
  const overview = useOverview(key, commune);
  const [exporting, setExporting] = useState<'idle' | 'busy' | 'failed'>('idle');
  useTitle(t('insights.dashboard.title'));

  const exportReport = async (format: 'xlsx' | 'pdf') => {
    setExporting('busy');
    try {
      await downloadFile(exportUrl(key, format), `bao-cao-chi-tieu-${key}.${format}`);
      setExporting('idle');
    } catch {
      setExporting('failed');
    }
  };

  return (
    <div className="container page insights">
      <div className="page-head">
        <div>
          <h1>{t('insights.dashboard.title')}</h1>
          <p className="lead">{t('insights.dashboard.lead')}</p>
        </div>
        <div className="insights-actions">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void exportReport('xlsx')}
            disabled={exporting === 'busy'}
          >
            {t('insights.export.xlsx')}
          </button>
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => void exportReport('pdf')}
            disabled={exporting === 'busy'}
          >
            {t('insights.export.pdf')}
          </button>
          <Link className="btn btn-secondary" to={`/open-data?period=${encodeURIComponent(key)}`}>
            {t('insights.nav.public')}
          </Link>
        </div>
      </div>
      {exporting === 'failed' && (
        <p className="alert alert-error" role="alert">
          {t('insights.export.failed')}
        </p>
      )}
      <PeriodPicker value={parts} onChange={setPeriod} />
      {commune && (
        <p className="insights-scope">
          <strong>{t('insights.dashboard.commune', { name: overview.data?.communeName || commune })}</strong>{' '}
          <Link to={`/insights?period=${encodeURIComponent(key)}`}>{t('insights.dashboard.backToProvince')}</Link>
        </p>
      )}
      {overview.isPending && <Loading />}
      {overview.isError && <ErrorBox error={overview.error} onRetry={() => void overview.refetch()} />}
      {overview.data && (
        <>
          <p className="insights-asof">
            {lang === 'en' ? overview.data.period.label.en : overview.data.period.label.vi} —{' '}
            {t('insights.period.evaluatedOn', { date: formatDate(overview.data.evaluatedOn, lang) })}
          </p>
          <IndicatorTiles
            overview={overview.data}
            linkTo={(code) => `/insights/indicators/${encodeURIComponent(code)}?period=${encodeURIComponent(key)}`}
          />
        </>
      )}
    </div>
  );
}
