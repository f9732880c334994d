// OCOP product readiness: for each product, one checklist of what it needs to sell legally and earn its
// stars (label content, barcode numbers, the declared base standard, a quality system, the IP right),
// each item with its status. A co-operative sees its own products; an officer (`pipeline`) every one.
import { Link } from 'react-router';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { useOcopProducts } from '../api/ip-queries.ts';
import { IpFrame } from '../components/IpFrame.tsx';
import { StateBadge, useCodeLabel } from '../components/labels.tsx';
import { IP_BASE } from '../ip-sections.ts';

export const OCOP_ITEMS = ['label', 'barcode', 'base_standard', 'quality_system', 'ip_right'] as const;

export function OcopPage({ pipeline }: { pipeline: boolean }) {
  const { t } = useI18n();
  const label = useCodeLabel();
  const res = useOcopProducts();
  const items = res.data?.items ?? [];
  const caption = t(pipeline ? 'ip.ocop.pipeline' : 'ip.ocop.title');
  return (
    <IpFrame title={caption} lead={t('ip.ocop.lead')}>
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.isSuccess && items.length === 0 && <p className="empty">{t('ip.ocop.empty')}</p>}
      {items.length > 0 && (
        <div className="table-wrap">
          <table className="table ip-ocop-table">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ip.ocop.product')}</th>
                {pipeline && <th scope="col">{t('ip.col.organisation')}</th>}
                <th scope="col">{t('ip.ocop.readiness')}</th>
                {OCOP_ITEMS.map((c) => (
                  <th scope="col" key={c}>
                    {label('ip.ocopCode', c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {items.map((p) => (
                <tr key={p.id}>
                  <th scope="row">
                    <Link to={`${IP_BASE}/ocop/${encodeURIComponent(p.id)}`}>{p.name}</Link>
                    <span className="muted">
                      {' '}
                      · {label('ip.ocopCategory', p.category)} ·{' '}
                      {t('ip.ocop.starsOf', { reached: p.starsReached, target: p.targetStars })}
                    </span>
                    {p.openHelpCount > 0 && (
                      <span className="muted"> · {t('ip.ocop.openHelp', { count: p.openHelpCount })}</span>
                    )}
                  </th>
                  {pipeline && <td>{p.organisationName}</td>}
                  <td>
                    {p.readinessPercent}%{p.readyForTarget ? ` · ${t('ip.ocop.readyForTarget')}` : ''}
                  </td>
                  {OCOP_ITEMS.map((c) => (
                    <td key={c}>
                      {p.itemStatuses[c] ? <StateBadge prefix="ip.readiness" code={p.itemStatuses[c]} /> : '—'}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </IpFrame>
  );
}
