// IP-support subsidy benchmarks (a script, not a test). From the repository root, against the built
// service (Nest needs the compiled decorator metadata):
//   npx turbo run build --filter=@sti/ip-support...
//   npx tsx bench/ip-support/subsidies.bench.ts [--claims 1000] [--parallel 16] [--no-write]
// Env: PG_ADMIN_URL (PostgreSQL 15 on this machine).
//   1. N submitted claims of 200 organisations; officers approve all of them, `parallel` at a time,
//      against one budget that fits half: per-approval latency and throughput while every approval
//      serialises on the budget's row lock; then the invariants (committed ≤ total, half queued);
//   2. the officer's queue (GET /subsidies/claims?state=queued, 20 per page, each claim assessed
//      under the policy) and the budget gauge through HTTP: p50/p95/p99.
// Prints the figures and replaces its section of docs/benchmarks.md.
import { performance } from 'node:perf_hooks';
import { createTestDatabase, injectRequest, TEST_AUTH_SECRET } from '@sti/platform/testing';
import { pino } from 'pino';
import { startIpSupport } from '@sti/ip-support';
import { fmt, loadAverage, machineLine, summarise, writeSection } from '../search/bench-support.js';

const args = process.argv.slice(2);
const numberArg = (name: string, fallback: number) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const CLAIMS = numberArg('--claims', 1000);
const PARALLEL = numberArg('--parallel', 16);
const RUNS = numberArg('--runs', 200);
const WRITE = !args.includes('--no-write');
const loadAtStart = loadAverage();
const NOW = new Date('2026-09-15T03:00:00Z');
const EACH = 5_000_000;

const database = await createTestDatabase('ip_subsidy_bench');
const handle = await startIpSupport({
  databaseUrl: database.url,
  dataDir: `/tmp/ip-subsidy-bench-${process.pid}`,
  internalAuthSecret: TEST_AUTH_SECRET,
  listen: false,
  seed: 'off',
  logger: pino({ level: 'warn' }),
  shutdownHooks: false,
  defaultMetrics: false,
  clock: () => NOW,
});
const sql = handle.database.sql;
const { subsidies } = handle.services;
const actor = (userId: string, roles: ('officer' | 'admin')[]) => ({
  userId,
  displayName: userId,
  organisationId: 'dost',
  organisationName: 'Sở KH&CN',
  roles,
  localityCode: '87',
});
const admin = actor('bench-admin', ['admin']);
const officers = [actor('bench-officer-1', ['officer']), actor('bench-officer-2', ['officer'])];

