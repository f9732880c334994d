// Repository import over HTTP against real PostgreSQL: the per-row report, the rows stored, the events
// in the outbox, idempotent re-import, revision bumps, rights, limits, and a 10,000-row XLSX.
import type { Principal } from '@sti/platform';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type InitiativesTestApp, startTestInitiatives } from '../../testing/initiatives-test-app.js';
import { csvImportFile, type FixtureRow, goodRow, xlsxImportFile } from './import-file.fixtures.js';
import type { ImportReportView } from './import.schema.js';

const OFFICER: Principal = {
  userId: 'officer-1',
  displayName: 'Cán bộ Sở',
  roles: ['officer'],
  organisationId: 'org-so',
};
const REVIEWER: Principal = { userId: 'reviewer-1', displayName: 'Phản biện', roles: ['reviewer'] };
const URL = '/api/initiatives/v1/repository/imports';

function multipart(fileName: string, content: Buffer, contentType: string) {
  const boundary = '----initiatives-import-boundary';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: ${contentType}\r\n\r\n`;
  return {
    body: Buffer.concat([Buffer.from(head), content, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const MIXED: FixtureRow[] = [
  goodRow(1), // row 3
  goodRow(2, { title: '' }), // row 4
  goodRow(3, { recognised_on: '2025-02-30' }), // row 5
  goodRow(4, { authors: 'Nguyễn Văn An (50); Trần Thị Bình (40)' }), // row 6
  goodRow(5, { field_code: 'khong-co' }), // row 7
  goodRow(6, { source_unit_code: 'thpt-cl', source_unit_name: 'Trường THPT Cao Lãnh' }), // row 8
  goodRow(6, { source_unit_code: 'THPT-CL', title: 'Lặp lại' }), // row 9: same key as row 8
  goodRow(7, { title: 'Sáng kiến <a href="http://x">xem</a>' }), // row 10
  goodRow(8, { field_code: 'education' }), // row 11
];

describe('repository import', () => {
  let app: InitiativesTestApp;
  beforeAll(async () => {
    app = await startTestInitiatives({ now: new Date('2026-12-04T03:00:00Z') });
  });
  afterAll(() => app?.close());

  const upload = (principal: Principal | undefined, fileName: string, content: Buffer, type = XLSX) => {
    const { body, headers } = multipart(fileName, content, type);
    return app.request<ImportReportView & { code?: string; status?: number }>({
      method: 'POST',
      url: URL,
      body,
      headers,
      ...(principal ? { principal } : {}),
    });
  };
  const outboxCount = async () =>
    Number(
      (
        await app.handle.database.sql.query<{ n: string }>(
          "SELECT count(*) AS n FROM outbox WHERE topic = 'initiatives.repository.v1'",
        )
      )[0]?.n,
    );
  const records = () =>
    app.handle.database.prisma.repositoryRecord.findMany({ orderBy: [{ sourceUnit: 'asc' }, { externalId: 'asc' }] });

  it('imports the good rows of an XLSX and reports each bad row with row, field and messages in both languages', async () => {
    const res = await upload(OFFICER, 'kho-sang-kien.xlsx', await xlsxImportFile(MIXED));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ format: 'xlsx', rows: 9, created: 3, updated: 0, unchanged: 0, rejected: 6 });
    expect(res.body.issues.map((i) => `${i.row}:${i.field}:${i.code}`)).toEqual([
      '4:title:required',
      '5:recognised_on:bad_date',
      '6:authors:shares_sum',
      '7:field_code:unknown_field',
      '9:external_id:duplicate_in_file',
      '10:title:markup',
    ]);
    for (const issue of res.body.issues) {
      expect(issue.message.vi).toMatch(/[ăâđêôơưàảãáạèéẹìíòóọùúụỳýđ]/i);
      expect(issue.message.en).toMatch(/^[\x20-\x7e]+$/);
    }
    const stored = await records();
    expect(stored.map((r) => [r.sourceUnit, r.externalId, r.origin, r.revision])).toEqual([
      ['BV-SADEC', 'SK-00001', 'import', 1],
      ['BV-SADEC', 'SK-00008', 'import', 1],
      ['THPT-CL', 'SK-00006', 'import', 1],
    ]);
    expect(stored[0]).toMatchObject({
      title: 'Cải tiến tiếp nhận bệnh nhân tại Bệnh viện Đa khoa Sa Đéc (số 1)',
      organisationName: 'Bệnh viện Đa khoa Sa Đéc',
      authors: [
        { name: 'Nguyễn Thị Hồng Nhung', sharePercent: 60 },
        { name: 'Trần Văn Đức', sharePercent: 40 },
      ],
      benefitVnd: 1_000_000n,
      year: 2025,
      status: 'published',
    });
    const events = await app.events(stored[0]?.id as string);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: 'sti.initiatives.v1.RecordPublished',
      topic: 'initiatives.repository.v1',
      message: {
        record: {
          id: stored[0]?.id,
          revision: 1,
          source: 'BV-SADEC',
          field: { code: 'health', nameVi: 'Y tế và chăm sóc sức khỏe' },
          recognisedOn: '2025-11-15',
          benefitVnd: 1_000_000n,
        },
      },
    });
  });

  it('changes nothing when the same file comes again: no revision, no event', async () => {
    const before = await records();
    const events = await outboxCount();
    const res = await upload(OFFICER, 'kho-sang-kien.xlsx', await xlsxImportFile(MIXED));
    expect(res.body).toMatchObject({ created: 0, updated: 0, unchanged: 3, rejected: 6 });
    expect(await outboxCount()).toBe(events);
    expect(await records()).toEqual(before);
  });

  it('bumps the revision and publishes again only for a changed row, also from CSV', async () => {
    const events = await outboxCount();
    const edited = MIXED.map((row, i) => (i === 0 ? { ...row, benefit_vnd: '2.500.000' } : row));
    const res = await upload(OFFICER, 'kho.csv', csvImportFile(edited), 'text/csv');
    expect(res.body).toMatchObject({ format: 'csv', created: 0, updated: 1, unchanged: 2, rejected: 6 });
    expect(await outboxCount()).toBe(events + 1);
    const changed = (await records()).find((r) => r.externalId === 'SK-00001');
    expect(changed).toMatchObject({ revision: 2, benefitVnd: 2_500_000n });
    const history = await app.events(changed?.id as string);
    expect(history.map((e) => (e.message.record as { revision: number }).revision)).toEqual([1, 2]);
  });

  it('lets only officers and admins import', async () => {
    const file = await xlsxImportFile([goodRow(50)]);
    expect((await upload(undefined, 'a.xlsx', file)).status).toBe(401);
    const forbidden = await upload(REVIEWER, 'a.xlsx', file);
    expect(forbidden.status).toBe(403);
    expect(forbidden.headers['content-type']).toContain('application/problem+json');
    expect((await records()).some((r) => r.externalId === 'SK-00050')).toBe(false);
  });

  it('refuses other file types, unreadable files and files without the columns, changing nothing', async () => {
    const count = (await records()).length;
    expect((await upload(OFFICER, 'a.pdf', Buffer.from('%PDF-1.4'), 'application/pdf')).status).toBe(415);
    const broken = await upload(OFFICER, 'a.xlsx', Buffer.from('PK\u0003\u0004 not really a zip'));
    expect(broken.status).toBe(422);
    expect(broken.body.code).toBe('import_unreadable');
    const noColumns = await upload(OFFICER, 'a.csv', Buffer.from('Tên sáng kiến\nA\n'), 'text/csv');
    expect(noColumns.status).toBe(422);
    expect(noColumns.body).toMatchObject({
      code: 'import_missing_columns',
      columns: expect.arrayContaining(['authors']),
    });
    expect((await records()).length).toBe(count);
  });

  it('refuses an upload over 20 MB as too large and keeps none of its rows', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => goodRow(20_000 + i));
    const csv = csvImportFile(rows);
    const padding = Buffer.alloc(21 * 1024 * 1024 - csv.length, 0x20);
    const res = await upload(OFFICER, 'big.csv', Buffer.concat([csv, Buffer.from('\n'), padding]), 'text/csv');
    expect(res.status).toBe(413);
    expect((await records()).some((r) => r.externalId === 'SK-20000')).toBe(false);
  });

  it('offers the templates for download: XLSX with Vietnamese headings, English line and field codes; CSV with a BOM', async () => {
    const xlsx = await app.handle.app.inject({
      method: 'GET',
      url: '/api/initiatives/v1/repository/import-template.xlsx',
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('mau-nhap-sang-kien.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as never);
    expect(workbook.worksheets[0]?.getRow(1).getCell(4).value).toBe('Tên sáng kiến');
    expect(workbook.worksheets[0]?.getRow(2).getCell(4).value).toBe('Title');
    const fieldCodes = workbook.getWorksheet('Linh vuc')?.getColumn(1).values.slice(2);
    expect(fieldCodes).toContain('education');
    const csv = await app.handle.app.inject({
      method: 'GET',
      url: '/api/initiatives/v1/repository/import-template.csv',
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect([...csv.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('imports a 10,000-row XLSX within the request limits', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => goodRow(100_000 + i, { source_unit_code: 'BULK' }));
    const file = await xlsxImportFile(rows);
    const started = performance.now();
    const res = await upload(OFFICER, 'bulk.xlsx', file);
    const seconds = (performance.now() - started) / 1000;
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ rows: 10_000, created: 10_000, rejected: 0 });
    expect(seconds).toBeLessThan(30);
    const stored = await app.handle.database.prisma.repositoryRecord.count({ where: { sourceUnit: 'BULK' } });
    expect(stored).toBe(10_000);
  }, 120_000);
});
