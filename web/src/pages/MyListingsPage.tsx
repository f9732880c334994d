import { useEffect, useId, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { api, errorMessage, TECHMART } from '../api/client.ts';
import type { ListingStatus, Offer, Page } from '../api/types.ts';
import { useCursorList } from '../api/useCursorList.ts';
import { ErrorBox, Flash, Loading } from '../components/Status.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { formatDateTime } from '../lib/format.ts';
import { useTitle } from '../lib/useTitle.ts';

const STATUSES: ListingStatus[] = ['draft', 'submitted', 'returned', 'published', 'archived'];

export interface FlashState {
  flash?: string;
}

export function MyListingsPage() {
  const { t, lang } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [status, setStatus] = useState<ListingStatus | ''>('');
  const [flash, setFlash] = useState<string | null>((location.state as FlashState | null)?.flash ?? null);
  // The flash message is shown once: drop it from the history entry so a reload does not repeat it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: run once on arrival
  useEffect(() => {
    if ((location.state as FlashState | null)?.flash) navigate('.', { replace: true, state: null });
  }, []);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const filterId = useId();
  useTitle(t('my.title'));

  const query = `limit=50${status ? `&status=${status}` : ''}`;
  const res = useCursorList<Offer>(query, (cursor, signal) =>
    api<Page<Offer>>(`${TECHMART}/my/offers?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, {
      signal,
    }),
  );

  const submit = async (offer: Offer) => {
    setBusy(offer.id);
    setActionError(null);
    setFlash(null);
    try {
      await api(`${TECHMART}/offers/${encodeURIComponent(offer.id)}/submit`, { method: 'POST', json: {} });
      setFlash(t('my.submitted', { title: offer.title }));
      res.reload();
    } catch (e) {
      setActionError(errorMessage(e, lang, t('error.generic'), t('error.network')));
    } finally {
      setBusy(null);
    }
  };

  const items = res.items;
  return (
    <div className="container page">
      <div className="page-head">
        <h1>{t('my.title')}</h1>
        <Link className="btn btn-primary" to="/my/offers/new">
          {t('my.new')}
        </Link>
      </div>
      <Flash message={flash} />
      {actionError && <ErrorBox>{actionError}</ErrorBox>}
      <div className="toolbar">
        <label htmlFor={filterId}>{t('my.filter')}</label>
        <select
          id={filterId}
          value={status}
          onChange={(e) => {
            setStatus(e.target.value as ListingStatus | '');
          }}
        >
          <option value="">{t('my.filterAll')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      {res.loading && !res.loaded && <Loading />}
      {res.error !== undefined && <ErrorBox error={res.error} onRetry={res.reload} />}
      {res.loaded && items.length === 0 && <p className="empty">{t('my.empty')}</p>}
      {items.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('my.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('my.col.title')}</th>
                <th scope="col">{t('my.col.kind')}</th>
                <th scope="col">{t('my.col.status')}</th>
                <th scope="col">{t('my.col.updated')}</th>
                <th scope="col">{t('my.col.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((o) => (
                <tr key={o.id}>
                  <th scope="row" className="cell-title">
                    <Link to={`/offers/${encodeURIComponent(o.id)}`}>{o.title}</Link>
                    {o.status === 'returned' && o.returnReason && (
                      <div className="return-reason">
                        <strong>{t('my.returnReason')}:</strong> <span className="prewrap">{o.returnReason}</span>
                      </div>
                    )}
                  </th>
                  <td>{t(o.kind === 'equipment' ? 'type.equipment' : 'type.offer')}</td>
                  <td>
                    <StatusBadge status={o.status} />
                  </td>
                  <td>{formatDateTime(o.updatedAt, lang)}</td>
                  <td className="cell-actions">
                    {(o.status === 'draft' || o.status === 'returned' || o.status === 'published') && (
                      <Link
                        className="btn btn-secondary btn-sm"
                        to={`/my/offers/${encodeURIComponent(o.id)}/edit`}
                        aria-label={`${t('my.edit')}: ${o.title}`}
                      >
                        {t('my.edit')}
                      </Link>
                    )}
                    {(o.status === 'draft' || o.status === 'returned') && (
                      <button
                        type="button"
                        className="btn btn-primary btn-sm"
                        disabled={busy === o.id}
                        aria-label={`${t('my.submit')}: ${o.title}`}
                        onClick={() => void submit(o)}
                      >
                        {t('my.submit')}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {res.hasMore && (
        <p className="load-more">
          <button type="button" className="btn btn-secondary" disabled={res.loading} onClick={res.loadMore}>
            {res.loading ? t('common.loading') : t('common.loadMore')}
          </button>
        </p>
      )}
    </div>
  );
}
