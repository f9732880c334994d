// "Tin của tôi": the organisation's half-filled drafts (`/my/drafts`), each with what is still
// missing before it can be submitted, to continue or delete.
import type { DraftView } from '@sti/techmart/api';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { api, TECHMART } from '../../shared/api/client.ts';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDateTime } from '../../shared/lib/format.ts';
import { techmartKeys } from '../api/techmart-queries.ts';

const draftsKey = [...techmartKeys.my, 'drafts'] as const;

export function MyDrafts() {
  const { t, lang } = useI18n();
  const client = useQueryClient();
  const drafts = useQuery({
    queryKey: draftsKey,
    queryFn: ({ signal }) => api<{ items: DraftView[] }>(`${TECHMART}/my/drafts?type=offer&limit=50`, { signal }),
  });
  const remove = useMutation({
    mutationFn: (id: string) => api(`${TECHMART}/drafts/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => client.invalidateQueries({ queryKey: draftsKey }),
  });
  const items = drafts.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <section className="my-drafts" aria-labelledby="drafts-title">
      <h2 id="drafts-title">{t('draft.list')}</h2>
      <ul className="draft-list">
        {items.map((d) => {
          const title = d.title || t('draft.untitled');
          return (
            <li key={d.id} className="card draft-item">
              <p className="draft-title">
                <strong>{title}</strong> <span className="muted">{formatDateTime(d.updatedAt, lang)}</span>
              </p>
              <p className={d.problems.length ? 'hint' : 'hint ok'}>
                {d.problems.length ? t('draft.missing', { count: d.problems.length }) : t('draft.complete')}
              </p>
              <p className="form-actions">
                <Link
                  className="btn btn-primary btn-sm"
                  to={`/my/offers/new?draft=${encodeURIComponent(d.id)}`}
                  aria-label={`${t('draft.continue')}: ${title}`}
                >
                  {t('draft.continue')}
                </Link>
                <button
                  type="button"
                  className="btn btn-ghost btn-sm"
                  disabled={remove.isPending}
                  aria-label={`${t('draft.delete')}: ${title}`}
                  onClick={() => remove.mutate(d.id)}
                >
                  {t('draft.delete')}
                </button>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
