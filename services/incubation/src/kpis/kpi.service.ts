// Monthly KPIs: a startup reports one row per month (a second report for the month corrects the first);
// series for the startup (its members and officers) and the cohort dashboard (officers), XLSX exports.
import { appendToOutbox, prismaTxExecutor } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import type { Actor } from '../shared/actor.js';
import { isOfficer } from '../shared/actor.js';
import { type Clock, isoMonth, monthStart } from '../shared/clock.js';
import { inTransaction, type PrismaClient } from '../shared/db.js';
import { forbidden, NAMES, notFound, rejected } from '../shared/problems.js';
import { startupKpiReported } from '../startups/startup.events.js';
import { requireMember, requireReadable } from '../startups/startup.repository.js';
import type { CohortKpiDashboard, KpiInput, KpiRangeQuery, KpiReport } from './kpi.schema.js';
import { kpiWorkbook } from './kpi.workbook.js';

interface KpiRow {
  month: Date;
  revenueVnd: bigint;
  users: number;
  jobsCreated: number;
  fundingRaisedVnd: bigint;
  ipFiled: number;
  reportedAt: Date;
}

export function toKpiReport(r: KpiRow): KpiReport {
  return {
    month: isoMonth(r.month),
    revenueVnd: r.revenueVnd.toString(),
    users: r.users,
    jobsCreated: r.jobsCreated,
    fundingRaisedVnd: r.fundingRaisedVnd.toString(),
    ipFiled: r.ipFiled,
    reportedAt: r.reportedAt.toISOString(),
  };
}

