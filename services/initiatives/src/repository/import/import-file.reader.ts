// Reading an import file row by row, never whole: XLSX through exceljs's streaming reader (the zip is
// inflated entry by entry and rows are emitted as they are parsed), CSV through csv-parse's stream.
// The first non-empty row holds the headings; a second row with the template's English line is skipped.
import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { columnForHeading, IMPORT_COLUMNS, type ImportColumnKey } from './import-columns.js';
import type { CellValue, RawRow } from './import-row.rules.js';

export type ImportFormat = 'xlsx' | 'csv';

export interface SheetRow {
  /** 1-based, as a spreadsheet numbers rows */
  row: number;
  cells: CellValue[];
}

export interface MappedRow {
  row: number;
  values: RawRow;
}

export type ImportFileProblem = 'unreadable' | 'empty' | 'missing_columns' | 'too_many_rows';

export class ImportFileError extends Error {
  constructor(
    readonly problem: ImportFileProblem,
    readonly messages: { vi: string; en: string },
    readonly columns: string[] = [],
  ) {
    super(messages.en);
  }
}

export async function* xlsxSheetRows(input: Readable): AsyncGenerator<SheetRow> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache', // number formats tell date cells from numbers
    entries: 'emit',
  });
  decodeUtf8AcrossChunks(reader as unknown as ReaderInternals);
  try {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        const values = row.values as unknown[];
        yield { row: row.number, cells: values.slice(1).map(plainCell) };
      }
      return; // the first worksheet is the data; later ones are the guide and the reference lists
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error;
    throw unreadable('XLSX', error);
  }
}

export async function* csvSheetRows(input: Readable): AsyncGenerator<SheetRow> {
  // Excel writes `;` where the decimal mark is a comma; the heading line says which one this file uses
  // (a fixed pair would split "Tên (60); Tên (40)" in a comma file).
  const chunks = input[Symbol.asyncIterator]() as AsyncIterator<Buffer | string>;
  let head = Buffer.alloc(0);
  while (!head.includes(0x0a) && head.length < 65_536) {
    const next = await chunks.next();
    if (next.done) break;
    head = Buffer.concat([head, Buffer.from(next.value)]);
  }
  const headingLine = head.toString('utf8').split('\n')[0] ?? '';
  const delimiter = count(headingLine, ';') > count(headingLine, ',') ? ';' : ',';
  const rest = Readable.from(
    (async function* () {
      yield head;
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield Buffer.from(next.value);
    })(),
  );
  const parser = rest.pipe(
    parse({ bom: true, delimiter, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }),
  );
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row++;
      yield { row, cells: record };
    }
  } catch (error) {
    throw unreadable('CSV', error);
  }
}

const count = (text: string, ch: string) => text.split(ch).length - 1;

export const sheetRows = (format: ImportFormat, input: Readable) =>
  format === 'xlsx' ? xlsxSheetRows(input) : csvSheetRows(input);

/** Headings → column keys, then each data row as a record keyed by column. */
export async function* mapImportRows(
  rows: AsyncIterable<SheetRow>,
  options: { maxRows: number },
): AsyncGenerator<MappedRow> {
  let columns: (ImportColumnKey | undefined)[] | undefined;
  let afterHeading = false;
  let dataRows = 0;
  for await (const { row, cells } of rows) {
    if (isBlank(cells)) continue;
    if (!columns) {
      columns = cells.map((cell) => columnForHeading(cellString(cell)));
      const missing = IMPORT_COLUMNS.filter((c) => c.required && !columns?.includes(c.key));
      if (missing.length > 0) {
        throw new ImportFileError(
          'missing_columns',
          {
            vi: `Tệp thiếu cột bắt buộc: ${missing.map((c) => c.vi).join(', ')}. Hãy dùng tệp mẫu.`,
            en: `The file lacks required columns: ${missing.map((c) => c.en).join(', ')}. Use the template.`,
          },
          missing.map((c) => c.key),
        );
      }
      afterHeading = true;
      continue;
    }
    if (afterHeading) {
      afterHeading = false;
      // the template's English line under the Vietnamese headings
      if (cells.every((cell, i) => cellString(cell) === '' || columnForHeading(cellString(cell)) === columns?.[i]))
        continue;
    }
    dataRows++;
    if (dataRows > options.maxRows) {
      throw new ImportFileError('too_many_rows', {
        vi: `Tệp có hơn ${options.maxRows.toLocaleString('vi-VN')} dòng dữ liệu; hãy chia thành nhiều tệp.`,
        en: `The file has more than ${options.maxRows.toLocaleString('en')} data rows; split it into several files.`,
      });
    }
    const values: RawRow = {};
    columns.forEach((key, i) => {
      if (key) values[key] = cells[i];
    });
    yield { row, values };
  }
  if (!columns) {
    throw new ImportFileError('empty', { vi: 'Tệp không có dữ liệu.', en: 'The file holds no data.' });
  }
}

interface ReaderInternals {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): AsyncGenerator<unknown>;
  _parseSharedStrings(entry: AsyncIterable<Buffer | string>): AsyncGenerator<unknown>;
}

/**
 * exceljs 4.4.0's streaming reader decodes every inflated chunk on its own (a TextDecoder without
 * `stream: true`), so a letter whose UTF-8 bytes straddle two chunks — any Vietnamese letter with a
 * diacritic is 2–3 bytes — turns into U+FFFD. It passes strings through untouched, so the sheet and
 * shared-strings entries are handed over as text decoded with a StringDecoder, which keeps such letters whole.
 */
function decodeUtf8AcrossChunks(reader: ReaderInternals): void {
  const parseWorksheet = reader._parseWorksheet.bind(reader);
  const parseSharedStrings = reader._parseSharedStrings.bind(reader);
  reader._parseWorksheet = (iterator, sheetNo) => parseWorksheet(utf8Text(iterator), sheetNo);
  reader._parseSharedStrings = (entry) => parseSharedStrings(Readable.from(utf8Text(entry)));
}

async function* utf8Text(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

/** exceljs cell values (rich text, hyperlinks, formulas) as plain values. */
function plainCell(value: unknown): CellValue {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date)
    return value;
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.result !== undefined) return plainCell(v.result);
    if (v.text !== undefined) return plainCell(v.text);
    if (v.error) return undefined;
  }
  return String(value);
}

const cellString = (cell: CellValue) => (cell === null || cell === undefined ? '' : String(cell).trim());
const isBlank = (cells: CellValue[]) => cells.every((c) => cellString(c) === '');

function unreadable(kind: string, error: unknown): ImportFileError {
  const detail = error instanceof Error ? error.message : String(error);
  return new ImportFileError('unreadable', {
    vi: `Không đọc được tệp ${kind} (${detail.slice(0, 120)}).`,
    en: `The ${kind} file could not be read (${detail.slice(0, 120)}).`,
  });
}
