// The officer's request queues over every organisation: the triage queue (new requests, and those sent
// again with the information asked for) and the dossiers to check (accepted requests whose checklist is being
// filled). Each row opens the request, where the officer acts.
import { Link } from 'react-router';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDateTime } from '../../shared/lib/format.ts';
import { useRequests } from '../api/ip-queries.ts';
import type { RequestSummary } from '../api/ip-types.ts';
import { IpFrame } from '../components/IpFrame.tsx';
import { StateBadge, useCodeLabel } from '../components/labels.tsx';
import { IP_BASE } from '../ip-sections.ts';

const QUEUES = {
  triage: { query: '?state=submitted&limit=100', title: 'ip.triageQueue.title', lead: 'ip.triageQueue.lead' },
  dossiers: { query: '?state=accepted&limit=100', title: 'ip.dossierQueue.title', lead: 'ip.dossierQueue.lead' },
} as const;

export function OfficerRequestsPage({ queue }: { queue: keyof typeof QUEUES }) {
  const { t, lang } = useI18n();
  const label = useCodeLabel();
  const q = QUEUES[queue];
  const res = useRequests(q.query);
  const items: RequestSummary[] = res.data?.items ?? [];
  return (
    <IpFrame title={t(q.title)} lead={t(q.lead)}>
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.isSuccess && items.length === 0 && <p className="empty">{t('ip.queue.empty')}</p>}
      {items.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t(q.title)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ip.col.subject')}</th>
                <th scope="col">{t('ip.col.organisation')}</th>
                <th scope="col">{t('ip.col.right')}</th>
                <th scope="col">{t('ip.col.state')}</th>
                <th scope="col">{t('ip.col.assignee')}</th>
                <th scope="col">{t('ip.col.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={`${IP_BASE}/yeu-cau/${encodeURIComponent(r.id)}`}>{r.subjectTitle}</Link>
                  </th>
                  <td>{r.organisation.name}</td>
                  <td>{label('ip.right', r.right)}</td>
                  <td>
                    <StateBadge prefix="ip.state" code={r.state} />
                  </td>
                  <td>{r.assigneeName ?? t('ip.detail.unassigned')}</td>
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
