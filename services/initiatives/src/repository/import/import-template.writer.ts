// The import templates offered for download. XLSX: sheet 1 is the data sheet (Vietnamese headings,
// the English line under them), then a guide and the field codes. CSV: UTF-8 with a BOM (so Excel
// shows the diacritics), the same two heading lines.
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import { IMPORT_COLUMNS } from './import-columns.js';

export interface TemplateField {
  code: string;
  name: string;
}

export async function importTemplateXlsx(fields: readonly TemplateField[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'STI — Kho dữ liệu sáng kiến';
  const data = workbook.addWorksheet('Du lieu', { views: [{ state: 'frozen', ySplit: 2 }] });
  data.addRow(IMPORT_COLUMNS.map((c) => c.vi));
  data.addRow(IMPORT_COLUMNS.map((c) => c.en));
  data.getRow(1).font = { bold: true };
  data.getRow(2).font = { italic: true, color: { argb: 'FF666666' } };
  IMPORT_COLUMNS.forEach((column, i) => {
    const sheetColumn = data.getColumn(i + 1);
    sheetColumn.width = Math.max(14, Math.min(40, column.vi.length + 6));
    if (column.key === 'recognised_on' || column.key === 'external_id' || column.key === 'benefit_vnd') {
      sheetColumn.numFmt = '@'; // typed as text: keeps 01/02/2025 and leading zeros as written
    }
    if (column.required) data.getCell(1, i + 1).note = 'Bắt buộc / Required';
  });

  const guide = workbook.addWorksheet('Huong dan');
  guide.addRow(['Cột', 'Column', 'Bắt buộc / Required', 'Cách điền', 'How to fill', 'Ví dụ / Example']).font = {
    bold: true,
  };
  for (const c of IMPORT_COLUMNS) guide.addRow([c.vi, c.en, c.required ? 'x' : '', c.hint.vi, c.hint.en, c.example]);
  guide.addRow([]);
  guide.addRow([
    'Nhập lại cùng tệp không tạo bản ghi mới: mỗi sáng kiến được nhận diện bởi (mã đơn vị nguồn, mã hồ sơ). Dòng chứa thẻ HTML bị từ chối.',
  ]);
  guide.addRow([
    'Re-importing the same file creates nothing new: each record is identified by (source unit code, external id). Rows containing HTML tags are refused.',
  ]);
  guide.columns.forEach((column, i) => {
    column.width = [22, 22, 10, 50, 50, 40][i] ?? 20;
  });

  const list = workbook.addWorksheet('Linh vuc');
  list.addRow(['Mã lĩnh vực / Field code', 'Tên lĩnh vực / Field']).font = { bold: true };
  for (const field of fields) list.addRow([field.code, field.name]);
  list.getColumn(1).width = 24;
  list.getColumn(2).width = 50;

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function importTemplateCsv(): Buffer {
  const text = stringify([IMPORT_COLUMNS.map((c) => c.vi), IMPORT_COLUMNS.map((c) => c.en)], {
    bom: true,
    record_delimiter: 'windows',
  });
  return Buffer.from(text, 'utf8');
}
