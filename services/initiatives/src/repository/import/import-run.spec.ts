import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from './import-columns.js';
import { csvImportFile, type FixtureRow, goodRow, xlsxImportFile } from './import-file.fixtures.js';
import { type ImportFormat, ImportFileError, mapImportRows, sheetRows } from './import-file.reader.js';
import type { RowContext } from './import-row.rules.js';
import { runImport } from './import-run.js';
import { importTemplateCsv, importTemplateXlsx } from './import-template.writer.js';
import { MemoryImportSink } from './memory-import.sink.js';

type ExcelJsCell = string | number | Date | null;
const context: RowContext = { knownFieldCodes: new Set(['health', 'education']), today: '2026-12-04' };

const importFile = (format: ImportFormat, file: Buffer, sink: MemoryImportSink, maxRows = 20_000) =>
  runImport(mapImportRows(sheetRows(format, Readable.from([file])), { maxRows }), context, sink, { batchSize: 3 });

// rows 3.. in the file (row 1: Vietnamese headings, row 2: English line)
const MIXED: FixtureRow[] = [
  goodRow(1), // row 3
  goodRow(2, { title: '' }), // row 4: missing title
  goodRow(3, { recognised_on: '30/02/2025' }), // row 5: bad date
  goodRow(4, { authors: 'Nguyễn Văn An (70); Trần Thị Bình (20)' }), // row 6: shares 90
  goodRow(5, { field_code: 'vu-tru' }), // row 7: unknown field
  goodRow(6), // row 8
  goodRow(1, { title: 'Bản sao của dòng 3' }), // row 9: duplicate external id in the file
  goodRow(7, { summary: '<script>alert("x")</script> Giải pháp' }), // row 10: markup
  goodRow(8), // row 11
];

async function xlsxOf(rows: string[][]): Promise<Buffer> {
  const ExcelJS = (await import('exceljs')).default;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('x');
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe.each(['xlsx', 'csv'] as const)('repository import from %s', (format) => {
  const build = (rows: FixtureRow[]) =>
    format === 'xlsx' ? xlsxImportFile(rows) : Promise.resolve(csvImportFile(rows));

  it('imports the good rows and reports each bad row with its row number and field', async () => {
    const sink = new MemoryImportSink();
    const report = await importFile(format, await build(MIXED), sink);
    expect(report).toMatchObject({
      rows: 9,
      created: 3,
      updated: 0,
      unchanged: 0,
      rejected: 6,
      issuesTruncated: false,
    });
    expect(report.issues.map((i) => [i.row, i.field, i.code])).toEqual([
      [4, 'title', 'required'],
      [5, 'recognised_on', 'bad_date'],
      [6, 'authors', 'shares_sum'],
      [7, 'field_code', 'unknown_field'],
      [9, 'external_id', 'duplicate_in_file'],
      [10, 'summary', 'markup'],
    ]);
    expect(report.issues.every((i) => i.message.vi.length > 0 && i.message.en.length > 0)).toBe(true);
    expect(report.issues[4]?.message.vi).toContain('dòng 3');
    expect([...sink.records.values()].map((s) => s.record.externalId).sort()).toEqual([
      'SK-00001',
      'SK-00006',
      'SK-00008',
    ]);
  });

  it('changes nothing when the same file is imported again, and bumps only the changed rows', async () => {
    const sink = new MemoryImportSink();
    await importFile(format, await build(MIXED), sink);
    const published = sink.published.length;

    const again = await importFile(format, await build(MIXED), sink);
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3, rejected: 6 });
    expect(sink.published).toHaveLength(published);

    const edited = MIXED.map((row, i) =>
      i === 5 ? { ...row, effectiveness_summary: 'Giảm 45% thời gian chờ.' } : row,
    );
    const third = await importFile(format, await build(edited), sink);
    expect(third).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect(sink.published.slice(published)).toEqual([{ key: 'BV-SADEC\u0000SK-00006', revision: 2 }]);
  });

  it('keys records by source unit and external id: the same id from another unit is another record', async () => {
    const sink = new MemoryImportSink();
    const report = await importFile(
      format,
      await build([goodRow(1), goodRow(1, { source_unit_code: 'THPT-CL' })]),
      sink,
    );
    expect(report).toMatchObject({ created: 2, rejected: 0 });
  });

  it('refuses a file without the required columns, naming them', async () => {
    const file =
      format === 'xlsx'
        ? await xlsxOf([
            ['Tên sáng kiến', 'Ghi chú'],
            ['A', 'B'],
          ])
        : Buffer.from('Tên sáng kiến,Ghi chú\nA,B\n');
    const attempt = importFile(format, file, new MemoryImportSink());
    await expect(attempt).rejects.toBeInstanceOf(ImportFileError);
    await expect(attempt).rejects.toMatchObject({
      problem: 'missing_columns',
      columns: expect.arrayContaining(['external_id', 'authors']),
    });
  });

  it('refuses a file that is not what it claims to be', async () => {
    const attempt = importFile(
      format,
      format === 'xlsx' ? Buffer.from('not a zip at all') : Buffer.from([]),
      new MemoryImportSink(),
    );
    await expect(attempt).rejects.toMatchObject({ problem: format === 'xlsx' ? 'unreadable' : 'empty' });
  });

  it('refuses a file with more data rows than allowed', async () => {
    const file = await build([goodRow(1), goodRow(2), goodRow(3)]);
    await expect(importFile(format, file, new MemoryImportSink(), 2)).rejects.toMatchObject({
      problem: 'too_many_rows',
    });
  });
});