try {
  await subsidies.policies.add(
    admin,
    {
      programmeCode: 'BENCH',
      programmeName: 'Chương trình đo hiệu năng',
      effectiveFrom: '2026-01-01',
      title: 'Bench',
      eligibility: { applicantKinds: ['enterprise', 'cooperative'], maxClaimsPerOrganisationPerYear: 20 },
      rules: [
        {
          right: 'trademark',
          kind: 'domestic_filing',
          trigger: 'application_accepted',
          amount: { type: 'percentage', percentBp: 5000, capVnd: EACH },
        },
      ],
    },
    { allowPast: true },
  );
  const budget = await subsidies.budgets.create(admin, {
    programmeCode: 'BENCH',
    programmeName: 'Chương trình đo hiệu năng',
    year: 2026,
    totalVnd: EACH * Math.floor(CLAIMS / 2),
    reference: 'BENCH',
  });
  await sql.query(
    `INSERT INTO subsidy_claims (id, reference, organisation_id, organisation_name, programme_code, "right", kind, "trigger",
       trigger_date, applicant_kind, title, documented_cost_vnd, state, submitted_at, opened_by)
     SELECT (lpad(to_hex(g), 8, '0') || '-0000-7000-8000-000000000001')::uuid, 'B-' || g, 'org-' || (g % 200), 'Tổ chức ' || (g % 200),
       'BENCH', 'trademark', 'domestic_filing', 'application_accepted', DATE '2026-08-01', 'enterprise',
       'Nhãn hiệu ' || g, 10000000, 'submitted', now(), 'bench'
     FROM generate_series(1, $1::int) g`,
    [CLAIMS],
  );
  const ids = (await sql.query<{ id: string }>('SELECT id::text AS id FROM subsidy_claims ORDER BY id')).map((r) => r.id);

  // ---- 1. approvals ----
  const latencies: number[] = [];
  const states = new Map<string, number>();
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: PARALLEL }, async (_, worker) => {
      while (next < ids.length) {
        const id = ids[next++] as string;
        const t = performance.now();
        const view = await subsidies.claims.approve(officers[worker % 2] ?? null, id, '');
        latencies.push(performance.now() - t);
        states.set(view.state, (states.get(view.state) ?? 0) + 1);
      }
    }),
  );
  const totalSeconds = (performance.now() - t0) / 1000;
  const gauge = await subsidies.budgets.get(admin, budget.id);
  if (gauge.committedVnd + gauge.paidVnd > gauge.totalVnd) throw new Error('overspent');
  if ((states.get('approved') ?? 0) !== Math.floor(CLAIMS / 2)) throw new Error(`approved ${states.get('approved')}`);
  const approval = summarise(latencies);

  // ---- 2. the officer's queue and the gauge through HTTP ----
  const principal = { userId: 'bench-officer-1', displayName: 'Cán bộ', roles: ['officer' as const], organisationId: 'dost', organisationName: 'Sở KH&CN', localityCode: '87' };
  const queueTimes: number[] = [];
  const gaugeTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    let t = performance.now();
    const res = await injectRequest(handle.app, { url: '/api/ip-support/v1/subsidies/claims?state=queued&limit=20', principal });
    queueTimes.push(performance.now() - t);
    if (res.status !== 200) throw new Error(`queue ${res.status}`);
    t = performance.now();
    await injectRequest(handle.app, { url: '/api/ip-support/v1/subsidies/budgets', principal });
    gaugeTimes.push(performance.now() - t);
  }
  const queue = summarise(queueTimes);
  const gaugeHttp = summarise(gaugeTimes);

  const body = [
    `Run on ${new Date().toISOString().slice(0, 10)}: ${CLAIMS} submitted claims of 200 organisations, one budget that fits ${Math.floor(CLAIMS / 2)}, approvals ${PARALLEL} at a time by two officers (PostgreSQL 15).`,
    '',
    '| measure | result |',
    '| --- | --- |',
    `| approvals: approved / queued | ${states.get('approved') ?? 0} / ${states.get('queued') ?? 0}; committed ${gauge.committedVnd.toLocaleString('vi-VN')} of ${gauge.totalVnd.toLocaleString('vi-VN')} VND (never more) |`,
    `| approvals: throughput | ${(CLAIMS / totalSeconds).toFixed(0)} per second (${totalSeconds.toFixed(1)} s in all) |`,
    `| approval latency p50 / p95 / p99 | ${fmt(approval.p50)} / ${fmt(approval.p95)} / ${fmt(approval.p99)} ms |`,
    `| officer queue page (20 claims, HTTP) p50 / p95 / p99 | ${fmt(queue.p50)} / ${fmt(queue.p95)} / ${fmt(queue.p99)} ms |`,
    `| budget gauge (HTTP) p50 / p95 / p99 | ${fmt(gaugeHttp.p50)} / ${fmt(gaugeHttp.p95)} / ${fmt(gaugeHttp.p99)} ms |`,
    '',
    machineLine(loadAtStart),
  ].join('\n');
  console.log(body);
  if (WRITE) await writeSection('ip-support-subsidies', `## IP support: subsidy approvals against one budget\n\n${body}\n`);
} finally {
  await handle.close();
  await database.drop();
}
