// Chooses a reporting period: its type (month, quarter, half-year, year), the year and the part.
import { useI18n } from '../../shared/i18n/I18nProvider.tsx';
import type { Grain } from '../api/insights-types.ts';
import { type PeriodParts, partsPerYear, periodKey } from '../lib/periods.ts';

const GRAINS: Grain[] = ['month', 'quarter', 'half', 'year'];

export function PeriodPicker({ value, onChange }: { value: PeriodParts; onChange: (key: string) => void }) {
  const { t } = useI18n();
  const thisYear = new Date().getFullYear();
  const years = Array.from({ length: 8 }, (_, i) => thisYear + 1 - i);
  const set = (next: Partial<PeriodParts>) => {
    const merged = { ...value, ...next };
    const max = partsPerYear(merged.grain);
    const part = merged.grain === 'year' ? 0 : Math.min(Math.max(merged.part, 1), max);
    onChange(periodKey({ ...merged, part }));
  };
  const partLabel = (p: number) =>
    value.grain === 'month'
      ? `${t('insights.period.month')} ${p}`
      : value.grain === 'quarter'
        ? `${t('insights.period.quarter')} ${['I', 'II', 'III', 'IV'][p - 1]}`
        : t(p === 1 ? 'insights.period.h1' : 'insights.period.h2');
  return (
    <fieldset className="insights-period">
      <legend>{t('insights.period.label')}</legend>
      <label>
        <span>{t('insights.period.grain')}</span>
        <select value={value.grain} onChange={(e) => set({ grain: e.target.value as Grain, part: value.part || 1 })}>
          {GRAINS.map((g) => (
            <option key={g} value={g}>
              {t(`insights.period.${g}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('insights.period.yearLabel')}</span>
        <select value={value.year} onChange={(e) => set({ year: Number(e.target.value) })}>
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </label>
      {value.grain !== 'year' && (
        <label>
          <span>{t('insights.period.which')}</span>
          <select value={value.part} onChange={(e) => set({ part: Number(e.target.value) })}>
            {Array.from({ length: partsPerYear(value.grain) }, (_, i) => i + 1).map((p) => (
              <option key={p} value={p}>
                {partLabel(p)}
              </option>
            ))}
          </select>
        </label>
      )}
    </fieldset>
  );
}
