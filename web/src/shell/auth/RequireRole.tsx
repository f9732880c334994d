import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import { useTitle } from '../../shared/lib/useTitle.ts';
import { useAuth } from './AuthProvider.tsx';
import type { Role } from './roles.ts';

/** A real no-access page: which roles the page is for, which the account has, and ways back. */
export function NoAccessPage({ anyOf }: { anyOf: readonly Role[] }) {
  const { t } = useI18n();
  const { identity } = useAuth();
  const navigate = useNavigate();
  useTitle(t('access.title'));
  const have = identity?.roles.length ? identity.roles.map((r) => t(`role.${r}`)).join(', ') : t('access.noRoles');
  return (
    <div className="container narrow page no-access">
      <h1>{t('access.title')}</h1>
      <p>
        {t('access.why', {
          roles: anyOf.map((r) => t(`role.${r}`)).join(', '),
          name: identity?.name ?? '',
          have,
        })}
      </p>
      <p>{t('access.help')}</p>
      <p className="actions-row">
        {window.history.length > 1 && (
          <button type="button" className="btn btn-secondary" onClick={() => navigate(-1)}>
            {t('access.back')}
          </button>
        )}
        <Link className="btn btn-primary" to="/">
          {t('access.home')}
        </Link>
      </p>
    </div>
  );
}

export function RequireRole({ anyOf, children }: { anyOf: Role[]; children: ReactNode }) {
  const { ready, identity, signIn } = useAuth();
  const { t } = useI18n();
  if (!ready) return <Loading />;
  if (!identity)
    return (
      <div className="container narrow page">
        <h1>{t('access.signInTitle')}</h1>
        <p>{t('auth.required')}</p>
        <p className="actions-row">
          <button type="button" className="btn btn-primary" onClick={() => void signIn()}>
            {t('auth.signIn')}
          </button>
          <Link to="/">{t('access.home')}</Link>
        </p>
      </div>
    );
  if (!identity.roles.some((r) => anyOf.includes(r))) return <NoAccessPage anyOf={anyOf} />;
  return <>{children}</>;
}
