// Similar repository records for the secretary during screening, on real PostgreSQL: imported records
// written without accents are found for an accented submission, with scores; withdrawn records and
// other organisations' staff are kept out.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AnyJson, openCampaign, principals, submitInitiative } from '../../testing/fixtures.js';
import { type InitiativesTestApp, startTestInitiatives } from '../../testing/initiatives-test-app.js';
import { csvImportFile, goodRow } from '../import/import-file.fixtures.js';

const base = '/api/initiatives/v1';

function multipart(fileName: string, content: Buffer) {
  const boundary = '----similarity-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`;
  return {
    body: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

describe('similar records for screening', () => {
  let app: InitiativesTestApp;
  let submissionId: string;

  beforeAll(async () => {
    app = await startTestInitiatives();
    const campaignId = await openCampaign(app);
    submissionId = await submitInitiative(app, campaignId);
    const rows = [
      // the same initiative from another school, typed without diacritics
      goodRow(1, {
        source_unit_code: 'THPT-TH',
        title: 'Ung dung ban do tu duy so trong day hoc mon Lich su lop 11',
        summary:
          'Thiet ke ban do tu duy so tren may tinh bang, hoc sinh tu xay dung theo nhom. Ket hop ban do tu duy voi cau hoi trac nghiem tuong tac.',
        field_code: 'education',
      }),
      // same subject, different solution
      goodRow(2, {
        source_unit_code: 'THPT-TH',
        title: 'Dạy học môn Lịch sử lớp 10 qua dự án bảo tàng ảo',
        summary: 'Học sinh xây dựng bảo tàng ảo về di tích địa phương, thuyết trình trước lớp.',
        field_code: 'education',
      }),
      goodRow(3, {
        source_unit_code: 'BV-SD',
        title: 'Bệnh án điện tử tại khoa Nội',
        summary: 'Ký số tại giường bệnh.',
      }),
    ];
    const upload = multipart('kho.csv', csvImportFile(rows));
    const res = await app.request<AnyJson>({
      method: 'POST',
      url: `${base}/repository/imports`,
      principal: principals.officer,
      ...upload,
    });
    if (res.status !== 200 || res.body.created !== 3) throw new Error(`import: ${res.status} ${res.text}`);
  });
  afterAll(() => app?.close());

  const similar = (principal = principals.secretary) =>
    app.request<AnyJson>({ url: `${base}/submissions/${submissionId}/similar`, principal });

  it('finds the unaccented copy first, with its exact and estimated Jaccard, and not the unrelated record', async () => {
    const res = await similar();
    expect(res.status).toBe(200);
    expect(res.body.indexedRecords).toBe(3);
    const [best, ...rest] = res.body.matches;
    expect(best.record).toMatchObject({
      title: 'Ung dung ban do tu duy so trong day hoc mon Lich su lop 11',
      organisationName: 'Bệnh viện Đa khoa Sa Đéc',
      origin: 'import',
      year: 2025,
    });
    expect(best.jaccard).toBeGreaterThan(0.4);
    expect(Math.abs(best.estimatedJaccard - best.jaccard)).toBeLessThan(0.15);
    expect(rest.every((m: AnyJson) => m.jaccard < best.jaccard)).toBe(true);
    expect(res.body.matches.map((m: AnyJson) => m.record.title)).not.toContain('Bệnh án điện tử tại khoa Nội');
  });

  it('follows the repository: a record written by another instance is seen after a refresh, a withdrawn one disappears', async () => {
    const { prisma } = app.handle.database;
    const best = (await similar()).body.matches[0].record.id as string;
    // another instance withdraws it (nothing in this process hears about it)
    const row = await prisma.repositoryRecord.findUniqueOrThrow({ where: { id: best } });
    await prisma.repositoryRecord.update({
      where: { id: best },
      data: { status: 'withdrawn', revision: row.revision + 1, updatedAt: new Date() },
    });
    await app.handle.services.similarity.refresh(true);
    const after = await similar();
    expect(after.body.matches.map((m: AnyJson) => m.record.id)).not.toContain(best);
    expect(after.body.indexedRecords).toBe(2);
  });

  it('is for the campaign staff only', async () => {
    expect((await similar(principals.chair)).status).toBe(200);
    expect((await similar(principals.reviewer1)).status).toBe(403);
    expect((await similar(principals.otherOfficer)).status).toBe(403);
    expect((await similar(principals.author)).status).toBe(403);
    const anonymous = await app.request({ url: `${base}/submissions/${submissionId}/similar` });
    expect(anonymous.status).toBe(401);
  });
});
