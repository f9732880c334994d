// Accounts (embedded mode): search and filter, create, edit roles / organisation / commune,
// disable and enable, reset a password (the temporary one shown once), verify a registration.
// In Keycloak mode: where the accounts are managed instead.
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { useAuth } from '../../shell/auth/AuthProvider.tsx';
import { ROLES, type Role } from '../../shell/auth/roles.ts';
import { useReference } from '../../techmart/api/reference.ts';
import { type UserStatus, useUsers } from '../api/admin-queries.ts';
import { isKeycloak, type UserView } from '../api/admin-types.ts';
import { AdminFrame, Outcome } from '../components/AdminFrame.tsx';
import { ConfirmDialog } from '../components/ConfirmDialog.tsx';
import { Field } from '../components/Field.tsx';
import { TemporaryPasswordDialog } from '../components/TemporaryPasswordDialog.tsx';
import { KeycloakNotice } from './KeycloakNotice.tsx';
import { communeName } from './localities.ts';
import { useAccountActions } from './useAccountActions.ts';
import { UserCard } from './UserCard.tsx';
import { UserFormDialog } from './UserFormDialog.tsx';

export function UsersPage() {
  const { t } = useI18n();
  const { identity } = useAuth();
  const { provinces } = useReference();
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [status, setStatus] = useState<UserStatus>('');
  const users = useUsers(q, role, status);
  const actions = useAccountActions();
  const [form, setForm] = useState<{ editing: UserView | null } | null>(null);

  const first = users.data?.pages[0];
  const list = (users.data?.pages ?? []).flatMap((page) => ('items' in page ? page.items : []));

  return (
    <AdminFrame title={t('admin.users.title')} lead={t('admin.users.lead')}>
      {isKeycloak(first) ? (
        <KeycloakNotice pointers={first} />
      ) : (
        <>
          <div className="toolbar">
            <button type="button" className="btn btn-primary" onClick={() => setForm({ editing: null })}>
              {t('admin.users.create')}
            </button>
            <Link className="btn btn-secondary" to="/admin/users/pending">
              {t('admin.nav.pending')}
            </Link>
          </div>
          <search>
            <form
              className="admin-filters"
              onSubmit={(event) => {
                event.preventDefault();
                setQ(draft.trim());
              }}
            >
              <Field id="users-q" label={t('admin.users.q')} className="grow">
                <input type="search" value={draft} onChange={(event) => setDraft(event.target.value)} />
              </Field>
              <Field id="users-role" label={t('admin.users.role')}>
                <select value={role} onChange={(event) => setRole(event.target.value as Role | '')}>
                  <option value="">{t('admin.users.anyRole')}</option>
                  {ROLES.map((r) => (
                    <option key={r} value={r}>
                      {t(`role.${r}`)}
                    </option>
                  ))}
                </select>
              </Field>
              <Field id="users-status" label={t('admin.users.status')}>
                <select value={status} onChange={(event) => setStatus(event.target.value as UserStatus)}>
                  <option value="">{t('admin.users.anyStatus')}</option>
                  <option value="enabled">{t('admin.users.status.enabled')}</option>
                  <option value="disabled">{t('admin.users.status.disabled')}</option>
                  <option value="pending">{t('admin.users.status.pending')}</option>
                </select>
              </Field>
              <button type="submit" className="btn btn-secondary">
                {t('admin.common.search')}
              </button>
            </form>
          </search>
          <Outcome text={actions.outcome} error={actions.failure} />
          {users.isPending ? (
            <Loading />
          ) : users.isError ? (
            <ErrorBox error={users.error} onRetry={() => void users.refetch()} />
          ) : list.length === 0 ? (
            <p className="empty">{t('admin.common.empty')}</p>
          ) : (
            <>
              <p className="muted">{t('admin.common.count', { count: list.length })}</p>
              <ul className="admin-list">
                {list.map((user) => (
                  <UserCard key={user.id} user={user} localityName={communeName(user.localityCode, provinces)}>
                    <button
                      type="button"
                      className="btn btn-secondary btn-sm"
                      aria-label={`${t('admin.common.edit')}: ${user.username}`}
                      onClick={() => setForm({ editing: user })}
                    >
                      {t('admin.common.edit')}
                    </button>
                    {user.pending && (
                      <button
                        type="button"
                        className="btn btn-primary btn-sm"
                        aria-label={`${t('admin.users.verify')}: ${user.username}`}
                        onClick={() => actions.ask('verify', user)}
                      >
                        {t('admin.users.verify')}
                      </button>
                    )}
                    <button
                      type="button"
                      className="btn btn-secondary btn-sm"
                      aria-label={`${t('admin.users.resetPassword')}: ${user.username}`}
                      onClick={() => actions.ask('reset', user)}
                    >
                      {t('admin.users.resetPassword')}
                    </button>
                    {user.enabled ? (
                      user.username !== identity?.username && (
                        <button
                          type="button"
                          className="btn btn-danger btn-sm"
                          aria-label={`${t('admin.users.disable')}: ${user.username}`}
                          onClick={() => actions.ask('disable', user)}
                        >
                          {t('admin.users.disable')}
                        </button>
                      )
                    ) : (
                      <button
                        type="button"
                        className="btn btn-secondary btn-sm"
                        aria-label={`${t('admin.users.enable')}: ${user.username}`}
                        onClick={() => actions.enable(user)}
                      >
                        {t('admin.users.enable')}
                      </button>
                    )}
                  </UserCard>
                ))}
              </ul>
              {users.hasNextPage && (
                <button
                  type="button"
                  className="btn btn-secondary"
                  disabled={users.isFetchingNextPage}
                  onClick={() => void users.fetchNextPage()}
                >
                  {t('admin.common.loadMore')}
                </button>
              )}
            </>
          )}
        </>
      )}
      <AccountConfirmations actions={actions} />
      <UserFormDialog
        open={form !== null}
        editing={form?.editing ?? null}
        onClose={() => setForm(null)}
        onCreated={(answer) => {
          setForm(null);
          actions.setOutcome(t('admin.users.created', { name: answer.user.username }));
          actions.setTemporary({ name: answer.user.username, password: answer.temporaryPassword });
        }}
        onSaved={(user) => {
          setForm(null);
          actions.setOutcome(t('admin.users.saved', { name: user.username }));
        }}
      />
    </AdminFrame>
  );
}

