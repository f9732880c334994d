// A tile-grid map of the province's communes: one square per commune in a grid (no boundaries, no
// tile server), coloured by status against the plan, or shaded by value where no target is set.
// The same figures are in the table next to it.
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import type { CommuneRow, Tile } from '../api/insights-types.ts';
import { formatFigure, intensity } from '../lib/figures.ts';

export function CommuneTileMap({
  rows,
  unitCode,
  onSelect,
}: {
  rows: CommuneRow[];
  unitCode: Tile['unitCode'];
  onSelect: (communeCode: string) => void;
}) {
  const { t, lang } = useI18n();
  const max = Math.max(0, ...rows.map((r) => r.value ?? 0));
  return (
    <ul className="insights-tilemap" aria-label={t('insights.indicator.map')}>
      {rows.map((row) => {
        const shade = row.status ? `insights-tile-${row.status}` : `insights-tile-v${intensity(row.value, max)}`;
        const status = row.status ? t(`insights.status.${row.status}`) : '';
        return (
          <li key={row.communeCode}>
            <button
              type="button"
              className={`insights-tilemap-cell ${shade}`}
              onClick={() => onSelect(row.communeCode)}
              title={`${row.communeName}: ${formatFigure(row.value, unitCode, lang)}${status ? ` — ${status}` : ''}`}
            >
              <span className="insights-tilemap-name">{row.communeName.replace(/^(Xã|Phường) /, '')}</span>
              <span className="insights-tilemap-value">{formatFigure(row.value, unitCode, lang)}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
