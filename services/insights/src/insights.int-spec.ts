// Insights end to end on real PostgreSQL and Kafka: a producer's outbox → relay → Kafka → the
// projector (inbox + facts) → the HTTP API and the XLSX report. Then the same history delivered
// again (a second producer with the same event ids), and a rebuild after the facts were damaged.
import {
  appendToOutbox,
  createKafkaTransport,
  createLogger,
  createOutboxRelay,
  EVENTS_TABLES_SQL,
  type EventTransport,
  openDatabase,
  type OutboxRelay,
  type OutgoingEvent,
  type Principal,
  type SqlClient,
} from '@sti/platform';
import { createTestDatabase, injectRequest, principalHeaders, TEST_AUTH_SECRET } from '@sti/platform/testing';
import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildInsights } from './rebuild/rebuild-insights.js';
import type { CommuneTable, Overview, Series } from './reporting/report.schema.js';
import { type InsightsHandle, startInsights } from './start-insights.js';
import { COMMUNE_A, COMMUNE_B, type HistoryTopics, insightsHistory, topicList } from './testing/insights-history.js';

const logger = createLogger({ service: 'insights-test', level: 'warn' });
const officer: Principal = { userId: 'officer-1', displayName: 'Cán bộ Sở', roles: ['officer'] };
const admin: Principal = { userId: 'admin-1', displayName: 'Quản trị', roles: ['admin'] };
const cleanups: (() => Promise<unknown>)[] = [];

