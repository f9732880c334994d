// A status in words and colour (never colour alone), and the trend against the previous period.
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import type { Tile } from '../api/insights-types.ts';

export function StatusLabel({
  status,
  hasDataSource,
  hasTarget,
}: {
  status: Tile['status'];
  hasDataSource: boolean;
  hasTarget: boolean;
}) {
  const { t } = useI18n();
  if (!hasDataSource)
    return <span className="insights-status insights-status-none">{t('insights.tile.noSource')}</span>;
  if (!hasTarget || !status)
    return <span className="insights-status insights-status-none">{t('insights.tile.noTarget')}</span>;
  return <span className={`insights-status insights-status-${status}`}>{t(`insights.status.${status}`)}</span>;
}

export function TrendMark({ trend }: { trend: Tile['trend'] }) {
  const { t } = useI18n();
  if (!trend) return null;
  const symbol = { up: '▲', down: '▼', flat: '▬' }[trend];
  return (
    <span className={`insights-trend insights-trend-${trend}`} title={t(`insights.trend.${trend}`)}>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{t(`insights.trend.${trend}`)}</span>
    </span>
  );
}
