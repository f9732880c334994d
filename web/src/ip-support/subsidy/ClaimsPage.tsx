// Cost-subsidy claims. A business sees its organisation's claims (opened for it when a certificate is
// granted or an application accepted); an officer (`queue`) sees every claim waiting for a decision or a
// payment, under the year's budget gauges (committed / paid / left).
import { Link } from 'react-router';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDateTime } from '../../shared/lib/format.ts';
import { useBudgets, useClaims } from '../api/ip-queries.ts';
import { BudgetGauge } from '../components/BudgetGauge.tsx';
import { IpFrame } from '../components/IpFrame.tsx';
import { StateBadge, useCodeLabel, vnd } from '../components/labels.tsx';
import { IP_BASE } from '../ip-sections.ts';

export function ClaimsPage({ queue }: { queue: boolean }) {
  const { t, lang } = useI18n();
  const label = useCodeLabel();
  const res = useClaims(!queue, '?limit=100');
  const items = res.data?.items ?? [];
  return (
    <IpFrame
      title={t(queue ? 'ip.queue.title' : 'ip.claims.title')}
      lead={t(queue ? 'ip.queue.lead' : 'ip.claims.lead')}
    >
      {queue && <Budgets />}
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.isSuccess && items.length === 0 && <p className="empty">{t('ip.claims.empty')}</p>}
      {items.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t(queue ? 'ip.queue.title' : 'ip.claims.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ip.col.subject')}</th>
                {queue && <th scope="col">{t('ip.col.organisation')}</th>}
                <th scope="col">{t('ip.col.right')}</th>
                <th scope="col">{t('ip.col.state')}</th>
                <th scope="col">{t('ip.claims.amount')}</th>
                <th scope="col">{t('ip.col.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`${IP_BASE}/ho-tro-chi-phi/${encodeURIComponent(c.id)}`}>{c.title}</Link>
                  </th>
                  {queue && <td>{c.organisation.name}</td>}
                  <td>{label('ip.right', c.right)}</td>
                  <td>
                    <StateBadge prefix="ip.claimState" code={c.state} />
                  </td>
                  <td>{vnd(c.amountVnd ?? c.assessment.amountVnd)}</td>
                  <td>{formatDateTime(c.updatedAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </IpFrame>
  );
}

export function Budgets() {
  const { t } = useI18n();
  const res = useBudgets();
  if (res.isPending) return <Loading />;
  if (res.isError) return <ErrorBox error={res.error} onRetry={() => void res.refetch()} />;
  if (res.data.items.length === 0) return <p className="empty">{t('ip.budget.none')}</p>;
  return (
    <div className="ip-gauges">
      {res.data.items.map((b) => (
        <BudgetGauge key={b.id} budget={b} />
      ))}
    </div>
  );
}
