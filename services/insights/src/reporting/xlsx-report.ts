// The officers' workbook: one sheet per report — a summary of every indicator, then one sheet per
// indicator with its figures per commune — Vietnamese headings, the period, the unit, totals, status.
import ExcelJS from 'exceljs';
import type { CommuneTable, Overview } from './report.schema.js';
import { statusText } from './report-labels.js';

export const SUMMARY_SHEET = 'Tổng hợp';
const STATUS_FILL = { green: 'FFC6EFCE', amber: 'FFFFEB9C', red: 'FFFFC7CE' } as const;

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ], unique in the workbook. */
export function sheetName(wanted: string, taken: Set<string>): string {
  const clean = wanted
    .replace(/[:\\/?*[\]]/g, '-')
    .slice(0, 31)
    .trimEnd();
  let name = clean;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${clean.slice(0, 31 - String(i).length - 1)}~${i}`;
  taken.add(name.toLowerCase());
  return name;
}

const figure = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

export async function buildReportWorkbook(overview: Overview, tables: CommuneTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Sàn KH&CN — insights';
  workbook.created = new Date(0);
  const taken = new Set<string>();
  const place = overview.communeName ?? overview.provinceName;

  const summary = workbook.addWorksheet(sheetName(SUMMARY_SHEET, taken));
  summary.addRow([`BÁO CÁO CHỈ TIÊU KH&CN VÀ ĐỔI MỚI SÁNG TẠO — ${place.toUpperCase()}`]).font = {
    bold: true,
    size: 13,
  };
  summary.addRow([
    `Kỳ báo cáo: ${overview.period.label.vi} (${overview.period.startDate} – ${overview.period.endDate})`,
  ]);
  summary.addRow([`Số liệu tính đến ngày: ${overview.evaluatedOn}`]);
  summary.addRow([]);
  const head = summary.addRow([
    'STT',
    'Mã chỉ tiêu',
    'Chỉ tiêu',
    'Đơn vị tính',
    'Kỳ báo cáo',
    'Kỳ trước',
    'Chỉ tiêu kế hoạch',
    'Kế hoạch đến kỳ',
    'Thực hiện lũy kế',
    'Trạng thái',
  ]);
  head.font = { bold: true };
  overview.tiles.forEach((tile, i) => {
    const row = summary.addRow([
      i + 1,
      tile.code,
      tile.name.vi,
      tile.unit.vi,
      figure(tile.value),
      figure(tile.previousValue),
      tile.target?.targetValue ?? null,
      figure(tile.expected),
      figure(tile.actual),
      statusText(tile.status, tile.hasDataSource, tile.target !== null),
    ]);
    if (tile.status)
      row.getCell(10).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: STATUS_FILL[tile.status] } };
  });
  summary.columns.forEach((column, i) => {
    column.width = [6, 30, 48, 14, 14, 14, 16, 16, 16, 22][i] ?? 14;
  });

  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.indicator.name.vi, taken));
    sheet.addRow([table.indicator.name.vi.toUpperCase()]).font = { bold: true, size: 13 };
    sheet.addRow([`Mã chỉ tiêu: ${table.indicator.code}`]);
    sheet.addRow([`Kỳ báo cáo: ${table.period.label.vi} (${table.period.startDate} – ${table.period.endDate})`]);
    sheet.addRow([`Đơn vị tính: ${table.indicator.unit.vi}`]);
    sheet.addRow([]);
    sheet.addRow([
      'STT',
      'Mã xã/phường',
      'Tên xã/phường',
      'Kỳ báo cáo',
      'Kỳ trước',
      'Chỉ tiêu kế hoạch',
      'Kế hoạch đến kỳ',
      'Thực hiện lũy kế',
      'Trạng thái',
    ]).font = { bold: true };
    table.rows.forEach((r, i) => {
      const row = sheet.addRow([
        i + 1,
        r.communeCode,
        r.communeName,
        figure(r.value),
        figure(r.previousValue),
        r.target?.targetValue ?? null,
        figure(r.expected),
        figure(r.actual),
        statusText(r.status, table.indicator.hasDataSource, r.target !== null),
      ]);
      if (r.status)
        row.getCell(9).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: STATUS_FILL[r.status] } };
    });
    const t = table.total;
    const total = sheet.addRow([
      '',
      '',
      `Tổng cộng toàn tỉnh ${table.provinceName}`.trim(),
      figure(t.value),
      figure(t.previousValue),
      t.target?.targetValue ?? null,
      figure(t.expected),
      figure(t.actual),
      statusText(t.status, table.indicator.hasDataSource, t.target !== null),
    ]);
    total.font = { bold: true };
    sheet.columns.forEach((column, i) => {
      column.width = [6, 14, 30, 14, 14, 16, 16, 16, 22][i] ?? 14;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
