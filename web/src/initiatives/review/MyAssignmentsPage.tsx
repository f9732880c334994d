// The reviewer's assignments: which initiatives to score, by when, and how far each sheet is.
import { Link } from 'react-router';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import { useMyAssignments } from '../api/initiatives-queries.ts';
import { IniFrame } from '../components/IniFrame.tsx';

export function MyAssignmentsPage() {
  const { t, lang } = useI18n();
  const res = useMyAssignments();
  const items = [...(res.data?.items ?? [])].sort((a, b) => a.dueOn.localeCompare(b.dueOn));
  return (
    <IniFrame title={t('ini.assignments.title')} lead={t('ini.assignments.lead')}>
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.isSuccess && items.length === 0 && <p className="empty">{t('ini.assignments.empty')}</p>}
      {items.length > 0 && (
        <div className="table-wrap my-table">
          <table className="table">
            <caption className="visually-hidden">{t('ini.assignments.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ini.col.title')}</th>
                <th scope="col">{t('ini.col.campaign')}</th>
                <th scope="col">{t('ini.col.due')}</th>
                <th scope="col">{t('ini.col.progress')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id}>
                  <th scope="row" className="cell-title">
                    <Link to={`/sang-kien/cham/${encodeURIComponent(a.id)}`}>{a.submission.title}</Link>
                  </th>
                  <td data-label={t('ini.col.campaign')}>{a.campaign.title}</td>
                  <td data-label={t('ini.col.due')}>
                    {formatDate(a.dueOn, lang)}
                    {a.overdue && <span className="badge badge-returned"> {t('ini.assignments.overdue')}</span>}
                  </td>
                  <td data-label={t('ini.col.progress')}>
                    {t(`ini.sheet.${a.sheetStatus}`)}
                    {a.roundClosed && ` · ${t('ini.results.closed')}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </IniFrame>
  );
}
