// Open data: the indicators the province publishes, for anyone, with a CSV download.
import { ErrorBox, Loading } from '../shared/components/Status.tsx';
import { useI18n } from '../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../shared/lib/format.ts';
import { useTitle } from '../shared/lib/useTitle.ts';
import { publicCsvUrl, usePublicOverview } from './api/insights-queries.ts';
import { IndicatorTiles } from './components/IndicatorTiles.tsx';
import { PeriodPicker } from './components/PeriodPicker.tsx';
import { usePeriodParam } from './InsightsDashboardPage.tsx';
import './insights.css';

export function PublicIndicatorsPage() {
  const { t, lang } = useI18n();
  const { key, parts, setPeriod } = usePeriodParam('year');
  const overview = usePublicOverview(key);
  useTitle(t('insights.public.title'));
  return (
    <div className="container page insights">
      <div className="page-head">
        <div>
          <h1>{t('insights.public.title')}</h1>
          <p className="lead">{t('insights.public.lead')}</p>
        </div>
        <a className="btn btn-secondary" href={publicCsvUrl(key)} download>
          {t('insights.export.csv')}
        </a>
      </div>
      <PeriodPicker value={parts} onChange={setPeriod} />
      {overview.isPending && <Loading />}
      {overview.isError && <ErrorBox error={overview.error} onRetry={() => void overview.refetch()} />}
      {overview.data && (
        <>
          <p className="insights-asof">
            {lang === 'en' ? overview.data.period.label.en : overview.data.period.label.vi} —{' '}
            {t('insights.period.evaluatedOn', { date: formatDate(overview.data.evaluatedOn, lang) })}
          </p>
          {overview.data.tiles.length === 0 ? (
            <p className="empty">{t('insights.empty')}</p>
          ) : (
            <IndicatorTiles overview={overview.data} />
          )}
        </>
      )}
    </div>
  );
}
