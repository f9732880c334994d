// The officer's moderation queue: every type in one list (or one type), filtered by commune, age,
// resubmission and title; a count, an age badge, a summary and, for resubmissions, the previous
// return reason and what changed. Decisions happen in place (ModerationActions).
import { type QueueType as ApiQueueType, QUEUE_TYPES } from '@sti/techmart/api';
import { useInfiniteQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { api, TECHMART } from '../../shared/api/client.ts';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDateTime } from '../../shared/lib/format.ts';
import { useTitle } from '../../shared/lib/useTitle.ts';
import { localityText, useReference } from '../api/reference.ts';
import { techmartKeys } from '../api/techmart-queries.ts';
import type { QueueItem } from '../api/techmart-types.ts';
import { ModerationActions } from './ModerationActions.tsx';
import { QueueChanges } from './QueueChanges.tsx';
import {
  AGE_CHOICES,
  activeFilterCount,
  ageTone,
  filtersFromParams,
  filtersToParams,
  type QueueFilters,
  queueApiQuery,
} from './queue-filters.ts';

interface QueuePage {
  items: QueueItem[];
  nextCursor: string | null;
  total: number;
}

/** The listing's public page (equipment has its own path). */
export function queueDetailPath(item: Pick<QueueItem, 'queueType' | 'id'>): string {
  const base = { offer: 'offers', equipment: 'equipment', need: 'needs', expert: 'experts' }[item.queueType];
  return `/${base}/${encodeURIComponent(item.id)}`;
}

function useFilteredQueue(filters: QueueFilters) {
  const query = queueApiQuery(filters);
  return useInfiniteQuery({
    queryKey: [...techmartKeys.queue, 'filtered', query],
    initialPageParam: null as string | null,
    queryFn: ({ pageParam, signal }) =>
      api<QueuePage>(`${TECHMART}/moderation/queue?${queueApiQuery(filters, pageParam)}`, { signal }),
    getNextPageParam: (last) => last?.nextCursor ?? null,
  });
}

function itemTitle(item: QueueItem): string {
  return item.title || [item.academicTitle, item.fullName].filter(Boolean).join(' ') || item.id;
}

export function ModerationPage() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const [decided, setDecided] = useState(0);
  useTitle(t('mod.title'));
  const res = useFilteredQueue(filters);
  const items = res.data?.pages.flatMap((p) => p?.items ?? []) ?? [];
  const total = Math.max(0, (res.data?.pages[0]?.total ?? 0) - decided);
  const apply = (next: QueueFilters) => {
    setDecided(0);
    setParams(filtersToParams(next));
  };
  return (
    <div className="container page">
      <h1>{t('mod.title')}</h1>
      <QueueFilterForm key={params.toString()} filters={filters} onApply={apply} />
      {res.isSuccess && (
        <p className="result-count" role="status" aria-live="polite">
          {t('queue.count', { count: total })}
        </p>
      )}
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.isSuccess && items.length === 0 && <p className="empty">{t('mod.empty')}</p>}
      <ol className="queue">
        {items.map((item) => (
          <QueueEntry key={`${item.id}-${item.revision}`} item={item} onDecided={() => setDecided((n) => n + 1)} />
        ))}
      </ol>
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