/** The confirmations and the temporary password of the account actions. */
export function AccountConfirmations({ actions }: { actions: ReturnType<typeof useAccountActions> }) {
  const { t } = useI18n();
  const c = actions.confirming;
  const name = c ? `${c.user.displayName} (${c.user.username})` : '';
  return (
    <>
      <ConfirmDialog
        open={c !== null}
        title={
          c?.kind === 'disable'
            ? t('admin.users.disable')
            : c?.kind === 'reset'
              ? t('admin.users.resetPassword')
              : t('admin.users.verify')
        }
        confirmLabel={
          c?.kind === 'disable'
            ? t('admin.users.disable')
            : c?.kind === 'reset'
              ? t('admin.users.resetPassword')
              : t('admin.users.verify')
        }
        danger={c?.kind === 'disable'}
        busy={actions.busy}
        onConfirm={actions.confirm}
        onCancel={actions.cancel}
      >
        <p>
          {c?.kind === 'disable'
            ? t('admin.users.confirmDisable', { name })
            : c?.kind === 'reset'
              ? t('admin.users.confirmReset', { name })
              : t('admin.users.confirmVerify', {
                  name,
                  organisation: c?.user.organisationName ?? t('admin.common.none'),
                })}
        </p>
      </ConfirmDialog>
      <TemporaryPasswordDialog shown={actions.temporary} onClose={actions.closeTemporary} />
    </>
  );
}
