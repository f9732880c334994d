// "Nhu cầu đã tiếp nhận": the needs this officer took in for businesses (GET /my/intakes), newest
// first, with their status, the return reason when there is one, edit and follow-up.
import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, TECHMART } from '../../shared/api/client.ts';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDateTime } from '../../shared/lib/format.ts';
import { useTitle } from '../../shared/lib/useTitle.ts';
import { techmartKeys } from '../api/techmart-queries.ts';
import type { Need, Page } from '../api/techmart-types.ts';
import { StatusBadge } from '../components/StatusBadge.tsx';

export function MyIntakesPage() {
  const { t, lang } = useI18n();
  useTitle(t('intakes.title'));
  const res = useInfiniteQuery({
    queryKey: [...techmartKeys.my, 'intakes'],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api<Page<Need>>(`${TECHMART}/my/intakes?limit=50${pageParam ? `&cursor=${encodeURIComponent(pageParam)}` : ''}`, {
        signal,
      }),
    getNextPageParam: (last) => last?.nextCursor ?? null,
  });
  const items = res.data?.pages.flatMap((p) => p?.items ?? []) ?? [];
  return (
    <div className="container page">
      <div className="page-head">
        <h1>{t('intakes.title')}</h1>
        <Link className="btn btn-primary" to="/intake/needs/new">
          {t('intake.new')}
        </Link>
      </div>
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.isSuccess && items.length === 0 && <p className="empty">{t('intake.empty')}</p>}
      <ul className="intake-list">
        {items.map((need) => {
          const id = encodeURIComponent(need.id);
          const editable = need.status === 'draft' || need.status === 'returned' || need.status === 'published';
          return (
            <li key={need.id} className="card intake-item">
              <h2 className="h3">
                <Link to={`/needs/${id}`}>{need.title}</Link>
              </h2>
              <ul className="meta">
                <li>
                  <StatusBadge status={need.status} />
                </li>
                <li>{t('intake.for', { name: need.intake?.onBehalfOf.name ?? need.requester.name })}</li>
                <li>{formatDateTime(need.updatedAt, lang)}</li>
              </ul>
              {need.status === 'returned' && need.returnReason && (
                <p className="return-reason">
                  <strong>{t('my.returnReason')}:</strong> <span className="prewrap">{need.returnReason}</span>
                </p>
              )}
              <p className="form-actions">
                {editable && (
                  <Link
                    className="btn btn-secondary btn-sm"
                    to={`/intake/needs/${id}/edit`}
                    aria-label={`${t('my.edit')}: ${need.title}`}
                  >
                    {t('my.edit')}
                  </Link>
                )}
                <Link
                  className="btn btn-ghost btn-sm"
                  to={`/needs/${id}`}
                  aria-label={`${t('intake.followUp')}: ${need.title}`}
                >
                  {t('intake.followUp')}
                </Link>
              </p>
            </li>
          );
        })}
      </ul>
      {res.hasNextPage && (
        <p className="load-more">
          <button
            type="button"
            className="btn btn-secondary"
            disabled={res.isFetchingNextPage}
            onClick={() => void res.fetchNextPage()}
          >
            {res.isFetchingNextPage ? t('common.loading') : t('common.loadMore')}
          </button>
        </p>
      )}
    </div>
  );
}
