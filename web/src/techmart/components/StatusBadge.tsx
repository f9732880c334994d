import type { ListingStatus } from '../api/techmart-types.ts';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';

export function StatusBadge({ status }: { status: ListingStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge-${status}`}>{t(`status.${status}`)}</span>;
}
