// A cohort's KPI dashboard: the cohort's monthly totals as a chart with the same figures in a table,
// each startup's latest month in a table, and the XLSX export.
import { useId, useState } from 'react';
import { useParams } from 'react-router';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { cohortXlsxUrl, downloadFile, useCohort, useCohortDashboard } from '../api/incubation-queries.ts';
import { IncFrame } from '../components/IncFrame.tsx';
import { KpiChart } from '../components/KpiChart.tsx';
import { formatMetric, KPI_METRICS, monthLabel } from '../lib/kpi.ts';

export function CohortDashboardPage() {
  const { id = '' } = useParams();
  const { t, lang } = useI18n();
  const hid = useId();
  const res = useCohortDashboard(id);
  const [failure, setFailure] = useState<string | null>(null);
  const cohort = useCohort(id);
  const name = cohort.data ? `${cohort.data.name} — ${cohort.data.programmeTitle}` : '';
  return (
    <IncFrame
      title={t('inc.cohort.title', { cohort: name })}
      lead={t('inc.cohort.lead')}
      sections="officer"
      actions={
        <button
          type="button"
          className="btn btn-secondary"
          onClick={() =>
            void downloadFile(cohortXlsxUrl(id), `cohort-${id}-kpis.xlsx`).catch(() => setFailure(t('error.generic')))
          }
        >
          {t('inc.cohort.xlsx')}
        </button>
      }
    >
      {failure && <ErrorBox>{failure}</ErrorBox>}
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.data && (
        <>
          <section className="inc-section" aria-labelledby={`${hid}-totals`}>
            <h2 id={`${hid}-totals`}>{t('inc.cohort.totals')}</h2>
            <KpiChart rows={res.data.totals} caption={t('inc.cohort.totals')} />
          </section>
          <section className="inc-section" aria-labelledby={`${hid}-startups`}>
            <h2 id={`${hid}-startups`}>{t('inc.cohort.startups')}</h2>
            <div className="table-wrap">
              <table className="table">
                <caption className="visually-hidden">{t('inc.cohort.startups')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('inc.col.startup')}</th>
                    <th scope="col">{t('inc.cohort.lastMonth')}</th>
                    {KPI_METRICS.map((m) => (
                      <th key={m} scope="col">
                        {t(`inc.kpi.${m}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {res.data.startups.map((s) => (
                    <tr key={s.startupId}>
                      <th scope="row">{s.name}</th>
                      <td>{s.latestMonth ? monthLabel(s.latestMonth, lang) : '—'}</td>
                      {KPI_METRICS.map((m) => (
                        <td key={m} className="num">
                          {formatMetric(s[m], m, lang)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </IncFrame>
  );
}
