import { aggregateTotals } from '@sti/review';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { type ScoreExportInput, scoreTable } from './score-table.js';
import { type StatisticsSource, statistics } from './statistics.js';
import { statisticsTable, tableCsv, tablesXlsx } from './table.writer.js';

const INPUT: ScoreExportInput = {
  campaignName: 'Đợt xét sáng kiến 2026',
  organisationName: 'Sở KH&CN Đồng Tháp',
  threshold: 70,
  criteria: [
    { key: 'novelty', label: 'Tính mới' },
    { key: 'benefit', label: 'Hiệu quả' },
  ],
  rows: [
    {
      rank: 1,
      submissionId: 's-1',
      title: 'Số hoá hồ sơ bệnh án',
      authors: [
        { name: 'Nguyễn Thị Hồng Nhung', sharePercent: 60 },
        { name: 'Trần Văn Đức', sharePercent: 40 },
      ],
      unitName: 'Bệnh viện Sa Đéc',
      fieldName: 'Y tế',
      reviewerTotals: [80, 85.5, 90],
      criterionMeans: [
        { criterion: 'novelty', mean: 25.333333 },
        { criterion: 'benefit', mean: 30 },
      ],
      aggregate: aggregateTotals([80, 85.5, 90]),
      outcome: 'recognised',
    },
    {
      rank: 2,
      submissionId: 's-2',
      title: 'Tưới nhỏ giọt, "tiết kiệm"',
      authors: [{ name: 'Lê Văn Tám', sharePercent: 100 }],
      unitName: 'HTX Tân Thuận',
      fieldName: 'Nông nghiệp',
      reviewerTotals: [40, 75],
      criterionMeans: [],
      aggregate: aggregateTotals([40, 75], { discussionThreshold: 20 }),
      outcome: 'not_recognised',
    },
    {
      rank: null,
      submissionId: 's-3',
      title: 'Chưa chấm',
      authors: [{ name: 'Phạm Thu', sharePercent: 100 }],
      unitName: 'Trường THCS',
      fieldName: 'Giáo dục',
      reviewerTotals: [],
      criterionMeans: [],
      aggregate: undefined,
      outcome: null,
    },
  ],
};

describe('score export', () => {
  it('lays out one row per submission with reviewer totals, criterion means, aggregates and outcome', () => {
    const table = scoreTable(INPUT);
    expect(table.headings.map((h) => h.vi)).toEqual([
      'Hạng',
      'Mã hồ sơ',
      'Tên sáng kiến',
      'Tác giả (tỷ lệ %)',
      'Đơn vị',
      'Lĩnh vực',
      'Phản biện 1',
      'Phản biện 2',
      'Phản biện 3',
      'TB Tính mới',
      'TB Hiệu quả',
      'Số phiếu',
      'Điểm trung bình',
      'Trung bình cắt',
      'Độ lệch (max − min)',
      'Cần thảo luận',
      'Kết quả',
    ]);
    expect(table.rows[0]).toEqual([
      1,
      's-1',
      'Số hoá hồ sơ bệnh án',
      'Nguyễn Thị Hồng Nhung (60); Trần Văn Đức (40)',
      'Bệnh viện Sa Đéc',
      'Y tế',
      80,
      85.5,
      90,
      25.33,
      30,
      3,
      85.17,
      85.17,
      10,
      'Không / No',
      'Đạt / Recognised',
    ]);
    expect(table.rows[1]?.slice(-3)).toEqual([35, 'Có / Yes', 'Không đạt / Not recognised']);
    expect(table.rows[2]?.slice(6, 9)).toEqual([null, null, null]);
  });

  it('writes a CSV that Excel opens in UTF-8 and any CSV reader reads back', () => {
    const csv = tableCsv(scoreTable(INPUT));
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(csv, { bom: true, relax_column_count: true }) as string[][];
    expect(records[0]?.[2]).toBe('Tên sáng kiến');
    expect(records[1]?.[2]).toBe('Title');
    expect(records[3]?.[2]).toBe('Tưới nhỏ giọt, "tiết kiệm"');
    expect(records[2]?.[12]).toBe('85.17');
    expect(records).toHaveLength(5);
  });

  it('writes an XLSX whose cells hold numbers, with the headings frozen', async () => {
    const file = await tablesXlsx([{ name: 'Điểm: đợt 2026/1', table: scoreTable(INPUT) }]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as never);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('Điểm  đợt 2026 1');
    expect(sheet?.getRow(1).getCell(3).value).toBe('Tên sáng kiến');
    expect(sheet?.getRow(3).getCell(7).value).toBe(80);
    expect(sheet?.getRow(3).getCell(14).value).toBe(85.17);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  });
});

describe('repository statistics', () => {
  const records: StatisticsSource[] = [
    {
      unitName: 'Bệnh viện Sa Đéc',
      fieldCode: 'health',
      fieldName: 'Y tế',
      year: 2025,
      benefitVnd: 100_000_000n,
      origin: 'campaign',
    },
    {
      unitName: 'Bệnh viện Sa Đéc',
      fieldCode: 'health',
      fieldName: 'Y tế',
      year: 2026,
      benefitVnd: 9_007_199_254_740_993n,
      origin: 'import',
    },
    {
      unitName: 'Ấp Tân Hoà',
      fieldCode: 'nong-nghiep',
      fieldName: 'Nông nghiệp',
      year: 2024,
      benefitVnd: 0n,
      origin: 'import',
    },
    {
      unitName: 'Bến Tre',
      fieldCode: 'nong-nghiep',
      fieldName: 'Nông nghiệp',
      year: 2025,
      benefitVnd: 5n,
      origin: 'campaign',
    },
  ];

  it('counts and sums benefits per unit, field and year without losing a dong', () => {
    expect(statistics(records, 'unit')).toEqual([
      {
        key: 'Bệnh viện Sa Đéc',
        label: 'Bệnh viện Sa Đéc',
        count: 2,
        fromCampaigns: 1,
        imported: 1,
        benefitVnd: '9007199354740993',
      },
      { key: 'Ấp Tân Hoà', label: 'Ấp Tân Hoà', count: 1, fromCampaigns: 0, imported: 1, benefitVnd: '0' },
      { key: 'Bến Tre', label: 'Bến Tre', count: 1, fromCampaigns: 1, imported: 0, benefitVnd: '5' },
    ]);
    expect(statistics(records, 'field').map((r) => [r.key, r.count])).toEqual([
      ['nong-nghiep', 2],
      ['health', 2],
    ]);
    expect(statistics(records, 'year').map((r) => [r.key, r.count, r.benefitVnd])).toEqual([
      ['2024', 1, '0'],
      ['2025', 2, '100000005'],
      ['2026', 1, '9007199254740993'],
    ]);
  });

  it('writes a statistics workbook with one sheet per dimension, exact sums as digits beyond 2^53', async () => {
    const file = await tablesXlsx([
      {
        name: 'Theo đơn vị',
        table: statisticsTable(statistics(records, 'unit'), 'unit'),
        numberFormats: { 4: '#,##0' },
      },
      { name: 'Theo năm', table: statisticsTable(statistics(records, 'year'), 'year'), numberFormats: { 4: '#,##0' } },
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Theo đơn vị', 'Theo năm']);
    const byYear = workbook.getWorksheet('Theo năm');
    expect(byYear?.getRow(4).values).toEqual([undefined, '2025', 2, 2, 0, 100_000_005]);
    expect(byYear?.getRow(5).getCell(5).value).toBe('9007199254740993');
  });
});
