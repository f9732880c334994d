import type { ReactNode } from 'react';
import { errorMessage } from '../api/client.ts';
import { useI18n } from '../i18n/I18nProvider.tsx';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status">
      {label ?? t('common.loading')}
    </p>
  );
}

export function ErrorBox({
  error,
  onRetry,
  children,
}: {
  error?: unknown;
  onRetry?: () => void;
  children?: ReactNode;
}) {
  const { t, lang } = useI18n();
  return (
    <div className="alert alert-error" role="alert">
      <p>{children ?? errorMessage(error, lang, t('error.generic'), t('error.network'))}</p>
      {onRetry && (
        <button type="button" className="btn btn-secondary" onClick={onRetry}>
          {t('error.retry')}
        </button>
      )}
    </div>
  );
}

export function Flash({ message }: { message?: string | null }) {
  if (!message) return null;
  return (
    <div className="alert alert-success" role="status">
      <p>{message}</p>
    </div>
  );
}