async function eventually(check: () => Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function producer(): Promise<SqlClient> {
  const database = await createTestDatabase('insights_producer');
  cleanups.push(() => database.drop());
  const { sql } = await openDatabase(database.url);
  cleanups.push(() => sql.close());
  await sql.query(EVENTS_TABLES_SQL);
  return sql;
}

describe('insights on PostgreSQL and Kafka', () => {
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const topics: HistoryTopics = {
    offer: `test-insights-${run}.offer.v1`,
    need: `test-insights-${run}.need.v1`,
    expert: `test-insights-${run}.expert.v1`,
    repository: `test-insights-${run}.repository.v1`,
    connection: `test-insights-${run}.connection.v1`,
  };
  const group = `test-insights-${run}.projector`;
  let kafka: EventTransport;
  let insights: InsightsHandle;
  const relays: OutboxRelay[] = [];
  const history: OutgoingEvent[] = insightsHistory(topics);

  const inboxCount = async () =>
    Number(
      (
        await insights.database.sql.query<{ n: string }>('SELECT count(*) AS n FROM inbox WHERE consumer = $1', [group])
      )[0]?.n,
    );
  const publishFrom = async (events: OutgoingEvent[]) => {
    const sql = await producer();
    await sql.transaction((tx) => appendToOutbox(tx, events));
    const relay = createOutboxRelay({ sql, transport: kafka, name: `producer-${relays.length}`, pollIntervalMs: 100 });
    relays.push(relay);
    await relay.start();
    await relay.whenIdle();
  };
  const figures = async () => {
    const overview = await injectRequest<Overview>(insights.app, {
      url: '/api/insights/v1/overview?period=2026-Q1',
      principal: officer,
    });
    expect(overview.status).toBe(200);
    return Object.fromEntries(overview.body.tiles.map((t) => [t.code, t.value]));
  };

  beforeAll(async () => {
    const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
    kafka = createKafkaTransport({ brokers, clientId: `insights-test-${run}`, partitions: 3, logger });
    await kafka.ensureTopics(topicList(topics));
    const database = await createTestDatabase('insights');
    cleanups.push(() => database.drop());
    insights = await startInsights({
      databaseUrl: database.url,
      transport: kafka,
      internalAuthSecret: TEST_AUTH_SECRET,
      topics: topicList(topics),
      projectorGroup: group,
      logger,
      shutdownHooks: false,
      defaultMetrics: false,
      clock: () => new Date('2026-07-15T05:00:00Z'),
    });
    await publishFrom(history);
    await eventually(async () => (await inboxCount()) === history.length);
  });

  afterAll(async () => {
    for (const relay of relays) await relay.stop();
    await insights?.close();
    await kafka?.close();
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
  });

  it('turns the events into the quarter’s figures, in local time, with no figure for sources not produced yet', async () => {
    const q1 = await figures();
    expect(q1).toMatchObject({
      'techmart.listings_published': 5,
      'techmart.technology_offers': 1,
      'techmart.equipment_offers': 1,
      'techmart.experts_published': 1,
      'techmart.needs_collected': 2,
      'techmart.needs_intake': 1,
      'techmart.needs_direct': 1,
      'techmart.needs_intake_share': 50,
      'initiatives.recognised': 1,
      'initiatives.benefit': 600_000_000,
      'initiatives.repository_records': 2,
      // three introductions for two needs; one deal signed in the quarter
      'techmart.connections': 3,
      'techmart.needs_matched': 2,
      'techmart.deals_signed': 1,
      'techmart.deal_value': 350_000_000,
      // no service produces these yet: no figure, not 0
      'ip.filings': null,
      'incubation.startups': null,
    });
    const q2 = await injectRequest<Overview>(insights.app, {
      url: '/api/insights/v1/overview?period=2026-Q2',
      principal: officer,
    });
    const listings = q2.body.tiles.find((t) => t.code === 'techmart.listings_published');
    expect(listings).toMatchObject({ value: 2, previousValue: 5, trend: 'down' });
    // the deal signed on 2 April counts in Q2, with its value
    const deals = Object.fromEntries(q2.body.tiles.map((t) => [t.code, t.value]));
    expect(deals).toMatchObject({ 'techmart.deals_signed': 1, 'techmart.deal_value': 100_000_000 });
  });

  it('rates each figure against its yearly target’s trajectory, with the thresholds as data', async () => {
    const h1 = await injectRequest<Overview>(insights.app, {
      url: '/api/insights/v1/overview?period=2026-H1',
      principal: officer,
    });
    const needs = h1.body.tiles.find((t) => t.code === 'techmart.needs_collected');
    // 144 needs planned for 2026; half a year in, about 72 expected and 3 collected: red
    expect(needs?.target?.targetValue).toBe(144);
    expect(needs?.actual).toBe(3);
    expect(needs?.expected).toBeGreaterThan(70);
    expect(needs?.status).toBe('red');
    // with the bar lowered to 4 % of the trajectory the same figure is green
    const saved = await injectRequest(insights.app, {
      method: 'PUT',
      url: '/api/insights/v1/admin/thresholds/techmart.needs_collected',
      principal: admin,
      body: { greenAt: 0.04, amberAt: 0.02 },
    });
    expect(saved.status).toBe(200);
    const again = await injectRequest<Overview>(insights.app, {
      url: '/api/insights/v1/overview?period=2026-H1',
      principal: officer,
    });
    expect(again.body.tiles.find((t) => t.code === 'techmart.needs_collected')?.status).toBe('green');
  });

  it('breaks an indicator down by commune with the province total, and over months against the trajectory', async () => {
    const table = await injectRequest<CommuneTable>(insights.app, {
      url: '/api/insights/v1/indicators/techmart.listings_published/communes?period=2026-Q1',
      principal: officer,
    });
    expect(table.status).toBe(200);
    const byCode = Object.fromEntries(table.body.rows.map((r) => [r.communeCode, r.value]));
    expect(byCode).toMatchObject({ [COMMUNE_A.communeCode]: 3, [COMMUNE_B.communeCode]: 2 });
    expect(table.body.rows.find((r) => r.communeCode === COMMUNE_B.communeCode)?.communeName).toBe('Xã Mỹ Hiệp');
    expect(table.body.total.value).toBe(5);

    const series = await injectRequest<Series>(insights.app, {
      url: '/api/insights/v1/indicators/techmart.listings_published/series?from=2026-01&to=2026-06&grain=month',
      principal: officer,
    });
    expect(series.body.points.map((p) => p.value)).toEqual([2, 1, 2, 1, 1, 0]);
    expect(series.body.points.map((p) => p.actual)).toEqual([2, 3, 5, 6, 7, 7]);
    expect(series.body.points[5]?.expected).toBeCloseTo((360 * 180) / 364, 1);
  });

  it('writes the officers’ workbook: summary and per-commune sheets with Vietnamese headings, figures and totals', async () => {
    const url =
      '/api/insights/v1/export.xlsx?period=2026-Q1&indicators=techmart.listings_published,initiatives.benefit';
    const raw = await insights.app.inject({ method: 'GET', url, headers: principalHeaders(officer, { url }) });
    expect(raw.statusCode).toBe(200);
    expect(raw.headers['content-type']).toContain('spreadsheetml');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(raw.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp',
      'Tin đăng được công bố trên sàn',
      'Lợi ích ước tính của sáng kiến',
    ]);
    const sheet = workbook.getWorksheet('Tin đăng được công bố trên sàn');
    expect(sheet?.getRow(3).getCell(1).value).toBe('Kỳ báo cáo: Quý I năm 2026 (2026-01-01 – 2026-03-31)');
    expect(sheet?.getRow(4).getCell(1).value).toBe('Đơn vị tính: tin đăng');
    expect(sheet?.getRow(6).values).toEqual([
      undefined,
      'STT',
      'Mã xã/phường',
      'Tên xã/phường',
      'Kỳ báo cáo',
      'Kỳ trước',
      'Chỉ tiêu kế hoạch',
      'Kế hoạch đến kỳ',
      'Thực hiện lũy kế',
      'Trạng thái',
    ]);
    const rows: unknown[][] = [];
    sheet?.eachRow((row, i) => {
      if (i > 6) rows.push([row.getCell(2).value, row.getCell(3).value, row.getCell(4).value]);
    });
    expect(rows).toContainEqual([COMMUNE_A.communeCode, 'Phường Mỹ Tho', 3]);
    expect(rows).toContainEqual([COMMUNE_B.communeCode, 'Xã Mỹ Hiệp', 2]);
    expect(rows.at(-1)).toEqual(['', 'Tổng cộng toàn tỉnh Đồng Tháp', 5]);
    const benefit = workbook.worksheets[2];
    expect(benefit?.lastRow?.getCell(4).value).toBe(600_000_000);
    const summary = workbook.getWorksheet('Tổng hợp');
    let statusCell: unknown;
    summary?.eachRow((row) => {
      if (row.getCell(2).value === 'ip.filings') statusCell = row.getCell(10).value;
    });
    expect(statusCell).toBe('Chưa có nguồn dữ liệu');
  });

  it('prints the dashboard as a PDF in Vietnamese, with the figures and statuses, for officers only', async () => {
    const url = '/api/insights/v1/export.pdf?period=2026-Q1';
    const raw = await insights.app.inject({ method: 'GET', url, headers: principalHeaders(officer, { url }) });
    expect(raw.statusCode).toBe(200);
    expect(raw.headers['content-type']).toBe('application/pdf');
    expect(raw.headers['content-disposition']).toContain('bao-cao-chi-tieu-2026-Q1.pdf');
    const { text } = await extractText(await getDocumentProxy(new Uint8Array(raw.rawPayload)), { mergePages: true });
    const flat = text.normalize('NFC').replace(/\s+/g, ' ');
    expect(flat).toContain('BÁO CÁO CHỈ TIÊU KH&CN VÀ ĐỔI MỚI SÁNG TẠO — ĐỒNG THÁP');
    expect(flat).toContain('Kỳ báo cáo: Quý I năm 2026 (2026-01-01 – 2026-03-31)');
    expect(flat).toContain('5.868.131.868,13'); // a large figure stays on one line
    expect(flat).toContain('Hợp đồng chuyển giao công nghệ được ký');
    expect(flat).toContain('350.000.000');
    expect(flat).toContain('Chưa có nguồn dữ liệu');
    expect((await insights.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });

  it('serves the published subset to anyone, with CSV, and the rest to officers only', async () => {
    expect((await injectRequest(insights.app, { url: '/api/insights/v1/overview?period=2026-Q1' })).status).toBe(401);
    const open = await injectRequest<Overview>(insights.app, {
      url: '/api/insights/v1/public/overview?period=2026-Q1',
    });
    expect(open.status).toBe(200);
    const codes = open.body.tiles.map((t) => t.code);
    expect(codes).toContain('initiatives.recognised');
    expect(codes).not.toContain('techmart.needs_intake');
    const csv = await injectRequest(insights.app, { url: '/api/insights/v1/public/overview.csv?period=2026-Q1' });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.text).toContain('initiatives.benefit,Lợi ích ước tính của sáng kiến được công nhận');
    expect(csv.text).toContain(',600000000,');
    const bad = await injectRequest<{ code: string }>(insights.app, {
      url: '/api/insights/v1/public/overview?period=2026-Q9',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe('invalid_period');
    // a range whose period before would start before 2000 is refused as such, not a server error
    const wide = await injectRequest<{ code: string }>(insights.app, {
      url: `/api/insights/v1/public/overview?period=${encodeURIComponent('2000-01-01..2100-12-31')}`,
    });
    expect(wide.status).toBe(400);
    expect(wide.body.code).toBe('invalid_period');
  });

  it('lets an admin add a version of a definition and refuses a ratio naming an unknown indicator', async () => {
    const current = await injectRequest<{ version: number; definition: Record<string, unknown> }>(insights.app, {
      url: '/api/insights/v1/indicators/techmart.needs_direct',
      principal: officer,
    });
    const edited = await injectRequest<{ version: number }>(insights.app, {
      method: 'PUT',
      url: '/api/insights/v1/admin/indicators/techmart.needs_direct',
      principal: admin,
      body: {
        expectedVersion: current.body.version,
        definition: { ...current.body.definition, name: { vi: 'Nhu cầu tự đăng', en: 'Needs posted directly' } },
      },
    });
    expect(edited.status).toBe(200);
    expect(edited.body.version).toBe(current.body.version + 1);
    const stale = await injectRequest<{ code: string }>(insights.app, {
      method: 'PUT',
      url: '/api/insights/v1/admin/indicators/techmart.needs_direct',
      principal: admin,
      body: { expectedVersion: current.body.version, definition: current.body.definition },
    });
    expect(stale.body.code).toBe('stale_revision');
    const broken = await injectRequest<{ code: string }>(insights.app, {
      method: 'PUT',
      url: '/api/insights/v1/admin/indicators/x.ratio',
      principal: admin,
      body: {
        definition: {
          code: 'x.ratio',
          name: { vi: 'Tỷ lệ', en: 'Ratio' },
          unit: { vi: '%', en: '%' },
          unitCode: 'percent',
          computation: { kind: 'ratio', numerator: 'techmart.needs_intake', denominator: 'no.such' },
        },
      },
    });
    expect(broken.status).toBe(422);
    expect(broken.body.code).toBe('invalid_indicator_definition');
    const officerEdit = await injectRequest(insights.app, {
      method: 'PUT',
      url: '/api/insights/v1/admin/indicators/techmart.needs_direct',
      principal: officer,
      body: { definition: current.body.definition },
    });
    expect(officerEdit.status).toBe(403);
  });

  it('changes nothing when the whole history is delivered again, and a rebuild gives the same figures', async () => {
    const before = await figures();
    const facts = async () =>
      insights.database.sql.query(
        'SELECT stream, entity_id, revision, occurred_at, commune_code, attributes, amount, withdrawn FROM insights_fact ORDER BY stream, entity_id',
      );
    const factsBefore = await facts();

    // the same events (same ids) published again by another producer: duplicates for the inbox
    const applied = await inboxCount();
    const effects = async () =>
      insights.database.sql.query<{ outcome: string; n: number }>(
        `SELECT outcome, count(*)::int AS n FROM insights_projection_log WHERE consumer = $1 GROUP BY outcome ORDER BY outcome`,
        [group],
      );
    // the effect log: one row per applied event, saying what it did to the facts
    const effectsBefore = await effects();
    expect(effectsBefore.reduce((sum, r) => sum + r.n, 0)).toBe(history.length);
    expect(effectsBefore.find((r) => r.outcome === 'withdrawn')?.n).toBe(1);
    expect(effectsBefore.find((r) => r.outcome === 'archived')?.n).toBe(1);
    await publishFrom(history);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await inboxCount()).toBe(applied);
    expect(await effects()).toEqual(effectsBefore);
    expect(await figures()).toEqual(before);

    // damage the projection, then rebuild it from the retained topics
    await insights.database.sql.query(`DELETE FROM insights_fact WHERE stream = 'initiatives.record'`);
    await insights.database.sql.query(`UPDATE insights_fact SET occurred_at = occurred_at + interval '200 days'`);
    expect(await figures()).not.toEqual(before);
    const report = await rebuildInsights({
      db: insights.database.sql,
      transport: kafka,
      topics: topicList(topics),
      liveGroup: group,
      logger,
    });
    expect(report.parkedMessages).toBe(0);
    expect(report.replayedMessages).toBe(history.length * 2);
    expect(await figures()).toEqual(before);
    expect(await facts()).toEqual(factsBefore);
  });
});
