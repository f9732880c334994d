// "Sáng kiến của tôi": the author's submissions with their state, and the way to a new one.
import { Link } from 'react-router';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDateTime } from '../../shared/lib/format.ts';
import { useMySubmissions } from '../api/initiatives-queries.ts';
import { IniFrame } from '../components/IniFrame.tsx';
import { StateBadge } from '../components/StateBadge.tsx';

export function MyInitiativesPage() {
  const { t, lang } = useI18n();
  const res = useMySubmissions();
  const items = res.data?.items ?? [];
  return (
    <IniFrame
      title={t('ini.my.title')}
      lead={t('ini.my.lead')}
      actions={
        <Link className="btn btn-primary" to="/sang-kien/nop">
          {t('ini.my.new')}
        </Link>
      }
    >
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.isSuccess && items.length === 0 && <p className="empty">{t('ini.my.empty')}</p>}
      {items.length > 0 && (
        <div className="table-wrap my-table">
          <table className="table">
            <caption className="visually-hidden">{t('ini.my.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ini.col.title')}</th>
                <th scope="col">{t('ini.col.campaign')}</th>
                <th scope="col">{t('ini.col.state')}</th>
                <th scope="col">{t('ini.col.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((s) => (
                <tr key={s.id}>
                  <th scope="row" className="cell-title">
                    <Link to={`/sang-kien/cua-toi/${encodeURIComponent(s.id)}`}>{s.title}</Link>
                  </th>
                  <td data-label={t('ini.col.campaign')}>{s.campaignTitle ?? ''}</td>
                  <td data-label={t('ini.col.state')}>
                    <StateBadge state={s.state} />
                  </td>
                  <td data-label={t('ini.col.updated')}>{formatDateTime(s.updatedAt, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </IniFrame>
  );
}
