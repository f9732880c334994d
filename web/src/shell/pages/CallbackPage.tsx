import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../auth/AuthProvider.tsx';
import { ErrorBox, Loading } from '../../shared/components/Status.tsx';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';

export function CallbackPage() {
  const { completeSignIn } = useAuth();
  const { t } = useI18n();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return; // StrictMode runs effects twice; the code is single-use
    started.current = true;
    completeSignIn().then(
      (path) => navigate(path, { replace: true }),
      () => setFailed(true),
    );
  }, [completeSignIn, navigate]);
  return (
    <div className="container narrow page">
      {failed ? (
        <>
          <ErrorBox>{t('auth.failed')}</ErrorBox>
          <Link to="/">{t('notFound.home')}</Link>
        </>
      ) : (
        <Loading label={t('auth.signingIn')} />
      )}
    </div>
  );
}