function QueueFilterForm({ filters, onApply }: { filters: QueueFilters; onApply: (f: QueueFilters) => void }) {
  const { t } = useI18n();
  const { provinces } = useReference();
  const [draft, setDraft] = useState<QueueFilters>(filters);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };
  return (
    <form className="queue-filters card" aria-label={t('queue.filters')} onSubmit={submit}>
      <div className="field">
        <label htmlFor="queue-q">{t('queue.search')}</label>
        <input
          id="queue-q"
          type="search"
          value={draft.q ?? ''}
          maxLength={200}
          onChange={(e) => setDraft({ ...draft, q: e.target.value })}
        />
      </div>
      <div className="field">
        <label htmlFor="queue-type">{t('queue.type')}</label>
        <select
          id="queue-type"
          value={draft.type ?? ''}
          onChange={(e) => {
            const next = { ...draft, type: (e.target.value || undefined) as ApiQueueType | undefined };
            setDraft(next);
            onApply(next);
          }}
        >
          <option value="">{t('queue.typeAll')}</option>
          {QUEUE_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`type.${type}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="queue-commune">{t('queue.commune')}</label>
        <select
          id="queue-commune"
          value={draft.communeCode ?? ''}
          onChange={(e) => {
            const next = { ...draft, communeCode: e.target.value || undefined };
            setDraft(next);
            onApply(next);
          }}
        >
          <option value="">{t('queue.communeAll')}</option>
          {provinces.map((p) => (
            <optgroup key={p.provinceCode} label={p.provinceName}>
              {p.communes.map((c) => (
                <option key={c.code} value={c.code}>
                  {c.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="queue-age">{t('queue.age')}</label>
        <select
          id="queue-age"
          value={draft.olderThanDays ?? ''}
          onChange={(e) => {
            const next = { ...draft, olderThanDays: e.target.value ? Number(e.target.value) : undefined };
            setDraft(next);
            onApply(next);
          }}
        >
          <option value="">{t('queue.ageAll')}</option>
          {AGE_CHOICES.map((days) => (
            <option key={days} value={days}>
              {t('queue.ageAtLeast', { days })}
            </option>
          ))}
        </select>
      </div>
      <div className="field field-check">
        <label>
          <input
            type="checkbox"
            checked={draft.resubmitted ?? false}
            onChange={(e) => {
              const next = { ...draft, resubmitted: e.target.checked || undefined };
              setDraft(next);
              onApply(next);
            }}
          />{' '}
          {t('queue.resubmitted')}
        </label>
      </div>
      <div className="form-actions">
        <button type="submit" className="btn btn-primary">
          {t('queue.apply')}
        </button>
        {activeFilterCount(filters) > 0 && (
          <button type="button" className="btn btn-ghost" onClick={() => onApply({})}>
            {t('queue.clear')}
          </button>
        )}
      </div>
    </form>
  );
}

function QueueEntry({ item, onDecided }: { item: QueueItem; onDecided: () => void }) {
  const { t, lang } = useI18n();
  const title = itemTitle(item);
  const headingId = `q-${item.id}`;
  const tone = ageTone(item.ageDays);
  return (
    <li>
      <article className="queue-item card" aria-labelledby={headingId}>
        <h2 id={headingId} className="h3">
          <Link to={queueDetailPath(item)}>{title}</Link>
        </h2>
        <ul className="meta">
          <li className="meta-type">{t(`type.${item.queueType}`)}</li>
          <li>
            <span className={`badge age-${tone}`}>
              {item.ageDays > 0 ? t('queue.ageBadge', { days: item.ageDays }) : t('queue.ageToday')}
            </span>
          </li>
          {item.resubmission && (
            <li>
              <span className="badge badge-resubmitted">{t('queue.resubmission')}</span>
            </li>
          )}
          <li>{t('mod.submittedBy', { name: item.owner.name })}</li>
          {!item.owner.verified && (
            <li>
              <span className="badge badge-unverified" title={t('queue.unverifiedHint')}>
                {t('queue.unverified')}
              </span>
            </li>
          )}
          {localityText(item.locality) && <li>{localityText(item.locality)}</li>}
          <li>{t('mod.submittedAt', { date: formatDateTime(item.submittedAt, lang) })}</li>
        </ul>
        {item.pendingRevision && <p className="muted">{t('mod.pendingRevision')}</p>}
        {item.summary && <p className="queue-summary">{item.summary}</p>}
        <QueueChanges item={item} headingId={headingId} />
        <ModerationActions type={item.type} id={item.id} title={title} onDecided={onDecided} />
      </article>
    </li>
  );
}
