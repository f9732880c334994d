// The officer's incubation programmes: status, call dates, seats, the pipeline board and each
// cohort's KPI dashboard.
import { Link } from 'react-router';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate } from '../../shared/lib/format.ts';
import { useProgrammes } from '../api/incubation-queries.ts';
import { IncFrame } from '../components/IncFrame.tsx';

export function ProgrammesPage() {
  const { t, lang } = useI18n();
  const res = useProgrammes();
  const items = res.data?.items ?? [];
  return (
    <IncFrame title={t('inc.prog.title')} lead={t('inc.prog.lead')} sections="officer">
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.isSuccess && items.length === 0 && <p className="empty">{t('inc.prog.empty')}</p>}
      <ul className="inc-cards">
        {items.map((p) => (
          <li key={p.id}>
            <h2 className="h3">{p.title}</h2>
            <p>
              <span className="badge">{t(`inc.prog.status.${p.status}`)}</span> {formatDate(p.callOpensAt, lang)} –{' '}
              {formatDate(p.callClosesAt, lang)}
            </p>
            <p>
              <Link to={`/khoi-nghiep/quan-ly/chuong-trinh/${encodeURIComponent(p.id)}`}>
                {t('inc.prog.boardOf', { programme: p.title })}
              </Link>
            </p>
            {(p.cohorts ?? []).length > 0 && (
              <ul>
                {(p.cohorts ?? []).map((c) => (
                  <li key={c.id}>
                    <Link to={`/khoi-nghiep/quan-ly/khoa/${encodeURIComponent(c.id)}`}>
                      {t('inc.prog.dashboard', { cohort: c.name })}
                    </Link>
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </IncFrame>
  );
}
