import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import type { RoundStatus } from '../api/incubation-types.ts';

export function RoundStatusBadge({ status }: { status: RoundStatus }) {
  const { t } = useI18n();
  return <span className={`badge inc-round-${status}`}>{t(`inc.round.${status}`)}</span>;
}
