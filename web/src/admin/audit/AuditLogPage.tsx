// The audit log: account changes and organisation / reference-data changes, newest first, filtered
// by actor, action and day, exported as CSV (what is shown).
import { useMemo, useState } from 'react';
import { ApiError, errorMessage } from '../../shared/api/client.ts';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { formatDateTime } from '../../shared/lib/format.ts';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { useAccountAudit, useTechmartAudit } from '../api/admin-queries.ts';
import { AdminFrame } from '../components/AdminFrame.tsx';
import { Field } from '../components/Field.tsx';
import { type AuditFilter, auditCsv, filterAudit, mergeAudit, NO_FILTER } from './audit-rows.ts';

export function AuditLogPage() {
  const { t, lang } = useI18n();
  const accounts = useAccountAudit();
  const techmart = useTechmartAudit();
  const [filter, setFilter] = useState<AuditFilter>(NO_FILTER);
  const rows = useMemo(
    () =>
      mergeAudit(
        (accounts.data?.pages ?? []).flatMap((p) => p.items ?? []),
        (techmart.data?.pages ?? []).flatMap((p) => p.items ?? []),
      ),
    [accounts.data, techmart.data],
  );
  const shown = useMemo(() => filterAudit(rows, filter), [rows, filter]);
  const set = (key: keyof AuditFilter) => (event: { target: { value: string } }) =>
    setFilter((f) => ({ ...f, [key]: event.target.value }));
  const techmartMissing =
    techmart.isError &&
    !(techmart.error instanceof ApiError && techmart.error.status === 404) &&
    errorMessage(techmart.error, lang, t('error.generic'), t('error.network'));

  const exportCsv = () => {
    const blob = new Blob([auditCsv(shown)], { type: 'text/csv;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `audit-${new Date().toISOString().slice(0, 10)}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <AdminFrame title={t('admin.audit.title')} lead={t('admin.audit.lead')}>
      <search>
        <form className="admin-filters" onSubmit={(event) => event.preventDefault()}>
          <Field id="audit-actor" label={t('admin.audit.actor')}>
            <input type="search" value={filter.actor} onChange={set('actor')} />
          </Field>
          <Field id="audit-action" label={t('admin.audit.action')}>
            <input type="search" value={filter.action} onChange={set('action')} />
          </Field>
          <Field id="audit-from" label={t('admin.audit.from')}>
            <input type="date" value={filter.from} onChange={set('from')} />
          </Field>
          <Field id="audit-to" label={t('admin.audit.to')}>
            <input type="date" value={filter.to} onChange={set('to')} />
          </Field>
          <button type="button" className="btn btn-secondary" onClick={() => setFilter(NO_FILTER)}>
            {t('admin.audit.clear')}
          </button>
          <button type="button" className="btn btn-primary" onClick={exportCsv} disabled={shown.length === 0}>
            {t('admin.audit.export')}
          </button>
        </form>
      </search>
      {techmartMissing && (
        <p className="alert alert-warning">{t('admin.audit.techmartMissing', { reason: techmartMissing })}</p>
      )}
      {accounts.isPending ? (
        <Loading />
      ) : accounts.isError ? (
        <ErrorBox error={accounts.error} onRetry={() => void accounts.refetch()} />
      ) : (
        <>
          <p className="muted" role="status">
            {t('admin.audit.shown', { count: shown.length })}
          </p>
          {shown.length === 0 ? (
            <p className="empty">{t('admin.common.empty')}</p>
          ) : (
            <ul className="admin-list">
              {shown.map((row) => (
                <li key={row.key} className="card admin-item" data-action={row.action}>
                  <div className="admin-item-main">
                    <h2>
                      <code>{row.action}</code>
                    </h2>
                    <p className="admin-item-meta">
                      {t('admin.audit.at')}: {formatDateTime(row.at, lang)} · {t('admin.audit.actor')}: {row.actor}
                      {row.target && (
                        <>
                          {' · '}
                          {t('admin.audit.target')}: {row.target}
                        </>
                      )}
                    </p>
                    {row.detail && <p className="admin-audit-detail">{row.detail}</p>}
                  </div>
                </li>
              ))}
            </ul>
          )}
          {(accounts.hasNextPage || techmart.hasNextPage) && (
            <button
              type="button"
              className="btn btn-secondary"
              disabled={accounts.isFetchingNextPage || techmart.isFetchingNextPage}
              onClick={() => {
                if (accounts.hasNextPage) void accounts.fetchNextPage();
                if (techmart.hasNextPage) void techmart.fetchNextPage();
              }}
            >
              {t('admin.common.loadMore')}
            </button>
          )}
        </>
      )}
    </AdminFrame>
  );
}
