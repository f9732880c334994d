// OCOP product readiness: for each product, one checklist of what it needs to sell legally and earn its
// stars (label content, barcode numbers, the declared base standard, a quality system, the IP right),
// each item with its state. A co-operative sees its own products; an officer (`pipeline`) every one.
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { useOcopProducts } from '../api/ip-queries.ts';
import { IpFrame } from '../components/IpFrame.tsx';
import { StateBadge } from '../components/labels.tsx';

export function OcopPage({ pipeline }: { pipeline: boolean }) {
  const { t, lang } = useI18n();
  const res = useOcopProducts();
  const items = res.data?.items ?? [];
  return (
    <IpFrame title={t(pipeline ? 'ip.ocop.pipeline' : 'ip.ocop.title')} lead={t('ip.ocop.lead')}>
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.isSuccess && items.length === 0 && <p className="empty">{t('ip.ocop.empty')}</p>}
      <ul className="ip-ocop">
        {items.map((p) => {
          const ready = p.items.filter((i) => /done|met|ready|accepted|complete/.test(i.state)).length;
          return (
            <li key={p.id} className="card">
              <h2 className="h3">{p.name}</h2>
              <p className="muted">
                {pipeline ? `${p.organisationName} · ` : ''}
                {t('ip.ocop.readyCount', { ready, total: p.items.length })}
                {p.stars ? ` · ${t('ip.ocop.stars', { count: p.stars })}` : ''}
              </p>
              <p>
                <StateBadge prefix="ip.ocopState" code={p.state} />
              </p>
              <ul className="ip-ocop-items" aria-label={t('ip.ocop.itemsOf', { name: p.name })}>
                {p.items.map((i) => (
                  <li key={i.code}>
                    {lang === 'en' ? i.titleEn : i.titleVi} <StateBadge prefix="ip.ocopItem" code={i.state} />
                    {i.note && <span className="muted"> — {i.note}</span>}
                  </li>
                ))}
              </ul>
            </li>
          );
        })}
      </ul>
    </IpFrame>
  );
}