describe('reading large XLSX files', () => {
  it('keeps every Vietnamese letter whole, whatever chunk boundary the unzipped sheet falls on', async () => {
    // long accented texts make the inflated sheet cross chunk boundaries inside multi-byte letters
    const summary = (i: number) =>
      `Sáng kiến số ${i}: ứng dụng quy trình số hoá hồ sơ, giảm thời gian chờ đợi của người dân; `.repeat(20);
    const rows = Array.from({ length: 300 }, (_, i) => goodRow(i, { summary: summary(i) }));
    const sink = new MemoryImportSink();
    const report = await importFile('xlsx', await xlsxImportFile(rows), sink);
    expect(report).toMatchObject({ rows: 300, created: 300, rejected: 0 });
    const damaged = [...sink.records.values()].filter(
      (s) => s.record.summary !== summary(Number(s.record.externalId.slice(3))).trim(),
    );
    expect(damaged.map((s) => s.record.externalId)).toEqual([]);
  });
});

describe('import templates', () => {
  it('reads the downloaded XLSX template back with rows typed under the headings', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await importTemplateXlsx([{ code: 'health', name: 'Y tế' }])) as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Du lieu', 'Huong dan', 'Linh vuc']);
    const sheet = workbook.worksheets[0];
    expect(sheet?.getRow(1).getCell(4).value).toBe('Tên sáng kiến');
    expect(sheet?.getRow(2).getCell(4).value).toBe('Title');
    expect(workbook.getWorksheet('Linh vuc')?.getRow(2).values).toEqual([undefined, 'health', 'Y tế']);
    // a user fills row 3 and uploads it
    const filled = goodRow(1);
    if (!sheet) throw new Error('no data sheet');
    sheet.getRow(3).values = IMPORT_COLUMNS.map((c) => filled[c.key] ?? null) as ExcelJsCell[];
    const upload = Buffer.from(await workbook.xlsx.writeBuffer());
    const report = await importFile('xlsx', upload, new MemoryImportSink());
    expect(report).toMatchObject({ rows: 1, created: 1, rejected: 0 });
  });

  it('offers a CSV template with a BOM, the Vietnamese headings and the English line', async () => {
    const csv = importTemplateCsv();
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [vi, en] = csv.toString('utf8').slice(1).split('\r\n');
    expect(vi?.split(',').slice(0, 4)).toEqual(['Mã hồ sơ', 'Mã đơn vị nguồn', 'Tên đơn vị nguồn', 'Tên sáng kiến']);
    expect(en?.split(',').slice(0, 4)).toEqual(['External id', 'Source unit code', 'Source unit name', 'Title']);
    // filled in below the two heading lines, it imports
    const upload = Buffer.concat([
      csv,
      Buffer.from('SK-1,BV-SADEC,Bệnh viện,Sáng kiến A,health,,,Lê Văn Tám,,,,,01/02/2025\r\n'),
    ]);
    expect(await importFile('csv', upload, new MemoryImportSink())).toMatchObject({ rows: 1, created: 1, rejected: 0 });
  });

  it('accepts a semicolon-separated CSV without the English line and headings without accents', async () => {
    const file = csvImportFile([goodRow(1)], ';')
      .toString('utf8')
      .replace(/^\ufeff[^\n]*\n[^\n]*\n/, '')
      .trim();
    const headings =
      'Ma ho so;Ma don vi nguon;Ten don vi nguon;TEN SANG KIEN;ma linh vuc;Don vi tac gia;Ma dia ban;Tac gia (ty le %);Tom tat giai phap;Hieu qua;Loi ich uoc tinh (dong/nam);So quyet dinh cong nhan;Ngay cong nhan';
    const report = await importFile('csv', Buffer.from(`${headings}\n${file}\n`), new MemoryImportSink());
    expect(report).toMatchObject({ rows: 1, created: 1, rejected: 0 });
  });
});
