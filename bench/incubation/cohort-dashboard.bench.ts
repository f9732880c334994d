// Incubation cohort dashboard benchmark (a script, not a test). From the repository root, against the
// built packages (Nest needs tsc's decorator metadata, which tsx does not emit):
//   npx turbo run build --filter=@sti/incubation --filter=@sti/gateway
//   npx tsx bench/incubation/cohort-dashboard.bench.ts [--startups 200] [--months 36] [--requests 300]
//     [--concurrency 1,8] [--databases postgres,pglite] [--no-write]
// Env: PG_ADMIN_URL (PostgreSQL 15 on this machine; defaults as in infra/scripts).
// For each database (PostgreSQL as in distributed mode, PGlite as in embedded mode): the incubation
// service on its own database with one cohort of --startups startups × --months months of KPIs (rows
// written straight into the tables, not timed), and the gateway in front of it with the embedded
// identity provider. The demo officer signs in through the gateway; then `GET
// /api/incubation/v1/cohorts/:id/kpis` (monthly totals + each startup's latest month) is requested
// --requests times at each concurrency after a warm-up, through the gateway with a real token.
// Prints p50/p95/p99 and replaces the `bench:incubation` section of docs/benchmarks.md. Target p95 ≤ 100 ms.
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createGateway, DEMO_PASSWORD, gatewayConfig } from '@sti/gateway';
import { startIncubation } from '@sti/incubation';
import { createTestDatabase } from '@sti/platform/testing';
import { pino } from 'pino';
import { uuidv7 } from 'uuidv7';
import { signIn } from '../../gateway/src/testing/oidc-client.js';
import { fmt, loadAverage, machineLine, type Summary, summarise, writeSection } from '../search/bench-support.js';

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const STARTUPS = Number(arg('--startups', '200'));
const MONTHS = Number(arg('--months', '36'));
const REQUESTS = Number(arg('--requests', '300'));
const CONCURRENCY = arg('--concurrency', '1,8').split(',').map(Number);
const DATABASES = arg('--databases', 'postgres,pglite').split(',') as ('postgres' | 'pglite')[];
const WRITE = !args.includes('--no-write');
const SECTORS = ['agritech', 'ocop', 'aquaculture', 'it', 'education'];
const logger = pino({ level: 'warn' });
const loadAtStart = loadAverage();

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

interface Row {
  database: string;
  concurrency: number;
  summary: Summary;
  rps: number;
  inService: Summary;
  bytes: number;
}

