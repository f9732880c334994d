// "Tài khoản chờ xác minh": businesses that registered themselves, for officers and admins to verify.
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { useReference } from '../../techmart/api/reference.ts';
import { useUsers } from '../api/admin-queries.ts';
import { isKeycloak } from '../api/admin-types.ts';
import { AdminFrame, Outcome } from '../components/AdminFrame.tsx';
import { KeycloakNotice } from './KeycloakNotice.tsx';
import { communeName } from './localities.ts';
import { useAccountActions } from './useAccountActions.ts';
import { AccountConfirmations } from './UsersPage.tsx';
import { UserCard } from './UserCard.tsx';

export function PendingAccountsPage() {
  const { t } = useI18n();
  const { provinces } = useReference();
  const users = useUsers('', '', 'pending');
  const actions = useAccountActions();
  const first = users.data?.pages[0];
  const list = (users.data?.pages ?? []).flatMap((page) => ('items' in page ? page.items : []));
  return (
    <AdminFrame title={t('admin.pending.title')} lead={t('admin.pending.lead')}>
      <Outcome text={actions.outcome} error={actions.failure} />
      {users.isPending ? (
        <Loading />
      ) : users.isError ? (
        <ErrorBox error={users.error} onRetry={() => void users.refetch()} />
      ) : isKeycloak(first) ? (
        <KeycloakNotice pointers={first} />
      ) : list.length === 0 ? (
        <p className="empty">{t('admin.pending.empty')}</p>
      ) : (
        <>
          <p className="muted">{t('admin.common.count', { count: list.length })}</p>
          <ul className="admin-list">
            {list.map((user) => (
              <UserCard key={user.id} user={user} localityName={communeName(user.localityCode, provinces)}>
                <button
                  type="button"
                  className="btn btn-primary btn-sm"
                  aria-label={`${t('admin.users.verify')}: ${user.username}`}
                  onClick={() => actions.ask('verify', user)}
                >
                  {t('admin.users.verify')}
                </button>
              </UserCard>
            ))}
          </ul>
          {users.hasNextPage && (
            <button type="button" className="btn btn-secondary" onClick={() => void users.fetchNextPage()}>
              {t('admin.common.loadMore')}
            </button>
          )}
        </>
      )}
      <AccountConfirmations actions={actions} />
    </AdminFrame>
  );
}
