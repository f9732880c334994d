import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { Loading } from '../components/Status.tsx';
import { useAuth } from './AuthProvider.tsx';
import type { Role } from './roles.ts';

export function RequireRole({ anyOf, children }: { anyOf: Role[]; children: ReactNode }) {
  const { ready, identity, signIn } = useAuth();
  const { t } = useI18n();
  if (!ready) return <Loading />;
  if (!identity)
    return (
      <div className="container narrow page">
        <h1>{t('auth.signIn')}</h1>
        <p>{t('auth.required')}</p>
        <button type="button" className="btn btn-primary" onClick={() => void signIn()}>
          {t('auth.signIn')}
        </button>
      </div>
    );
  if (!identity.roles.some((r) => anyOf.includes(r)))
    return (
      <div className="container narrow page">
        <h1>{t('auth.forbidden')}</h1>
      </div>
    );
  return <>{children}</>;
}
