import { useEffect } from 'react';
import { useI18n } from '../i18n/I18nProvider.tsx';

export function useTitle(title: string | undefined): void {
  const { t } = useI18n();
  useEffect(() => {
    document.title = title ? `${title} — ${t('app.name')}` : `${t('app.name')} — ${t('app.org')}`;
  }, [title, t]);
}
