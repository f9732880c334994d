// "Yêu cầu hỗ trợ SHTT của tôi": the organisation's requests with their state, and the way to a new one.
import { Link } from 'react-router';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDateTime } from '../../shared/lib/format.ts';
import { useRequests } from '../api/ip-queries.ts';
import { IpFrame } from '../components/IpFrame.tsx';
import { StateBadge, useCodeLabel } from '../components/labels.tsx';
import { IP_BASE } from '../ip-sections.ts';

export function MyRequestsPage() {
  const { t, lang } = useI18n();
  const label = useCodeLabel();
  const res = useRequests('?limit=100');
  const items = res.data?.items ?? [];
  return (
    <IpFrame
      title={t('ip.my.title')}
      lead={t('ip.my.lead')}
      actions={
        <Link className="btn btn-primary" to={`${IP_BASE}/yeu-cau/moi`}>
          {t('ip.my.new')}
        </Link>
      }
    >
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.isSuccess && items.length === 0 && <p className="empty">{t('ip.my.empty')}</p>}
      {items.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('ip.my.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ip.col.subject')}</th>
                <th scope="col">{t('ip.col.right')}</th>
                <th scope="col">{t('ip.col.state')}</th>
                <th scope="col">{t('ip.col.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={`${IP_BASE}/yeu-cau/${encodeURIComponent(r.id)}`}>{r.subjectTitle}</Link>
                  </th>
                  <td>{label('ip.right', r.right)}</td>
                  <td>
                    <StateBadge prefix="ip.state" code={r.state} />
                  </td>
                  <td>{formatDateTime(r.updatedAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </IpFrame>
  );
}
