// One row of an import file → a repository record, or the list of what is wrong with it.
// Text containing markup is REFUSED, not stripped: the record is another unit's official text, and
// silently altering it would publish something nobody wrote; the report tells them which cell to fix.
import type { ImportColumnKey } from './import-columns.js';
import { type RowIssue, rowIssue } from './import-issues.js';

export type CellValue = string | number | boolean | Date | null | undefined;
export type RawRow = Partial<Record<ImportColumnKey, CellValue>>;

export interface ImportedAuthor {
  name: string;
  sharePercent: number;
}

/** A validated row: what the repository stores for an imported record. */
export interface ImportRecord {
  row: number;
  externalId: string;
  sourceUnitCode: string;
  sourceUnitName: string;
  title: string;
  fieldCode: string;
  unitName: string;
  localityCode: string | null;
  authors: ImportedAuthor[];
  summary: string;
  effectivenessSummary: string;
  benefitVnd: bigint;
  decisionNumber: string;
  /** ISO date */
  recognisedOn: string;
  year: number;
}

export interface RowContext {
  knownFieldCodes: ReadonlySet<string>;
  /** undefined: locality codes are not checked */
  knownLocalityCodes?: ReadonlySet<string>;
  /** ISO date of today in Asia/Ho_Chi_Minh */
  today: string;
}

export type RowResult = { ok: true; record: ImportRecord } | { ok: false; issues: RowIssue[] };

const LIMITS: Partial<Record<ImportColumnKey, number>> = {
  external_id: 100,
  source_unit_code: 50,
  source_unit_name: 300,
  title: 500,
  field_code: 50,
  unit_name: 300,
  locality_code: 20,
  authors: 2000,
  summary: 5000,
  effectiveness_summary: 3000,
  decision_number: 100,
};
const IDENTIFIER = /^[A-Za-z0-9._/-]+$/;
const UNIT_CODE = /^[A-Za-z0-9._-]+$/;
// a tag (<b>, </p>, <img …>, <!-- -->, <!DOCTYPE>) or a script URL; "a < b" and "R&D" are plain text
const MARKUP = /<\s*\/?\s*[a-zA-Z!?][^>]*>|javascript\s*:/i;

export function validateImportRow(row: number, raw: RawRow, context: RowContext): RowResult {
  const issues: RowIssue[] = [];
  const text = (key: ImportColumnKey, multiline = false): string => {
    const value = cellText(raw[key]);
    const cleaned = multiline
      ? value
          .replace(/\r\n?/g, '\n')
          .replace(/[ \t]+/g, ' ')
          .replace(/\n{3,}/g, '\n\n')
          .trim()
      : value.replace(/\s+/g, ' ').trim();
    const max = LIMITS[key];
    if (max !== undefined && cleaned.length > max) issues.push(rowIssue(row, key, 'too_long', { max }));
    if (MARKUP.test(cleaned)) issues.push(rowIssue(row, key, 'markup'));
    return cleaned;
  };
  const required = (key: ImportColumnKey, value: string) => {
    if (value === '') issues.push(rowIssue(row, key, 'required'));
    return value;
  };

  const externalId = required('external_id', text('external_id'));
  if (externalId && !IDENTIFIER.test(externalId))
    issues.push(rowIssue(row, 'external_id', 'bad_identifier', { value: externalId }));
  const sourceUnitCode = required('source_unit_code', text('source_unit_code')).toUpperCase();
  if (sourceUnitCode && !UNIT_CODE.test(sourceUnitCode)) {
    issues.push(rowIssue(row, 'source_unit_code', 'bad_identifier', { value: sourceUnitCode }));
  }
  const sourceUnitName = required('source_unit_name', text('source_unit_name'));
  const title = required('title', text('title'));
  const fieldCode = required('field_code', text('field_code')).toLowerCase();
  if (fieldCode && !context.knownFieldCodes.has(fieldCode))
    issues.push(rowIssue(row, 'field_code', 'unknown_field', { value: fieldCode }));
  const unitName = text('unit_name');
  const localityCode = text('locality_code');
  if (localityCode && context.knownLocalityCodes && !context.knownLocalityCodes.has(localityCode)) {
    issues.push(rowIssue(row, 'locality_code', 'unknown_locality', { value: localityCode }));
  }
  const authorsText = required('authors', text('authors'));
  const authors = authorsText ? parseAuthors(row, authorsText, issues) : [];
  const summary = text('summary', true);
  const effectivenessSummary = text('effectiveness_summary', true);
  const benefitVnd = parseAmount(row, raw.benefit_vnd, issues);
  const decisionNumber = text('decision_number');
  const recognisedOn = parseDate(row, raw.recognised_on, context.today, issues);

  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    record: {
      row,
      externalId,
      sourceUnitCode,
      sourceUnitName,
      title,
      fieldCode,
      unitName,
      localityCode: localityCode || null,
      authors,
      summary,
      effectivenessSummary,
      benefitVnd,
      decisionNumber,
      recognisedOn: recognisedOn as string,
      year: Number((recognisedOn as string).slice(0, 4)),
    },
  };
}

