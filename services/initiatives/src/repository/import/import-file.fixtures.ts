// Builders of import files for tests and the benchmark: real XLSX (exceljs's streaming writer, so a
// 10,000-row file is built without holding a workbook in memory) and CSV, laid out like the template.
import { PassThrough } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS, type ImportColumnKey } from './import-columns.js';
import type { CellValue } from './import-row.rules.js';

export type FixtureRow = Partial<Record<ImportColumnKey, CellValue>>;

export async function xlsxImportFile(
  rows: Iterable<FixtureRow>,
  options: { englishLine?: boolean } = {},
): Promise<Buffer> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    out.on('end', resolve);
    out.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false, useStyles: true });
  const sheet = workbook.addWorksheet('Du lieu');
  sheet.addRow(IMPORT_COLUMNS.map((c) => c.vi)).commit();
  if (options.englishLine !== false) sheet.addRow(IMPORT_COLUMNS.map((c) => c.en)).commit();
  for (const row of rows) sheet.addRow(IMPORT_COLUMNS.map((c) => row[c.key] ?? null)).commit();
  sheet.commit();
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}

export function csvImportFile(rows: Iterable<FixtureRow>, delimiter = ','): Buffer {
  const lines: string[][] = [IMPORT_COLUMNS.map((c) => c.vi), IMPORT_COLUMNS.map((c) => c.en)];
  for (const row of rows) {
    lines.push(
      IMPORT_COLUMNS.map((c) => {
        const v = row[c.key];
        return v instanceof Date ? v.toISOString().slice(0, 10) : v === null || v === undefined ? '' : String(v);
      }),
    );
  }
  return Buffer.from(stringify(lines, { bom: true, delimiter }), 'utf8');
}

const SUBJECTS = [
  'quản lý hồ sơ',
  'tiếp nhận bệnh nhân',
  'dạy học STEM',
  'tưới tiết kiệm',
  'xử lý rác thải',
  'cấp phiếu lý lịch',
  'chăm sóc lúa',
  'nuôi cá tra',
];
const PLACES = ['xã Mỹ Hiệp', 'Bệnh viện Đa khoa Sa Đéc', 'Trường THPT Cao Lãnh', 'phường 1', 'HTX Tân Thuận'];

/** A valid row; `i` makes it unique and varied. */
export function goodRow(i: number, over: FixtureRow = {}): FixtureRow {
  const subject = SUBJECTS[i % SUBJECTS.length] as string;
  const place = PLACES[i % PLACES.length] as string;
  return {
    external_id: `SK-${String(i).padStart(5, '0')}`,
    source_unit_code: 'BV-SADEC',
    source_unit_name: 'Bệnh viện Đa khoa Sa Đéc',
    title: `Cải tiến ${subject} tại ${place} (số ${i})`,
    field_code: 'health',
    unit_name: place,
    authors: i % 3 === 0 ? 'Nguyễn Văn An' : 'Nguyễn Thị Hồng Nhung (60); Trần Văn Đức (40)',
    summary: `Giải pháp ${subject} giúp giảm thời gian xử lý, áp dụng tại ${place} từ năm 2024.`,
    effectiveness_summary: 'Giảm 30% thời gian chờ.',
    benefit_vnd: 1_000_000 * (i % 50),
    decision_number: `${100 + (i % 400)}/QĐ-BV`,
    recognised_on: '15/11/2025',
    ...over,
  };
}
