// A programme end to end on real PostgreSQL: call → applications → panel selection (shared engine) →
// cohort; milestones with evidence and sign-off; monthly KPIs with series and the cohort dashboard and
// XLSX; alumni outcomes; and the authorisation rules (a startup sees only its own KPIs and notes).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStartup, founder, jurors, officer, sheet } from '../testing/fixtures.js';
import { type IncubationTestApp, startTestIncubation } from '../testing/incubation-test-app.js';

const API = '/api/incubation/v1';

describe('incubation programme', () => {
  let app: IncubationTestApp;
  const now = new Date();
  const iso = (days: number) => new Date(now.getTime() + days * 86_400_000).toISOString();
  const a = founder('Chương trình A');
  const b = founder('Chương trình B');
  const c = founder('Chương trình C');
  let programmeId: string;
  let cohortId: string;
  const startups: Record<string, string> = {};

  beforeAll(async () => {
    app = await startTestIncubation();
    const created = await app.request<{ id: string; status: string }>({
      method: 'POST',
      url: `${API}/programmes`,
      principal: officer,
      body: { title: 'Ươm tạo thử nghiệm 2026', callOpensAt: iso(-1), callClosesAt: iso(20), seats: 2 },
    });
    expect(created.status, created.text).toBe(201);
    programmeId = created.body.id;
    startups.a = await createStartup(app, a, { name: 'Nấm linh chi Sa Đéc' });
    startups.b = await createStartup(app, b, { name: 'Học tiếng Anh qua trò chơi', sectorCode: 'education' });
    startups.c = await createStartup(app, c, { name: 'Cá tra giống sạch bệnh', sectorCode: 'aquaculture' });
  }, 60_000);
  afterAll(() => app?.close());

  it('takes applications only while the call is open, then selects a cohort through the panel', async () => {
    const early = await app.request({
      method: 'POST',
      url: `${API}/programmes/${programmeId}/applications`,
      principal: a,
      body: { startupId: startups.a, motivation: 'Cần cố vấn thị trường và vốn mồi để mở rộng.' },
    });
    expect(early.status).toBe(404); // a draft programme is not visible to teams
    expect(
      (await app.request({ method: 'POST', url: `${API}/programmes/${programmeId}/open-call`, principal: officer }))
        .status,
    ).toBe(200);
    for (const [key, who] of [
      ['a', a],
      ['b', b],
      ['c', c],
    ] as const) {
      const res = await app.request({
        method: 'POST',
        url: `${API}/programmes/${programmeId}/applications`,
        principal: who,
        body: { startupId: startups[key], motivation: 'Cần cố vấn thị trường và vốn mồi để mở rộng.' },
      });
      expect(res.status, res.text).toBe(201);
    }
    await app.request({
      method: 'PUT',
      url: `${API}/programmes/${programmeId}/panel`,
      principal: officer,
      body: { members: jurors.map((j) => ({ userId: j.userId, displayName: j.displayName })), reviewersPerItem: 3 },
    });
    expect(
      (
        await app.request({
          method: 'POST',
          url: `${API}/programmes/${programmeId}/start-selection`,
          principal: officer,
        })
      ).status,
    ).toBe(200);
    const run = await app.request<{ assigned: number }>({
      method: 'POST',
      url: `${API}/programmes/${programmeId}/assign`,
      principal: officer,
      body: {},
    });
    expect(run.body.assigned).toBe(9);
    const share = (startupName: string) =>
      startupName.startsWith('Nấm') ? 0.9 : startupName.startsWith('Học') ? 0.7 : 0.4;
    for (const juror of jurors) {
      const mine = await app.request<{ items: { id: string; kind: string; applicationTitle: string }[] }>({
        url: `${API}/jury/assignments`,
        principal: juror,
      });
      expect(mine.body.items.every((i) => i.kind === 'programme')).toBe(true);
      for (const item of mine.body.items) {
        const res = await app.request({
          method: 'PUT',
          url: `${API}/jury/assignments/${item.id}/sheet`,
          principal: juror,
          body: sheet(share(item.applicationTitle)),
        });
        expect(res.status, res.text).toBe(200);
      }
    }
    const ranked = await app.request<{ items: { startupId: string; rank: number }[] }>({
      url: `${API}/programmes/${programmeId}/applications`,
      principal: officer,
    });
    expect(ranked.body.items.map((i) => i.startupId)).toEqual([startups.a, startups.b, startups.c]);

    const tooMany = await app.request({
      method: 'POST',
      url: `${API}/programmes/${programmeId}/cohorts`,
      principal: officer,
      body: {
        name: 'Khóa 1',
        startsOn: '2026-01-01',
        endsOn: '2026-12-31',
        startupIds: [startups.a, startups.b, startups.c],
      },
    });
    expect(tooMany.status).toBe(422);
    const cohort = await app.request<{ id: string; startups: { id: string }[] }>({
      method: 'POST',
      url: `${API}/programmes/${programmeId}/cohorts`,
      principal: officer,
      body: { name: 'Khóa 1', startsOn: '2026-01-01', endsOn: '2026-12-31', startupIds: [startups.a, startups.b] },
    });
    expect(cohort.status, cohort.text).toBe(201);
    cohortId = cohort.body.id;
    const left = await app.request<{ items: { status: string; feedback: unknown[] }[] }>({
      url: `${API}/programme-applications/mine`,
      principal: c,
    });
    expect(left.body.items[0]?.status).toBe('not_selected');
    expect(left.body.items[0]?.feedback).toHaveLength(3);
    const mineA = await app.request<{ items: { id: string }[] }>({ url: `${API}/cohorts/mine`, principal: a });
    expect(mineA.body.items.map((x) => x.id)).toEqual([cohortId]);
    expect((await app.request({ url: `${API}/cohorts/${cohortId}`, principal: c })).status).toBe(404);
  });

  it('runs a milestone from evidence to sign-off', async () => {
    const created = await app.request<{ items: { id: string; startupId: string; status: string }[] }>({
      method: 'POST',
      url: `${API}/cohorts/${cohortId}/milestones`,
      principal: officer,
      body: { title: 'Hoàn thiện sản phẩm mẫu', dueOn: '2026-03-31' },
    });
    expect(created.status, created.text).toBe(201);
    expect(created.body.items).toHaveLength(2);
    const mine = created.body.items.find((m) => m.startupId === startups.a) as { id: string };
    // another team cannot submit it
    expect(
      (
        await app.request({
          method: 'POST',
          url: `${API}/milestones/${mine.id}/submit`,
          principal: b,
          body: { links: [] },
        })
      ).status,
    ).toBe(404);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const boundary = 'xBOUNDARYx';
    const body = Buffer.concat([
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="../../bien-ban.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
      ),
      pdf,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const upload = await app.request<{ files: { id: string; fileName: string }[] }>({
      method: 'POST',
      url: `${API}/milestones/${mine.id}/files`,
      principal: a,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
      body,
    });
    expect(upload.status, upload.text).toBe(201);
    expect(upload.body.files[0]?.fileName).not.toContain('/');
    const submitted = await app.request<{ status: string }>({
      method: 'POST',
      url: `${API}/milestones/${mine.id}/submit`,
      principal: a,
      body: { links: [{ url: 'https://example.vn/demo', label: 'Video sản phẩm' }] },
    });
    expect(submitted.body.status).toBe('submitted');
    expect(
      (await app.request({ method: 'POST', url: `${API}/milestones/${mine.id}/sign-off`, principal: a, body: {} }))
        .status,
    ).toBe(403);
    const signed = await app.request<{ status: string }>({
      method: 'POST',
      url: `${API}/milestones/${mine.id}/sign-off`,
      principal: officer,
      body: { note: 'Đạt' },
    });
    expect(signed.body.status).toBe('signed_off');
    const file = await app.request({
      url: `${API}/milestones/${mine.id}/files/${upload.body.files[0]?.id}`,
      principal: officer,
    });
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');
  });

  it('keeps KPIs per startup: series, cohort dashboard, XLSX — and a startup sees only its own', async () => {
    const months = ['2026-01', '2026-02', '2026-03'];
    for (const [i, month] of months.entries()) {
      for (const [key, who, base] of [
        ['a', a, 100_000_000n],
        ['b', b, 40_000_000n],
      ] as const) {
        const res = await app.request({
          method: 'PUT',
          url: `${API}/startups/${startups[key]}/kpis/${month}`,
          principal: who,
          body: {
            revenueVnd: String(base * BigInt(i + 1)),
            users: 100 * (i + 1),
            jobsCreated: i + 1,
            fundingRaisedVnd: '0',
            ipFiled: i === 2 ? 1 : 0,
          },
        });
        expect(res.status, res.text).toBe(200);
      }
    }
    // a correction replaces the month
    await app.request({
      method: 'PUT',
      url: `${API}/startups/${startups.a}/kpis/2026-03`,
      principal: a,
      body: { revenueVnd: '9007199254740993', users: 310, jobsCreated: 3, fundingRaisedVnd: '500000000', ipFiled: 1 },
    });
    const series = await app.request<{ months: { month: string; revenueVnd: string }[] }>({
      url: `${API}/startups/${startups.a}/kpis`,
      principal: a,
    });
    expect(series.body.months.map((m) => m.month)).toEqual(months);
    // beyond 2^53, still exact
    expect(series.body.months[2]?.revenueVnd).toBe('9007199254740993');

    // authorisation: B cannot read or write A's KPIs, notes or milestones
    expect((await app.request({ url: `${API}/startups/${startups.a}/kpis`, principal: b })).status).toBe(404);
    expect(
      (
        await app.request({
          method: 'PUT',
          url: `${API}/startups/${startups.a}/kpis/2026-04`,
          principal: b,
          body: { revenueVnd: '1', users: 1, jobsCreated: 0, fundingRaisedVnd: '0', ipFiled: 0 },
        })
      ).status,
    ).toBe(404);
    const note = await app.request({
      method: 'POST',
      url: `${API}/startups/${startups.a}/notes`,
      principal: officer,
      body: { body: 'Cần chuẩn hóa sổ sách kế toán.' },
    });
    expect(note.status).toBe(201);
    expect(
      (await app.request<{ items: unknown[] }>({ url: `${API}/startups/${startups.a}/notes`, principal: a })).body
        .items,
    ).toHaveLength(1);
    expect((await app.request({ url: `${API}/startups/${startups.a}/notes`, principal: b })).status).toBe(404);
    expect((await app.request({ url: `${API}/startups/${startups.a}/milestones`, principal: b })).status).toBe(404);
    expect((await app.request({ url: `${API}/cohorts/${cohortId}/kpis`, principal: a })).status).toBe(403);
    // a juror is not a reader of startups either
    expect((await app.request({ url: `${API}/startups/${startups.a}/kpis`, principal: jurors[0] })).status).toBe(404);

    const dashboard = await app.request<{
      totals: { month: string; revenueVnd: string; reporting: number }[];
      startups: { startupId: string; latestMonth: string; totalRevenueVnd: string }[];
    }>({ url: `${API}/cohorts/${cohortId}/kpis`, principal: officer });
    expect(dashboard.status, dashboard.text).toBe(200);
    expect(dashboard.body.totals.map((t) => [t.month, t.revenueVnd, t.reporting])).toEqual([
      ['2026-01', '140000000', 2],
      ['2026-02', '280000000', 2],
      ['2026-03', String(9007199254740993n + 120_000_000n), 2],
    ]);
    const rowA = dashboard.body.startups.find((s) => s.startupId === startups.a);
    expect(rowA?.latestMonth).toBe('2026-03');

    const xlsx = await app.request({ url: `${API}/cohorts/${cohortId}/kpis.xlsx`, principal: officer });
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    // the same workbook, read back: two heading rows and one row per startup and month
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await app.handle.services.kpis.cohortXlsx(officer, cohortId)) as never);
    const sheet = workbook.worksheets[0];
    expect(sheet?.rowCount).toBe(2 + 6);
    expect(sheet?.getRow(1).getCell(3).value).toBe('Doanh thu (đồng)');
  });

  it('records alumni outcomes', async () => {
    const res = await app.request({
      method: 'PUT',
      url: `${API}/cohorts/${cohortId}/alumni/${startups.a}`,
      principal: officer,
      body: {
        collectedOn: '2027-06-30',
        stillOperating: true,
        revenueBand: '1b_5b',
        fundingRaisedVnd: '2000000000',
        becameStEnterprise: true,
      },
    });
    expect(res.status, res.text).toBe(200);
    const list = await app.request<{ items: { becameStEnterprise: boolean }[] }>({
      url: `${API}/cohorts/${cohortId}/alumni`,
      principal: officer,
    });
    expect(list.body.items).toEqual([expect.objectContaining({ becameStEnterprise: true, revenueBand: '1b_5b' })]);
    const events = await app.events(programmeId);
    const types = events.map((e) => e.type.replace('sti.incubation.v1.', ''));
    expect(types).toEqual(
      expect.arrayContaining([
        'ProgrammeTransitioned',
        'CohortFormed',
        'MilestoneTransitioned',
        'AlumniOutcomeRecorded',
      ]),
    );
  });
});
