// The officer's dashboard counters: open needs, needs connected, connections, deals signed and value.
import { ErrorBox } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatCount, formatVnd } from '../../shared/lib/format.ts';
import { useDashboard } from './matching-queries.ts';

export function DashboardCounters() {
  const { t, lang } = useI18n();
  const res = useDashboard();
  if (res.isError) return <ErrorBox error={res.error} onRetry={() => void res.refetch()} />;
  const d = res.data;
  const connections = d ? Object.values(d.connections).reduce((a, b) => a + b, 0) : 0;
  const items: [string, string, string][] = d
    ? [
        ['open-needs', t('dashboard.openNeeds'), formatCount(d.openNeeds, lang)],
        ['needs-matched', t('dashboard.needsMatched'), formatCount(d.needsMatched, lang)],
        ['connections', t('dashboard.connections'), formatCount(connections, lang)],
        ['deals-signed', t('dashboard.dealsSigned'), formatCount(d.dealsSigned, lang)],
        ['deals-value', t('dashboard.dealsValue'), formatVnd(d.dealsValueVnd) ?? d.dealsValueVnd],
      ]
    : [];
  return (
    <section className="card dashboard" aria-labelledby="dashboard-title">
      <h2 id="dashboard-title">{t('dashboard.title')}</h2>
      <dl className="counters">
        {items.map(([key, label, value]) => (
          <div key={key} className="counter-item" data-counter={key}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