export class KpiService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly clock: Clock,
  ) {}

  async report(actor: Actor, startupId: string, month: string, input: KpiInput): Promise<KpiReport> {
    const now = this.clock();
    const first = monthStart(month);
    // a month is reported once it has begun; figures for the future are refused
    if (first.getTime() > now.getTime()) {
      throw rejected('kpi_month_in_future', 'Chưa thể báo cáo cho tháng chưa đến.', 'That month has not begun yet.');
    }
    return inTransaction(this.prisma, async (tx) => {
      await requireMember(tx, actor, startupId);
      const existing = await tx.kpiReport.findUnique({ where: { startupId_month: { startupId, month: first } } });
      const figures = {
        revenueVnd: BigInt(input.revenueVnd),
        users: input.users,
        jobsCreated: input.jobsCreated,
        fundingRaisedVnd: BigInt(input.fundingRaisedVnd),
        ipFiled: input.ipFiled,
        reportedBy: actor.userId,
        reportedAt: now,
      };
      const row = existing
        ? await tx.kpiReport.update({ where: { id: existing.id }, data: figures })
        : await tx.kpiReport.create({ data: { id: uuidv7(), startupId, month: first, ...figures } });
      await appendToOutbox(prismaTxExecutor(tx), [
        startupKpiReported({ startupId, month: isoMonth(first), ...figures, correction: !!existing }, actor, now),
      ]);
      return toKpiReport(row);
    });
  }

  async series(actor: Actor, startupId: string, range: KpiRangeQuery) {
    await requireReadable(this.prisma, actor, startupId);
    const rows = await this.prisma.kpiReport.findMany({
      where: { startupId, month: monthRange(range) },
      orderBy: { month: 'asc' },
      take: 600,
    });
    return { startupId, months: rows.map(toKpiReport) };
  }

  async startupXlsx(actor: Actor, startupId: string): Promise<Buffer> {
    const startup = await requireReadable(this.prisma, actor, startupId);
    const { months } = await this.series(actor, startupId, {});
    return kpiWorkbook({ title: startup.name, rows: months.map((m) => ({ name: startup.name, ...m })) });
  }

  /**
   * The cohort dashboard: per-month totals and each startup's latest month, in two aggregate queries
   * (200 startups × 36 months stays well inside the 100 ms budget).
   */
  async cohortDashboard(actor: Actor, cohortId: string, range: KpiRangeQuery): Promise<CohortKpiDashboard> {
    if (!isOfficer(actor))
      throw forbidden('Chỉ cán bộ chương trình xem số liệu cả khóa.', 'Only officers see the cohort’s figures.');
    const cohort = await this.prisma.cohort.findUnique({ where: { id: cohortId }, select: { id: true } });
    if (!cohort) throw notFound(NAMES.cohort, cohortId);
    const from = range.from ? monthStart(range.from) : new Date(Date.UTC(1970, 0, 1));
    const to = range.to ? monthStart(range.to) : new Date(Date.UTC(9999, 0, 1));
    const totals = await this.prisma.$queryRaw<
      { month: Date; revenue: bigint; users: bigint; jobs: bigint; funding: bigint; ip: bigint; reporting: bigint }[]
    >`SELECT k.month, SUM(k.revenue_vnd)::bigint AS revenue, SUM(k.users)::bigint AS users,
             SUM(k.jobs_created)::bigint AS jobs, SUM(k.funding_raised_vnd)::bigint AS funding,
             SUM(k.ip_filed)::bigint AS ip, COUNT(*)::bigint AS reporting
        FROM kpi_reports k JOIN cohort_members c ON c.startup_id = k.startup_id
       WHERE c.cohort_id = ${cohortId}::uuid AND k.month >= ${from}::date AND k.month <= ${to}::date
       GROUP BY k.month ORDER BY k.month`;
    const perStartup = await this.prisma.$queryRaw<
      {
        startup_id: string;
        name: string;
        sector_code: string;
        month: Date | null;
        revenue_vnd: bigint | null;
        users: number | null;
        jobs_created: number | null;
        funding_raised_vnd: bigint | null;
        ip_filed: number | null;
        total_revenue: bigint | null;
      }[]
    >`SELECT s.id AS startup_id, s.name, s.sector_code, l.month, l.revenue_vnd, l.users, l.jobs_created,
             l.funding_raised_vnd, l.ip_filed, t.total_revenue
        FROM cohort_members c
        JOIN startups s ON s.id = c.startup_id
        LEFT JOIN LATERAL (
          SELECT k.month, k.revenue_vnd, k.users, k.jobs_created, k.funding_raised_vnd, k.ip_filed
            FROM kpi_reports k
           WHERE k.startup_id = c.startup_id AND k.month >= ${from}::date AND k.month <= ${to}::date
           ORDER BY k.month DESC LIMIT 1) l ON true
        LEFT JOIN LATERAL (
          SELECT SUM(k.revenue_vnd)::bigint AS total_revenue FROM kpi_reports k
           WHERE k.startup_id = c.startup_id AND k.month >= ${from}::date AND k.month <= ${to}::date) t ON true
       WHERE c.cohort_id = ${cohortId}::uuid
       ORDER BY s.name`;
    return {
      cohortId,
      totals: totals.map((t) => ({
        month: isoMonth(new Date(t.month)),
        revenueVnd: String(t.revenue),
        users: Number(t.users),
        jobsCreated: Number(t.jobs),
        fundingRaisedVnd: String(t.funding),
        ipFiled: Number(t.ip),
        reporting: Number(t.reporting),
      })),
      startups: perStartup.map((s) => ({
        startupId: s.startup_id,
        name: s.name,
        sectorCode: s.sector_code,
        latestMonth: s.month ? isoMonth(new Date(s.month)) : null,
        revenueVnd: String(s.revenue_vnd ?? 0n),
        users: s.users ?? 0,
        jobsCreated: s.jobs_created ?? 0,
        fundingRaisedVnd: String(s.funding_raised_vnd ?? 0n),
        ipFiled: s.ip_filed ?? 0,
        totalRevenueVnd: String(s.total_revenue ?? 0n),
      })),
    };
  }

  async cohortXlsx(actor: Actor, cohortId: string): Promise<Buffer> {
    if (!isOfficer(actor))
      throw forbidden('Chỉ cán bộ chương trình xuất số liệu cả khóa.', 'Only officers export the cohort’s figures.');
    const cohort = await this.prisma.cohort.findUnique({
      where: { id: cohortId },
      include: { members: { include: { startup: { include: { kpis: { orderBy: { month: 'asc' } } } } } } },
    });
    if (!cohort) throw notFound(NAMES.cohort, cohortId);
    const rows = cohort.members
      .map((m) => m.startup)
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
      .flatMap((s) => s.kpis.map((k) => ({ name: s.name, ...toKpiReport(k) })));
    return kpiWorkbook({ title: cohort.name, rows });
  }
}

function monthRange(range: KpiRangeQuery) {
  return {
    ...(range.from ? { gte: monthStart(range.from) } : {}),
    ...(range.to ? { lte: monthStart(range.to) } : {}),
  };
}
