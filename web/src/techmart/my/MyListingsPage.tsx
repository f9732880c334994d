import { MyDrafts } from './MyDrafts.tsx';
import { RenewButton, WithdrawButton } from './ListingWorkflow.tsx';
import { useEffect, useId, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { errorMessage } from '../../shared/api/client.ts';
import type { Expert, ListingStatus, Need, Offer } from '../api/techmart-types.ts';
import { useAuth } from '../../shell/auth/AuthProvider.tsx';
import { useMyListings, useSubmitListing } from '../api/techmart-queries.ts';
import { ErrorBox, Flash, Loading } from '../../shared/components/Status.tsx';
import { StatusBadge } from '../components/StatusBadge.tsx';
import type { MessageKey } from '../../shared/i18n/registry.ts';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { formatDate, formatDateTime } from '../../shared/lib/format.ts';
import { useTitle } from '../../shared/lib/useTitle.ts';

const STATUSES: ListingStatus[] = ['draft', 'submitted', 'returned', 'published', 'archived'];

export interface FlashState {
  flash?: string;
}

/** The three kinds of listing an organisation manages, each with its own tab. */
const LIST_TYPES = ['offers', 'needs', 'experts'] as const;
type ListType = (typeof LIST_TYPES)[number];

interface Row {
  id: string;
  title: string;
  status: ListingStatus;
  typeLabel: MessageKey;
  updatedAt?: string | undefined;
  returnReason?: string | undefined;
  note?: string | undefined;
  /** published listings lapse unless renewed; imported copies follow their source */
  expiresAt?: string | undefined;
  expiredAt?: string | undefined;
  renewable: boolean;
  detail: string;
  edit: string;
}

const TAB_LABEL: Record<ListType, MessageKey> = {
  offers: 'my.tab.offers',
  needs: 'my.tab.needs',
  experts: 'my.tab.experts',
};
const NEW_LINK: Record<ListType, { to: string; label: MessageKey }> = {
  offers: { to: '/my/offers/new', label: 'my.new' },
  needs: { to: '/my/needs/new', label: 'my.newNeed' },
  experts: { to: '/my/experts/new', label: 'my.newExpert' },
};
const EMPTY: Record<ListType, MessageKey> = { offers: 'my.empty', needs: 'my.emptyNeeds', experts: 'my.emptyExperts' };

type AnyListing = Offer | Need | Expert;

function expiryOf(item: Offer | Need | Expert): Pick<Row, 'expiresAt' | 'expiredAt' | 'renewable'> {
  const live = item.status !== 'archived' && (item.publishedAt !== undefined || item.publishedVersion !== undefined);
  return {
    expiresAt: item.expiresAt,
    expiredAt: item.expiredAt,
    renewable: live && !item.provenance && item.expiresAt !== undefined,
  };
}

function toRow(type: ListType, item: AnyListing, intakeLabel: (name: string) => string): Row {
  const id = encodeURIComponent(item.id);
  if (type === 'offers') {
    const o = item as Offer;
    return {
      id: o.id,
      title: o.title,
      status: o.status,
      typeLabel: o.kind === 'equipment' ? 'type.equipment' : 'type.offer',
      updatedAt: o.updatedAt,
      returnReason: o.returnReason,
      ...expiryOf(o),
      detail: `/${o.kind === 'equipment' ? 'equipment' : 'offers'}/${id}`,
      edit: `/my/offers/${id}/edit`,
    };
  }
  if (type === 'needs') {
    const n = item as Need;
    const by = n.intake?.enteredBy?.displayName;
    return {
      id: n.id,
      title: n.title,
      status: n.status ?? 'draft',
      typeLabel: 'type.need',
      updatedAt: n.updatedAt,
      returnReason: n.returnReason,
      ...expiryOf(n),
      note: by ? intakeLabel(by) : undefined,
      detail: `/needs/${id}`,
      edit: `/my/needs/${id}/edit`,
    };
  }
  const e = item as Expert;
  return {
    id: e.id,
    title: [e.academicTitle, e.fullName].filter(Boolean).join(' '),
    status: e.status ?? 'draft',
    typeLabel: 'type.expert',
    updatedAt: e.updatedAt,
    returnReason: e.returnReason,
    ...expiryOf(e),
    detail: `/experts/${id}`,
    edit: `/my/experts/${id}/edit`,
  };
}

export function MyListingsPage() {
  const { t, lang } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const { identity } = useAuth();
  const [params, setParams] = useSearchParams();
  // expert profiles are for researchers (their institutes); businesses post offers and needs
  const types = LIST_TYPES.filter((ty) => ty !== 'experts' || identity?.roles.includes('researcher'));
  const raw = params.get('type');
  const type: ListType = (types as readonly string[]).includes(raw ?? '') ? (raw as ListType) : 'offers';
  const [status, setStatus] = useState<ListingStatus | ''>('');
  const [flash, setFlash] = useState<string | null>((location.state as FlashState | null)?.flash ?? null);
  // The flash message is shown once: drop it from the history entry so a reload does not repeat it.
  // biome-ignore lint/correctness/useExhaustiveDependencies: run once on arrival
  useEffect(() => {
    if ((location.state as FlashState | null)?.flash)
      navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  }, []);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const filterId = useId();
  useTitle(t('my.title'));

  const res = useMyListings<AnyListing>(type, status);
  const submission = useSubmitListing(type);

  const submit = async (row: Row) => {
    setBusy(row.id);
    setActionError(null);
    setFlash(null);
    try {
      await submission.mutateAsync(row.id);
      setFlash(t('my.submitted', { title: row.title }));
    } catch (e) {
      setActionError(errorMessage(e, lang, t('error.generic'), t('error.network')));
    } finally {
      setBusy(null);
    }
  };

  const loaded = res.data?.pages.flatMap((p) => p?.items ?? []) ?? [];
  const items = loaded.map((item) => toRow(type, item, (name) => t('my.intakeBy', { name })));
  return (
    <div className="container page">
      <div className="page-head">
        <h1>{t('my.title')}</h1>
        <Link className="btn btn-primary" to={NEW_LINK[type].to}>
          {t(NEW_LINK[type].label)}
        </Link>
        {type === 'offers' && (
          <Link className="btn btn-secondary" to="/my/equipment/new">
            {t('equipment.new')}
          </Link>
        )}
      </div>
      <nav aria-label={t('my.tabs')} className="type-tabs">
        <ul>
          {types.map((ty) => (
            <li key={ty}>
              <Link
                to={`?type=${ty}`}
                className={ty === type ? 'tab current' : 'tab'}
                aria-current={ty === type ? 'page' : undefined}
                onClick={(e) => {
                  e.preventDefault();
                  setFlash(null);
                  setParams({ type: ty });
                }}
              >
                {t(TAB_LABEL[ty])}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
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
      {type === 'offers' && <MyDrafts />}
      {res.isPending && <Loading />}
      {res.isError && <ErrorBox error={res.error} onRetry={() => void res.refetch()} />}
      {res.isSuccess && items.length === 0 && <p className="empty">{t(EMPTY[type])}</p>}
      {items.length > 0 && (
        <div className="table-wrap my-table">
          <table className="table">
            <caption className="visually-hidden">{`${t('my.title')}: ${t(TAB_LABEL[type])}`}</caption>
            <thead>
              <tr>
                <th scope="col">{t(type === 'experts' ? 'my.col.name' : 'my.col.title')}</th>
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
                    <Link to={o.detail}>{o.title}</Link>
                    {o.note && <div className="muted">{o.note}</div>}
                    {o.expiredAt ? (
                      <div className="alert-inline expired">
                        {t('my.expiredAt', { date: formatDate(o.expiredAt, lang) })}
                      </div>
                    ) : (
                      o.expiresAt && (
                        <div className="muted">{t('my.expiresAt', { date: formatDate(o.expiresAt, lang) })}</div>
                      )
                    )}
                    {o.status === 'returned' && o.returnReason && (
                      <div className="return-reason">
                        <strong>{t('my.returnReason')}:</strong> <span className="prewrap">{o.returnReason}</span>
                      </div>
                    )}
                  </th>
                  <td data-label={t('my.col.kind')}>{t(o.typeLabel)}</td>
                  <td data-label={t('my.col.status')}>
                    <StatusBadge status={o.status} />
                  </td>
                  <td data-label={t('my.col.updated')}>{o.updatedAt ? formatDateTime(o.updatedAt, lang) : ''}</td>
                  <td className="cell-actions">
                    {(o.status === 'draft' || o.status === 'returned' || o.status === 'published') && (
                      <Link className="btn btn-secondary btn-sm" to={o.edit} aria-label={`${t('my.edit')}: ${o.title}`}>
                        {t('my.edit')}
                      </Link>
                    )}
                    {o.renewable && <RenewButton collection={type} id={o.id} title={o.title} onRenewed={setFlash} />}
                    {o.status === 'submitted' && (
                      <WithdrawButton collection={type} id={o.id} title={o.title} onWithdrawn={setFlash} />
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
