// One account in a list: who, which roles, organisation and commune, its state, and the actions.
import type { ReactNode } from 'react';
import { formatDateTime } from '../../shared/lib/format.ts';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import type { UserView } from '../api/admin-types.ts';

export function UserCard({
  user,
  localityName,
  children,
}: {
  user: UserView;
  localityName?: string | undefined;
  children: ReactNode;
}) {
  const { t, lang } = useI18n();
  return (
    <li className="card admin-item" data-username={user.username}>
      <div className="admin-item-main">
        <h2>
          {user.displayName} <span className="muted">({user.username})</span>
        </h2>
        <div className="admin-badges">
          {user.roles.map((role) => (
            <span key={role} className="badge">
              {t(`role.${role}`)}
            </span>
          ))}
          {!user.enabled && <span className="badge badge-returned">{t('admin.users.status.disabled')}</span>}
          {user.pending && <span className="badge badge-submitted">{t('admin.users.status.pending')}</span>}
          {user.mustChangePassword && <span className="badge badge-draft">{t('admin.users.mustChange')}</span>}
        </div>
        {user.email && <p className="admin-item-meta">{user.email}</p>}
        <p className="admin-item-meta">
          {t('admin.users.organisation')}: {user.organisationName ?? t('admin.common.none')}
          {' · '}
          {t('admin.users.locality')}: {localityName ?? user.localityCode ?? t('admin.common.none')}
        </p>
        <p className="admin-item-meta">{t('admin.users.created.at', { at: formatDateTime(user.createdAt, lang) })}</p>
      </div>
      <div className="admin-item-actions">{children}</div>
    </li>
  );
}
