// A jury member's assignments (contest rounds and programme selection): only their own, with the
// sheet's progress; each opens the shared scoring form.
import { Link } from 'react-router';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { useJuryAssignments } from '../api/incubation-queries.ts';
import { IncFrame } from '../components/IncFrame.tsx';

export function JuryAssignmentsPage() {
  const { t } = useI18n();
  const res = useJuryAssignments();
  const items = res.data?.items ?? [];
  return (
    <IncFrame title={t('inc.jury.title')} lead={t('inc.jury.lead')}>
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.isSuccess && items.length === 0 && <p className="empty">{t('inc.jury.empty')}</p>}
      {items.length > 0 && (
        <div className="table-wrap my-table">
          <table className="table">
            <caption className="visually-hidden">{t('inc.jury.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('inc.col.title')}</th>
                <th scope="col">{t('inc.col.contest')}</th>
                <th scope="col">{t('inc.col.status')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((a) => (
                <tr key={a.id}>
                  <th scope="row" className="cell-title">
                    <Link to={`/khoi-nghiep/cham/${encodeURIComponent(a.id)}`}>{a.applicationTitle}</Link>
                  </th>
                  <td data-label={t('inc.col.contest')}>{a.subjectTitle}</td>
                  <td data-label={t('inc.col.status')}>
                    {t(`inc.jury.sheet.${a.status}`)}
                    {a.total !== null && ` · ${a.total}`}
                    {!a.open && ` · ${t('inc.jury.closed')}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </IncFrame>
  );
}
