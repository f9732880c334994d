// Statistics of the central repository per unit, field and year: how many initiatives were recognised
// (on the platform or imported) and their estimated yearly benefit (integer VND, a digit string in JSON).
export type StatisticsDimension = 'unit' | 'field' | 'year';

export interface StatisticsSource {
  unitName: string;
  fieldCode: string;
  fieldName: string;
  year: number;
  benefitVnd: bigint;
  origin: 'campaign' | 'import';
}

export interface StatisticsRow {
  key: string;
  label: string;
  count: number;
  fromCampaigns: number;
  imported: number;
  /** sum of the benefit estimates, integer VND as decimal digits */
  benefitVnd: string;
}

export function statistics(records: Iterable<StatisticsSource>, by: StatisticsDimension): StatisticsRow[] {
  const groups = new Map<
    string,
    { label: string; count: number; fromCampaigns: number; imported: number; benefit: bigint }
  >();
  for (const r of records) {
    const [key, label] =
      by === 'unit'
        ? [r.unitName.trim() || '—', r.unitName.trim() || '—']
        : by === 'field'
          ? [r.fieldCode, r.fieldName]
          : [String(r.year), String(r.year)];
    const group = groups.get(key) ?? { label, count: 0, fromCampaigns: 0, imported: 0, benefit: 0n };
    group.count++;
    if (r.origin === 'campaign') group.fromCampaigns++;
    else group.imported++;
    group.benefit += r.benefitVnd;
    groups.set(key, group);
  }
  const rows = [...groups.entries()].map(([key, g]) => ({
    key,
    label: g.label,
    count: g.count,
    fromCampaigns: g.fromCampaigns,
    imported: g.imported,
    benefitVnd: g.benefit.toString(),
  }));
  // years in order; units and fields by count, then name (Vietnamese collation)
  return by === 'year'
    ? rows.sort((a, b) => Number(a.key) - Number(b.key))
    : rows.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'vi'));
}

export const STATISTICS_HEADINGS: Record<StatisticsDimension, { vi: string; en: string }> = {
  unit: { vi: 'Đơn vị', en: 'Unit' },
  field: { vi: 'Lĩnh vực', en: 'Field' },
  year: { vi: 'Năm', en: 'Year' },
};