/** NFC text of a cell; numbers as written, dates as ISO days. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value).normalize('NFC');
}

const AUTHOR = /^(.+?)\s*\(\s*(\d{1,3})\s*%?\s*\)$/;
const PERSON_NAME = /^[\p{L}\p{M}][\p{L}\p{M} .'-]*$/u;

/** `Nguyễn Văn An (60); Trần Thị Bình (40%)`; a single author without a share has 100. */
function parseAuthors(row: number, value: string, issues: RowIssue[]): ImportedAuthor[] {
  const parts = value
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length === 1 && PERSON_NAME.test(parts[0] as string)) {
    return [{ name: parts[0] as string, sharePercent: 100 }];
  }
  const authors: ImportedAuthor[] = [];
  for (const part of parts) {
    const match = AUTHOR.exec(part);
    const share = Number(match?.[2]);
    if (!match || share < 1 || share > 100 || !PERSON_NAME.test((match[1] as string).trim())) {
      issues.push(rowIssue(row, 'authors', 'authors_format', { value: part }));
      return [];
    }
    authors.push({ name: (match[1] as string).trim(), sharePercent: share });
  }
  const sum = authors.reduce((total, a) => total + a.sharePercent, 0);
  if (sum !== 100) issues.push(rowIssue(row, 'authors', 'shares_sum', { sum }));
  return authors;
}

/** Whole dong; `120000000`, `120.000.000`, `120,000,000` or `120 000 000`; empty is 0. */
function parseAmount(row: number, value: CellValue, issues: RowIssue[]): bigint {
  if (value === null || value === undefined || value === '') return 0n;
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  } else {
    const text = cellText(value).trim();
    if (/^\d+$/.test(text) || /^\d{1,3}([., \u00a0]\d{3})+$/.test(text)) {
      const digits = text.replace(/\D/g, '');
      if (digits.length <= 16) return BigInt(digits);
    }
  }
  issues.push(rowIssue(row, 'benefit_vnd', 'bad_amount', { value: cellText(value) }));
  return 0n;
}

/** A calendar day: a spreadsheet date cell, `dd/mm/yyyy` (also `-` or `.`), or `yyyy-mm-dd`. */
function parseDate(row: number, value: CellValue, today: string, issues: RowIssue[]): string | undefined {
  if (value === null || value === undefined || value === '') {
    issues.push(rowIssue(row, 'recognised_on', 'required'));
    return undefined;
  }
  let iso: string | undefined;
  if (value instanceof Date) {
    iso = Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  } else if (typeof value === 'string') {
    const text = value.trim();
    const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
    const ymd = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (dmy) iso = calendarDay(Number(dmy[3]), Number(dmy[2]), Number(dmy[1]));
    else if (ymd) iso = calendarDay(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  }
  if (!iso || iso < '1975-01-01') {
    issues.push(rowIssue(row, 'recognised_on', 'bad_date', { value: cellText(value) }));
    return undefined;
  }
  if (iso > today) {
    issues.push(rowIssue(row, 'recognised_on', 'future_date', { value: cellText(value) }));
    return undefined;
  }
  return iso;
}

function calendarDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}
