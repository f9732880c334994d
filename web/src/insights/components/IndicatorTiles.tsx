// The dashboard's tiles: value, trend, target and status of each indicator for the period.
import { Link } from 'react-router';
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import type { Overview } from '../api/insights-types.ts';
import { formatFigure } from '../lib/figures.ts';
import { StatusLabel, TrendMark } from './StatusLabel.tsx';

export function IndicatorTiles({ overview, linkTo }: { overview: Overview; linkTo?: (code: string) => string }) {
  const { t, lang } = useI18n();
  return (
    <ul className="insights-tiles">
      {overview.tiles.map((tile) => {
        const name = lang === 'en' ? tile.name.en : tile.name.vi;
        const status = tile.hasDataSource ? (tile.status ?? 'none') : 'nosource';
        return (
          <li key={tile.code} className={`insights-tile insights-tile-${status}`} data-code={tile.code}>
            <h2 className="insights-tile-name">{linkTo ? <Link to={linkTo(tile.code)}>{name}</Link> : name}</h2>
            <p className="insights-tile-value">
              <span>{formatFigure(tile.value, tile.unitCode, lang)}</span> <TrendMark trend={tile.trend} />
            </p>
            <p className="insights-tile-unit">{lang === 'en' ? tile.unit.en : tile.unit.vi}</p>
            {tile.hasDataSource && (
              <p className="insights-tile-meta">
                {t('insights.tile.previous', { value: formatFigure(tile.previousValue, tile.unitCode, lang) })}
              </p>
            )}
            {tile.target && (
              <p className="insights-tile-meta">
                {t('insights.tile.target', {
                  year: tile.target.year,
                  value: formatFigure(tile.target.targetValue, tile.unitCode, lang),
                })}
                <br />
                {t('insights.tile.expected', {
                  value: formatFigure(tile.expected, tile.unitCode, lang),
                  actual: formatFigure(tile.actual, tile.unitCode, lang),
                })}
              </p>
            )}
            <StatusLabel status={tile.status} hasDataSource={tile.hasDataSource} hasTarget={tile.target !== null} />
          </li>
        );
      })}
    </ul>
  );
}