async function measure(database: 'postgres' | 'pglite'): Promise<Row[]> {
  const dataDir = await mkdtemp(join(tmpdir(), 'incubation-bench-'));
  const pg = database === 'postgres' ? await createTestDatabase('bench_incubation') : undefined;
  const databaseUrl = pg?.url ?? `pglite://${join(dataDir, 'db')}`;
  const secret = randomBytes(32).toString('base64url');
  const service = await startIncubation({
    databaseUrl,
    dataDir,
    internalAuthSecret: secret,
    host: '127.0.0.1',
    port: 0,
    seed: 'off',
    logger,
    shutdownHooks: false,
    defaultMetrics: false,
  });
  const port = await freePort();
  const gateway = await createGateway(
    gatewayConfig({
      host: '127.0.0.1',
      port,
      logLevel: 'warn',
      internalAuthSecret: secret,
      auth: { mode: 'embedded', dataDir: join(dataDir, 'gateway'), demo: true },
      upstreams: { incubation: service.url },
    }),
    { logger },
  );
  await gateway.listen({ host: '127.0.0.1', port });
  const base = `http://127.0.0.1:${port}`;
  try {
    // one programme, one cohort, STARTUPS startups × MONTHS months of KPIs (not timed)
    const prisma = service.database.prisma;
    const t0 = performance.now();
    const programmeId = uuidv7();
    const cohortId = uuidv7();
    await prisma.programme.create({
      data: {
        id: programmeId,
        title: 'Chương trình đo tải',
        description: '',
        organisationId: uuidv7(),
        status: 'running',
        callOpensAt: new Date('2023-01-01'),
        callClosesAt: new Date('2023-02-01'),
        seats: STARTUPS,
      },
    });
    await prisma.cohort.create({
      data: {
        id: cohortId,
        programmeId,
        name: 'Khóa đo tải',
        startsOn: new Date('2023-03-01'),
        endsOn: new Date('2026-02-28'),
      },
    });
    const ids = Array.from({ length: STARTUPS }, () => uuidv7());
    await prisma.startup.createMany({
      data: ids.map((id, i) => ({
        id,
        name: `Nhóm khởi nghiệp số ${i + 1}`,
        ownerUserId: `bench-owner-${i}`,
        stage: 'early_revenue',
        sectorCode: SECTORS[i % SECTORS.length] as string,
        trl: 5,
        provinceCode: '87',
        communeCode: String(30000 + (i % 100)),
        summary: 'Số liệu đo tải',
      })),
    });
    await prisma.cohortMember.createMany({ data: ids.map((startupId) => ({ id: uuidv7(), cohortId, startupId })) });
    const kpis = ids.flatMap((startupId, i) =>
      Array.from({ length: MONTHS }, (_, m) => ({
        id: uuidv7(),
        startupId,
        month: new Date(Date.UTC(2023, 2 + m, 1)),
        revenueVnd: BigInt(Math.round(20_000_000 * (1 + (i % 7) / 10) * 1.04 ** m)),
        users: 100 + m * 10 + i,
        jobsCreated: 2 + Math.floor(m / 6),
        fundingRaisedVnd: m % 12 === 6 ? 500_000_000n : 0n,
        ipFiled: m % 9 === 0 ? 1 : 0,
        reportedBy: `bench-owner-${i}`,
      })),
    );
    for (let i = 0; i < kpis.length; i += 2000) await prisma.kpiReport.createMany({ data: kpis.slice(i, i + 2000) });
    if (database === 'postgres') await service.database.sql.query('ANALYZE');
    console.log(
      `${database}: ${STARTUPS} startups × ${MONTHS} months = ${kpis.length} KPI rows in ${fmt(performance.now() - t0, 0)} ms`,
    );

    const token = (await signIn(base, 'canbo', DEMO_PASSWORD)).tokens.access_token;
    const url = `${base}/api/incubation/v1/cohorts/${cohortId}/kpis`;
    let bytes = 0;
    const once = async () => {
      const started = performance.now();
      const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      const body = await response.text();
      if (response.status !== 200) throw new Error(`dashboard answered ${response.status}: ${body.slice(0, 200)}`);
      bytes = body.length;
      return performance.now() - started;
    };
    for (let i = 0; i < 30; i++) await once();

    // the service's own time for the same answer (the two aggregate queries and the mapping), no HTTP
    const officer = { userId: 'bench', displayName: 'bench', roles: ['officer' as const] };
    const inService: number[] = [];
    for (let i = 0; i < 100; i++) {
      const started = performance.now();
      await service.services.kpis.cohortDashboard(officer, cohortId, {});
      inService.push(performance.now() - started);
    }
    const inServiceSummary = summarise(inService);

    const rows: Row[] = [];
    for (const concurrency of CONCURRENCY) {
      const latencies: number[] = [];
      let next = 0;
      const started = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < REQUESTS) {
            next += 1;
            latencies.push(await once());
          }
        }),
      );
      const seconds = (performance.now() - started) / 1000;
      const summary = summarise(latencies);
      rows.push({
        database,
        concurrency,
        summary,
        rps: latencies.length / seconds,
        inService: inServiceSummary,
        bytes,
      });
      console.log(
        `${database} c=${concurrency}: p50 ${fmt(summary.p50, 1)} ms, p95 ${fmt(summary.p95, 1)} ms, p99 ${fmt(summary.p99, 1)} ms, ${fmt(latencies.length / seconds, 0)} req/s`,
      );
    }
    return rows;
  } finally {
    await gateway.close();
    await service.close();
    await pg?.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main() {
  const rows: Row[] = [];
  for (const database of DATABASES) rows.push(...(await measure(database)));
  const table = [
    '| database | concurrency | requests | p50 ms | p95 ms | p99 ms | max ms | req/s | in-service p50 / p95 ms | answer |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.database === 'postgres' ? 'PostgreSQL 15 (distributed)' : 'PGlite (embedded)'} | ${r.concurrency} | ${r.summary.count} | ${fmt(r.summary.p50, 1)} | ${fmt(r.summary.p95, 1)} | ${fmt(r.summary.p99, 1)} | ${fmt(r.summary.max, 1)} | ${fmt(r.rps, 0)} | ${fmt(r.inService.p50, 1)} / ${fmt(r.inService.p95, 1)} | ${(r.bytes / 1024).toFixed(1)} KB |`,
    ),
  ].join('\n');
  const verdicts = rows.map(
    (r) =>
      `- ${r.database}, concurrency ${r.concurrency}: p95 ${fmt(r.summary.p95, 1)} ms — ${r.summary.p95 <= 100 ? 'meets' : 'misses'} the target.`,
  );
  const section = [
    '## Incubation: cohort KPI dashboard (`bench/incubation/cohort-dashboard.bench.ts`)',
    '',
    machineLine(loadAtStart),
    '',
    `Setup: the incubation service (built package) on its own database with one cohort of ${STARTUPS} startups × ${MONTHS} months of KPIs (${(STARTUPS * MONTHS).toLocaleString('en')} rows), the gateway in front of it with the embedded identity provider; the demo officer signs in through the gateway and \`GET /api/incubation/v1/cohorts/:id/kpis\` (per-month totals of the cohort and each startup's latest month and total revenue: two aggregate SQL queries, \`kpi_reports\` joined to \`cohort_members\`, indexed by \`(startup_id, month)\`) is requested ${REQUESTS} times per concurrency after 30 warm-up requests, with a real bearer token (token check, identity headers signed for the service, proxy, the service's own signature check, JSON of ${MONTHS} totals and ${STARTUPS} startup rows). "In-service" is the application service's time for the same answer without HTTP.`,
    '',
    table,
    '',
    'Target p95 ≤ 100 ms through the gateway:',
    '',
    ...verdicts,
  ].join('\n');
  console.log(`\n${section}`);
  if (WRITE) await writeSection('incubation', section);
}

await main();
