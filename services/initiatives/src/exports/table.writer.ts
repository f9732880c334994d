// Tables to files: XLSX through exceljs (one sheet per table, Vietnamese headings on row 1 and the
// English line on row 2, frozen), CSV through csv-stringify (UTF-8 with a BOM so Excel shows the
// diacritics, the same two heading lines).
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { STATISTICS_HEADINGS, type StatisticsDimension, type StatisticsRow } from './statistics.js';
import type { Table } from './score-table.js';

export interface SheetSpec {
  /** ≤ 31 characters, no []:*?/\ (Excel's rule) */
  name: string;
  table: Table;
  /** number format per column index (0-based), e.g. '#,##0' for VND */
  numberFormats?: Record<number, string>;
}

export async function tablesXlsx(sheets: readonly SheetSpec[], creator = 'STI — Sáng kiến'): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = creator;
  for (const spec of sheets) {
    const sheet = workbook.addWorksheet(sheetName(spec.name), { views: [{ state: 'frozen', ySplit: 2 }] });
    sheet.addRow(spec.table.headings.map((h) => h.vi)).font = { bold: true };
    sheet.addRow(spec.table.headings.map((h) => h.en)).font = { italic: true, color: { argb: 'FF666666' } };
    for (const row of spec.table.rows) sheet.addRow(row);
    spec.table.headings.forEach((h, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = Math.min(60, Math.max(10, h.vi.length + 4));
      const format = spec.numberFormats?.[i];
      if (format) column.numFmt = format;
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function tableCsv(table: Table): Buffer {
  const lines = [table.headings.map((h) => h.vi), table.headings.map((h) => h.en), ...table.rows];
  return Buffer.from(
    stringify(lines, { bom: true, record_delimiter: 'windows', cast: { number: (n) => String(n) } }),
    'utf8',
  );
}

export function statisticsTable(rows: readonly StatisticsRow[], by: StatisticsDimension): Table {
  return {
    headings: [
      STATISTICS_HEADINGS[by],
      { vi: 'Số sáng kiến', en: 'Initiatives' },
      { vi: 'Công nhận qua đợt xét', en: 'Recognised in campaigns' },
      { vi: 'Nhập từ đơn vị khác', en: 'Imported' },
      { vi: 'Lợi ích ước tính (đồng/năm)', en: 'Estimated benefit (VND/year)' },
    ],
    rows: rows.map((r) => [r.label, r.count, r.fromCampaigns, r.imported, vndCell(r.benefitVnd)]),
  };
}

/** A VND sum as a spreadsheet number while it is exact, as digits beyond 2^53. */
function vndCell(digits: string): number | string {
  const value = BigInt(digits);
  return value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : digits;
}

function sheetName(name: string): string {
  return (
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet'
  );
}
