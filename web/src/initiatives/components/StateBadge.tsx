import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import type { SubmissionState } from '../api/initiatives-types.ts';

/** A submission's lifecycle state in words (never the code), coloured by how it ended. */
export function StateBadge({ state }: { state: SubmissionState }) {
  const { t } = useI18n();
  return <span className={`badge ini-state ini-state-${state}`}>{t(`ini.state.${state}`)}</span>;
}
