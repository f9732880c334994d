// The officer's matching workbench: open needs of the officer's area by commune and age, each with
// its suggestion counts ("new" since last looked) and top suggestion, and the dashboard counters.
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { useTitle } from '../../shared/lib/useTitle.ts';
import { useReference } from '../api/reference.ts';
import { DashboardCounters } from './DashboardCounters.tsx';
import { Explanation } from './Explanation.tsx';
import { useWorkbench } from './matching-queries.ts';

export function WorkbenchPage() {
  const { t } = useI18n();
  useTitle(t('matching.title'));
  const reference = useReference();
  const [draft, setDraft] = useState({ communeCode: '', newOnly: false });
  const [filter, setFilter] = useState(draft);
  const res = useWorkbench(filter);
  const communes = reference.provinces.flatMap((p) => p.communes);
  return (
    <div className="container page">
      <div className="page-head">
        <h1>{t('matching.title')}</h1>
      </div>
      <p>{t('matching.intro')}</p>
      <DashboardCounters />
      <form
        className="filters"
        onSubmit={(e) => {
          e.preventDefault();
          setFilter(draft);
        }}
      >
        <div className="field">
          <label htmlFor="wb-commune">{t('matching.filter.commune')}</label>
          <select
            id="wb-commune"
            value={draft.communeCode}
            onChange={(e) => setDraft({ ...draft, communeCode: e.target.value })}
          >
            <option value="">{t('matching.filter.all')}</option>
            {communes.map((c) => (
              <option key={c.code} value={c.code}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-check">
          <input
            id="wb-new"
            type="checkbox"
            checked={draft.newOnly}
            onChange={(e) => setDraft({ ...draft, newOnly: e.target.checked })}
          />
          <label htmlFor="wb-new">{t('matching.filter.newOnly')}</label>
        </div>
        <button type="submit" className="btn btn-secondary">
          {t('matching.filter.apply')}
        </button>
      </form>
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.data && (
        <>
          <p role="status">{t('matching.total', { count: res.data.total })}</p>
          {res.data.items.length === 0 && <p className="empty">{t('matching.empty')}</p>}
          <ul className="workbench-list">
            {res.data.items.map((item) => {
              const top = item.top[0];
              return (
                <li key={item.need.id} className="card workbench-item" data-need-id={item.need.id}>
                  <h2 className="h3">
                    <Link to={`/matching/needs/${encodeURIComponent(item.need.id)}`}>{item.need.title}</Link>
                  </h2>
                  <ul className="meta">
                    <li>{item.need.requester.name}</li>
                    <li>{item.need.locality.communeName ?? item.need.locality.provinceName}</li>
                    <li>{t('matching.age', { count: item.need.ageDays })}</li>
                    <li>{t('matching.suggestionCount', { count: item.suggestionCount })}</li>
                    {item.newSuggestionCount > 0 && (
                      <li>
                        <span className="badge badge-new">
                          {t('matching.newCount', { count: item.newSuggestionCount })}
                        </span>
                      </li>
                    )}
                    {item.connectionCount > 0 && (
                      <li>{t('matching.connectionCount', { count: item.connectionCount })}</li>
                    )}
                  </ul>
                  {top && (
                    <div className="top-suggestion">
                      <p>
                        <strong>{t('matching.topSuggestion')}:</strong> {top.candidate.title} —{' '}
                        {t('matching.score', { points: top.points })}
                      </p>
                      <Explanation
                        factors={top.factors.slice(0, 3)}
                        label={`${t('matching.why')}: ${top.candidate.title}`}
                      />
                    </div>
                  )}
                  <p className="form-actions">
                    <Link
                      className="btn btn-secondary btn-sm"
                      to={`/matching/needs/${encodeURIComponent(item.need.id)}`}
                      aria-label={`${t('matching.open')}: ${item.need.title}`}
                    >
                      {t('matching.open')}
                    </Link>
                  </p>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
