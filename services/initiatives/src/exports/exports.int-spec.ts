// Exports on real PostgreSQL: a campaign's scores (XLSX, CSV) ranked from the final score sheets, for the
// campaign's staff only; repository statistics (JSON, XLSX) for officers and admins.
import type { Rubric } from '@sti/review';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { uuidv7 } from 'uuidv7';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvImportFile, goodRow } from '../repository/import/import-file.fixtures.js';
import { type AnyJson, openCampaign, principals, screenToReview, submitInitiative } from '../testing/fixtures.js';
import { type InitiativesTestApp, startTestInitiatives } from '../testing/initiatives-test-app.js';
import { principalHeaders } from '@sti/platform/testing';

const base = '/api/initiatives/v1';
const REVIEWERS = [principals.reviewer1, principals.reviewer2, principals.reviewer3];

describe('exports', () => {
  let app: InitiativesTestApp;
  let campaignId: string;
  const titles = ['Sáng kiến điểm cao', 'Sáng kiến điểm thấp', 'Sáng kiến chưa chấm xong'];

  beforeAll(async () => {
    app = await startTestInitiatives();
    campaignId = await openCampaign(app);
    const { prisma } = app.handle.database;
    const campaign = await prisma.campaign.findUniqueOrThrow({ where: { id: campaignId } });
    const rubric = campaign.rubric as unknown as Rubric;
    // fractions of each criterion's range per reviewer: high, low, one sheet still a draft
    const plans = [
      [0.9, 0.8, 1],
      [0.3, 0.4, 0.2],
      [0.7, 0.7, null],
    ];
    for (const [i, plan] of plans.entries()) {
      const id = await submitInitiative(app, campaignId, { title: titles[i] });
      await screenToReview(app, id);
      for (const [r, fraction] of plan.entries()) {
        const assignmentId = uuidv7();
        await prisma.assignment.create({
          data: {
            id: assignmentId,
            campaignId,
            submissionId: id,
            reviewerUserId: REVIEWERS[r]?.userId as string,
            method: 'manual',
            dueOn: new Date('2026-12-31T00:00:00Z'),
            assignedBy: principals.secretary.userId,
            createdAt: new Date(Date.UTC(2026, 10, 1, 0, r)),
          },
        });
        const scores = rubric.criteria.map((c) => ({
          criterion: c.key,
          score: c.min + Math.round(((c.max - c.min) * (fraction ?? 0.5)) / c.step) * c.step,
        }));
        await prisma.scoreSheet.create({
          data: {
            id: uuidv7(),
            assignmentId,
            rubricId: rubric.id,
            rubricVersion: rubric.version,
            status: fraction === null ? 'draft' : 'final',
            scores,
          },
        });
      }
    }
    const upload = csvImportFile([
      goodRow(1, { field_code: 'education', recognised_on: '2024-05-01', benefit_vnd: 10_000_000 }),
      goodRow(2, { field_code: 'education', recognised_on: '2025-05-01', benefit_vnd: 5_000_000 }),
      goodRow(3, {
        field_code: 'health',
        source_unit_name: 'Trường THPT Cao Lãnh',
        recognised_on: '2025-06-01',
        benefit_vnd: 0,
      }),
    ]);
    const boundary = '----exports-boundary';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="k.csv"\r\nContent-Type: text/csv\r\n\r\n`,
      ),
      upload,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const res = await app.request<AnyJson>({
      method: 'POST',
      url: `${base}/repository/imports`,
      principal: principals.officer,
      body,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    if (res.body.created !== 3) throw new Error(`import: ${res.text}`);
  });
  afterAll(() => app?.close());

  const get = (url: string, principal?: (typeof principals)[keyof typeof principals]) =>
    app.handle.app.inject({ method: 'GET', url, headers: principal ? principalHeaders(principal, { url }) : {} });

  it('gives the secretary the scores as XLSX, ranked, reviewers by number, with aggregates and outcome', async () => {
    const res = await get(`${base}/campaigns/${campaignId}/scores.xlsx`, principals.secretary);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as never);
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Error('no sheet');
    const headings = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headings.slice(0, 9)).toEqual([
      'Hạng',
      'Mã hồ sơ',
      'Tên sáng kiến',
      'Tác giả (tỷ lệ %)',
      'Đơn vị',
      'Lĩnh vực',
      'Phản biện 1',
      'Phản biện 2',
      'Phản biện 3',
    ]);
    const rows = [3, 4, 5].map((n) => (sheet.getRow(n).values as unknown[]).slice(1));
    expect(rows.map((r) => r[2])).toEqual(['Sáng kiến điểm cao', 'Sáng kiến chưa chấm xong', 'Sáng kiến điểm thấp']);
    expect(rows.map((r) => r[0])).toEqual([1, 2, 3]);
    expect(rows[0]?.[3]).toBe('Nguyễn Thị Hoa (70); Trương Văn Bình (30)');
    expect(rows[0]?.at(-1)).toBe('Đạt / Recognised');
    expect(rows[2]?.at(-1)).toBe('Không đạt / Not recognised');
    // two final sheets of three: not enough reviews to decide; the draft is not counted
    expect(rows[1]?.[8]).toBeUndefined();
    expect(rows[1]?.at(-1)).toBe('Chưa đủ phiếu / Insufficient reviews');
    expect(JSON.stringify(rows)).not.toContain(principals.reviewer1.displayName);
  });

  it('gives the same table as CSV with a BOM', async () => {
    const res = await get(`${base}/campaigns/${campaignId}/scores.csv`, principals.chair);
    expect(res.statusCode).toBe(200);
    expect([...res.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parse(res.rawPayload, { bom: true, relax_column_count: true }) as string[][];
    expect(records[1]?.[2]).toBe('Title');
    expect(records.slice(2).map((r) => r[2])).toEqual([
      'Sáng kiến điểm cao',
      'Sáng kiến chưa chấm xong',
      'Sáng kiến điểm thấp',
    ]);
  });

  it('keeps the scores from reviewers, other organisations and anonymous callers', async () => {
    const url = `${base}/campaigns/${campaignId}/scores.xlsx`;
    expect((await get(url, principals.reviewer1)).statusCode).toBe(404);
    expect((await get(url, principals.otherOfficer)).statusCode).toBe(404);
    expect((await get(url, principals.author)).statusCode).toBe(404);
    expect((await get(url)).statusCode).toBe(401);
  });

  it('counts the repository per field and year with benefit sums, as JSON and as a three-sheet XLSX', async () => {
    const byField = await app.request<AnyJson>({ url: `${base}/statistics?by=field`, principal: principals.officer });
    expect(byField.status).toBe(200);
    expect(byField.body.rows).toEqual([
      {
        key: 'education',
        label: 'Giáo dục và đào tạo',
        count: 2,
        fromCampaigns: 0,
        imported: 2,
        benefitVnd: '15000000',
      },
      { key: 'health', label: 'Y tế và chăm sóc sức khỏe', count: 1, fromCampaigns: 0, imported: 1, benefitVnd: '0' },
    ]);
    const byYear = await app.request<AnyJson>({ url: `${base}/statistics?by=year`, principal: principals.admin });
    expect(byYear.body.rows.map((r: AnyJson) => [r.key, r.count])).toEqual([
      ['2024', 1],
      ['2025', 2],
    ]);
    const byUnit = await app.request<AnyJson>({ url: `${base}/statistics?by=unit`, principal: principals.officer });
    expect(byUnit.body.rows.map((r: AnyJson) => [r.label, r.count])).toEqual([
      ['Bệnh viện Đa khoa Sa Đéc', 2],
      ['Trường THPT Cao Lãnh', 1],
    ]);
    expect((await app.request({ url: `${base}/statistics?by=commune`, principal: principals.officer })).status).toBe(
      400,
    );
    expect((await app.request({ url: `${base}/statistics`, principal: principals.reviewer1 })).status).toBe(403);

    const xlsx = await get(`${base}/statistics.xlsx`, principals.officer);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Theo don vi', 'Theo linh vuc', 'Theo nam']);
    expect(workbook.getWorksheet('Theo linh vuc')?.getRow(3).values).toEqual([
      undefined,
      'Giáo dục và đào tạo',
      2,
      0,
      2,
      15_000_000,
    ]);
  });
});
