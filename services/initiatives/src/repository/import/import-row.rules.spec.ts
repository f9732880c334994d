import { describe, expect, it } from 'vitest';
import { goodRow } from './import-file.fixtures.js';
import { type RowContext, validateImportRow } from './import-row.rules.js';

const context: RowContext = { knownFieldCodes: new Set(['health', 'education']), today: '2026-12-04' };
const codesOf = (result: ReturnType<typeof validateImportRow>) =>
  result.ok ? [] : result.issues.map((i) => `${i.field}:${i.code}`);

describe('import row validation', () => {
  it('turns a good row into a record: NFC text, upper-case unit code, shares, amount, ISO date and year', () => {
    const result = validateImportRow(
      7,
      goodRow(1, {
        title: '  Ứng dụng   bệnh án điện tử '.normalize('NFD'),
        source_unit_code: 'bv-sadec',
        benefit_vnd: '120.000.000',
        recognised_on: '5/3/2025',
      }),
      context,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.record).toMatchObject({
      row: 7,
      title: 'Ứng dụng bệnh án điện tử',
      sourceUnitCode: 'BV-SADEC',
      authors: [
        { name: 'Nguyễn Thị Hồng Nhung', sharePercent: 60 },
        { name: 'Trần Văn Đức', sharePercent: 40 },
      ],
      benefitVnd: 120_000_000n,
      recognisedOn: '2025-03-05',
      year: 2025,
    });
  });

  it('accepts spreadsheet date cells, ISO dates and a single author without a share', () => {
    const result = validateImportRow(
      3,
      goodRow(3, { recognised_on: new Date(Date.UTC(2024, 1, 29)), authors: 'Lê Thị Mai' }),
      context,
    );
    expect(result).toMatchObject({
      ok: true,
      record: { recognisedOn: '2024-02-29', authors: [{ name: 'Lê Thị Mai', sharePercent: 100 }] },
    });
    expect(validateImportRow(3, goodRow(3, { recognised_on: '2024-02-29' }), context).ok).toBe(true);
  });

  it('reports a missing title with row, field and a message in both languages', () => {
    const result = validateImportRow(12, goodRow(1, { title: '   ' }), context);
    expect(result).toEqual({
      ok: false,
      issues: [
        { row: 12, field: 'title', code: 'required', message: { vi: 'Thiếu Tên sáng kiến.', en: 'Title is missing.' } },
      ],
    });
  });

  it('reports dates that do not exist, are not dates or lie in the future', () => {
    expect(codesOf(validateImportRow(2, goodRow(1, { recognised_on: '31/02/2025' }), context))).toEqual([
      'recognised_on:bad_date',
    ]);
    expect(codesOf(validateImportRow(2, goodRow(1, { recognised_on: 'tháng 5' }), context))).toEqual([
      'recognised_on:bad_date',
    ]);
    expect(codesOf(validateImportRow(2, goodRow(1, { recognised_on: 45_000 }), context))).toEqual([
      'recognised_on:bad_date',
    ]);
    expect(codesOf(validateImportRow(2, goodRow(1, { recognised_on: '05/12/2026' }), context))).toEqual([
      'recognised_on:future_date',
    ]);
  });

  it('reports shares that do not add up to 100, with the sum', () => {
    const result = validateImportRow(4, goodRow(1, { authors: 'Nguyễn Văn An (50); Trần Thị Bình (30%)' }), context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ field: 'authors', code: 'shares_sum' });
    expect(result.issues[0]?.message.vi).toContain('80%');
  });

  it('reports authors written in another shape', () => {
    expect(
      codesOf(validateImportRow(4, goodRow(1, { authors: 'Nguyễn Văn An 50%, Trần Thị Bình 50%' }), context)),
    ).toEqual(['authors:authors_format']);
    expect(
      codesOf(validateImportRow(4, goodRow(1, { authors: 'Nguyễn Văn An (0); Trần Thị Bình (100)' }), context)),
    ).toEqual(['authors:authors_format']);
    expect(
      codesOf(validateImportRow(4, goodRow(1, { authors: 'Nguyễn Văn An (60); Trần Thị Bình' }), context)),
    ).toEqual(['authors:authors_format']);
  });

  it('reports a field code that is not in the reference list', () => {
    const result = validateImportRow(5, goodRow(1, { field_code: 'vu-tru' }), context);
    expect(codesOf(result)).toEqual(['field_code:unknown_field']);
    expect(result.ok || result.issues[0]?.message.en).toContain('"vu-tru"');
  });

  it('refuses markup in any text cell instead of stripping it', () => {
    expect(codesOf(validateImportRow(6, goodRow(1, { title: 'Sáng kiến <b>hay</b>' }), context))).toEqual([
      'title:markup',
    ]);
    expect(codesOf(validateImportRow(6, goodRow(1, { summary: 'Xem <img src=x onerror=alert(1)>' }), context))).toEqual(
      ['summary:markup'],
    );
    expect(codesOf(validateImportRow(6, goodRow(1, { unit_name: 'javascript:alert(1)' }), context))).toEqual([
      'unit_name:markup',
    ]);
    // comparisons and ampersands are ordinary text
    expect(validateImportRow(6, goodRow(1, { summary: 'Tỷ lệ lỗi < 5% và R&D > 2 lần' }), context).ok).toBe(true);
  });

  it('reports bad identifiers, amounts and over-long text', () => {
    expect(codesOf(validateImportRow(8, goodRow(1, { external_id: 'SK 01' }), context))).toEqual([
      'external_id:bad_identifier',
    ]);
    expect(codesOf(validateImportRow(8, goodRow(1, { benefit_vnd: '1,5 triệu' }), context))).toEqual([
      'benefit_vnd:bad_amount',
    ]);
    expect(codesOf(validateImportRow(8, goodRow(1, { benefit_vnd: -5 }), context))).toEqual(['benefit_vnd:bad_amount']);
    expect(codesOf(validateImportRow(8, goodRow(1, { title: 'x'.repeat(501) }), context))).toEqual(['title:too_long']);
  });

  it('lists every problem of a row at once', () => {
    const result = validateImportRow(9, { title: '', authors: 'A (10)', recognised_on: '2025-13-01' }, context);
    expect(codesOf(result).sort()).toEqual(
      [
        'authors:shares_sum',
        'external_id:required',
        'field_code:required',
        'recognised_on:bad_date',
        'source_unit_code:required',
        'source_unit_name:required',
        'title:required',
      ].sort(),
    );
  });
});
