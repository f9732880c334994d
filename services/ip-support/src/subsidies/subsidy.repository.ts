// Reads and writes of subsidy policy versions, budgets, claims, evidence and the audit trail. The
// budget's money columns change only through the conditional UPDATEs here, which refuse to take
// committed + paid above total (the CHECK constraint is the last line of defence).
import type { Prisma } from '../generated/prisma/client.js';
import type { Actor } from '../shared/actor.js';
import type { Db } from '../shared/db.js';
import type { AuditChanges } from './audit.rules.js';
import type { ClaimState } from './claim.state.js';
import type {
  ApplicantKind,
  Eligibility,
  IpRight,
  SubsidyKind,
  SubsidyPolicyVersion,
  SubsidyRule,
  SubsidyTrigger,
} from './subsidy-policy.rules.js';

export const dateOnly = (d: Date): string => d.toISOString().slice(0, 10);
export const fromDateOnly = (s: string): Date => new Date(`${s}T00:00:00Z`);

// ---- policy versions ----

export interface PolicyRecord extends SubsidyPolicyVersion {
  programmeName: string;
  createdBy: string;
  createdAt: Date;
}

/** Rules as stored: amounts as decimal strings (JSON has no bigint). */
type StoredAmount = { type: 'fixed'; amountVnd: string } | { type: 'percentage'; percentBp: number; capVnd: string };
type StoredRule = Omit<SubsidyRule, 'amount'> & { amount: StoredAmount };

export function storeRules(rules: readonly SubsidyRule[]): StoredRule[] {
  return rules.map((r) => ({
    ...r,
    amount:
      r.amount.type === 'fixed'
        ? { type: 'fixed', amountVnd: r.amount.amountVnd.toString() }
        : { type: 'percentage', percentBp: r.amount.percentBp, capVnd: r.amount.capVnd.toString() },
  }));
}

function loadRules(json: unknown): SubsidyRule[] {
  return (json as StoredRule[]).map((r) => ({
    ...r,
    amount:
      r.amount.type === 'fixed'
        ? { type: 'fixed', amountVnd: BigInt(r.amount.amountVnd) }
        : { type: 'percentage', percentBp: r.amount.percentBp, capVnd: BigInt(r.amount.capVnd) },
  }));
}

type PolicyRow = Prisma.SubsidyPolicyVersionGetPayload<object>;
const toPolicy = (row: PolicyRow): PolicyRecord => ({
  id: row.id,
  programmeCode: row.programmeCode,
  programmeName: row.programmeName,
  version: row.version,
  effectiveFrom: dateOnly(row.effectiveFrom),
  title: row.title,
  eligibility: row.eligibility as unknown as Eligibility,
  rules: loadRules(row.rules),
  createdBy: row.createdBy,
  createdAt: row.createdAt,
});

// ---- budgets ----

export interface TopUpRecord {
  id: string;
  amountVnd: bigint;
  reference: string;
  note: string;
  createdByName: string;
  createdAt: Date;
}

export interface BudgetRecord {
  id: string;
  programmeCode: string;
  programmeName: string;
  year: number;
  totalVnd: bigint;
  committedVnd: bigint;
  paidVnd: bigint;
  revision: number;
}

interface BudgetSqlRow {
  id: string;
  programme_code: string;
  programme_name: string;
  year: number;
  total_vnd: bigint | string;
  committed_vnd: bigint | string;
  paid_vnd: bigint | string;
  revision: number;
}
const fromSql = (r: BudgetSqlRow): BudgetRecord => ({
  id: r.id,
  programmeCode: r.programme_code,
  programmeName: r.programme_name,
  year: Number(r.year),
  totalVnd: BigInt(r.total_vnd),
  committedVnd: BigInt(r.committed_vnd),
  paidVnd: BigInt(r.paid_vnd),
  revision: Number(r.revision),
});
const BUDGET_COLUMNS =
  'id::text AS id, programme_code, programme_name, year, total_vnd, committed_vnd, paid_vnd, revision';

// ---- claims ----

export interface EvidenceRecord {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  description: string;
  uploadedBy: string;
  uploadedByName: string;
  uploadedAt: Date;
}

export interface ClaimRecord {
  id: string;
  reference: string;
  organisationId: string;
  organisationName: string;
  programmeCode: string;
  right: IpRight;
  kind: SubsidyKind;
  trigger: SubsidyTrigger;
  triggerDate: string;
  applicantKind: ApplicantKind | null;
  title: string;
  note: string;
  documentedCostVnd: bigint;
  filingId: string | null;
  requestId: string | null;
  applicationNumber: string | null;
  certificateNumber: string | null;
  state: ClaimState;
  policyVersionId: string | null;
  policyVersion: number | null;
  amountVnd: bigint | null;
  budgetId: string | null;
  stateReason: string | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
  decidedBy: string | null;
  queuedAt: Date | null;
  paidAt: Date | null;
  paymentReference: string | null;
  openedBy: string;
  revision: number;
  createdAt: Date;
  updatedAt: Date;
  evidence: EvidenceRecord[];
}

const claimInclude = { evidence: { orderBy: { uploadedAt: 'asc' as const } } } satisfies Prisma.SubsidyClaimInclude;
type ClaimRow = Prisma.SubsidyClaimGetPayload<{ include: typeof claimInclude }>;

const toClaim = (row: ClaimRow): ClaimRecord => ({
  ...row,
  triggerDate: dateOnly(row.triggerDate),
  evidence: row.evidence.map(({ claimId: _c, ...e }) => e),
});

function claimData(c: ClaimRecord) {
  const { evidence: _e, triggerDate, id: _id, ...rest } = c;
  return { ...rest, triggerDate: fromDateOnly(triggerDate) };
}

// ---- audit ----

export interface AuditRecord {
  id: string;
  claimId: string | null;
  budgetId: string | null;
  policyVersionId: string | null;
  action: string;
  actorId: string;
  actorName: string;
  actorRoles: string[];
  changes: AuditChanges;
  note: string | null;
  at: Date;
}

export class SubsidyRepository {
  // policy

  async policies(db: Db, programmeCode?: string): Promise<PolicyRecord[]> {
    const rows = await db.subsidyPolicyVersion.findMany({
      where: programmeCode ? { programmeCode } : {},
      orderBy: [{ programmeCode: 'asc' }, { effectiveFrom: 'asc' }],
    });
    return rows.map(toPolicy);
  }

  async insertPolicy(db: Db, p: PolicyRecord): Promise<void> {
    await db.subsidyPolicyVersion.create({
      data: {
        id: p.id,
        programmeCode: p.programmeCode,
        programmeName: p.programmeName,
        version: p.version,
        effectiveFrom: fromDateOnly(p.effectiveFrom),
        title: p.title,
        eligibility: p.eligibility as unknown as Prisma.InputJsonValue,
        rules: storeRules(p.rules) as unknown as Prisma.InputJsonValue,
        createdBy: p.createdBy,
        createdAt: p.createdAt,
      },
    });
  }

  /** Serialises policy changes of one programme (two admins adding a version at once). */
  async lockProgramme(db: Db, programmeCode: string): Promise<void> {
    await db.$executeRawUnsafe('SELECT pg_advisory_xact_lock(hashtext($1))', `subsidy-programme:${programmeCode}`);
  }

  /** Serialises approvals of one organisation's claims in a programme (its yearly limit). */
  async lockOrganisation(db: Db, programmeCode: string, organisationId: string): Promise<void> {
    await db.$executeRawUnsafe(
      'SELECT pg_advisory_xact_lock(hashtext($1))',
      `subsidy-organisation:${programmeCode}:${organisationId}`,
    );
  }

  // budgets

  async budgets(
    db: Db,
    where: { year?: number | undefined; programmeCode?: string | undefined },
  ): Promise<BudgetRecord[]> {
    const rows = await db.subsidyBudget.findMany({
      where: {
        ...(where.year !== undefined ? { year: where.year } : {}),
        ...(where.programmeCode ? { programmeCode: where.programmeCode } : {}),
      },
      orderBy: [{ year: 'desc' }, { programmeCode: 'asc' }],
    });
    return rows.map((r) => ({
      id: r.id,
      programmeCode: r.programmeCode,
      programmeName: r.programmeName,
      year: r.year,
      totalVnd: r.totalVnd,
      committedVnd: r.committedVnd,
      paidVnd: r.paidVnd,
      revision: r.revision,
    }));
  }

  async topUps(db: Db, budgetIds: string[]): Promise<Map<string, TopUpRecord[]>> {
    const rows = await db.subsidyBudgetTopUp.findMany({
      where: { budgetId: { in: budgetIds } },
      orderBy: { createdAt: 'asc' },
    });
    const out = new Map<string, TopUpRecord[]>();
    for (const { budgetId, createdBy: _c, ...t } of rows) out.set(budgetId, [...(out.get(budgetId) ?? []), t]);
    return out;
  }

  /** The budget row locked FOR UPDATE: approvals, payments and releases of one budget run one at a time. */
  async lockBudget(db: Db, id: string): Promise<BudgetRecord | null> {
    const rows = await db.$queryRawUnsafe<BudgetSqlRow[]>(
      `SELECT ${BUDGET_COLUMNS} FROM subsidy_budgets WHERE id = $1::uuid FOR UPDATE`,
      id,
    );
    return rows[0] ? fromSql(rows[0]) : null;
  }

  async lockBudgetOf(db: Db, programmeCode: string, year: number): Promise<BudgetRecord | null> {
    const rows = await db.$queryRawUnsafe<BudgetSqlRow[]>(
      `SELECT ${BUDGET_COLUMNS} FROM subsidy_budgets WHERE programme_code = $1 AND year = $2 FOR UPDATE`,
      programmeCode,
      year,
    );
    return rows[0] ? fromSql(rows[0]) : null;
  }

  async insertBudget(db: Db, b: BudgetRecord, createdBy: string, at: Date): Promise<void> {
    await db.subsidyBudget.create({ data: { ...b, createdBy, createdAt: at, updatedAt: at } });
  }

  async insertTopUp(db: Db, budgetId: string, t: TopUpRecord, createdBy: string): Promise<void> {
    await db.subsidyBudgetTopUp.create({ data: { ...t, budgetId, createdBy } });
  }

  async addToTotal(db: Db, id: string, amountVnd: bigint, at: Date): Promise<BudgetRecord> {
    const rows = await db.$queryRawUnsafe<BudgetSqlRow[]>(
      `UPDATE subsidy_budgets SET total_vnd = total_vnd + $2::bigint, revision = revision + 1, updated_at = $3
       WHERE id = $1::uuid RETURNING ${BUDGET_COLUMNS}`,
      id,
      amountVnd.toString(),
      at,
    );
    if (!rows[0]) throw new Error(`no budget ${id}`);
    return fromSql(rows[0]);
  }

  /**
   * Commits an amount only if it fits: one conditional UPDATE, so two approvals can never both take
   * the last of the money, whatever isolation level or lock the caller holds. null = did not fit.
   */
  async commit(db: Db, id: string, amountVnd: bigint, at: Date): Promise<BudgetRecord | null> {
    const rows = await db.$queryRawUnsafe<BudgetSqlRow[]>(
      `UPDATE subsidy_budgets SET committed_vnd = committed_vnd + $2::bigint, revision = revision + 1, updated_at = $3
       WHERE id = $1::uuid AND committed_vnd + paid_vnd + $2::bigint <= total_vnd RETURNING ${BUDGET_COLUMNS}`,
      id,
      amountVnd.toString(),
      at,
    );
    return rows[0] ? fromSql(rows[0]) : null;
  }

  /** Moves a committed amount to paid. */
  async pay(db: Db, id: string, amountVnd: bigint, at: Date): Promise<BudgetRecord> {
    const rows = await db.$queryRawUnsafe<BudgetSqlRow[]>(
      `UPDATE subsidy_budgets SET committed_vnd = committed_vnd - $2::bigint, paid_vnd = paid_vnd + $2::bigint,
         revision = revision + 1, updated_at = $3
       WHERE id = $1::uuid AND committed_vnd >= $2::bigint RETURNING ${BUDGET_COLUMNS}`,
      id,
      amountVnd.toString(),
      at,
    );
    if (!rows[0]) throw new Error(`budget ${id} has less committed than ${amountVnd}`);
    return fromSql(rows[0]);
  }

  /** Queued claims of a programme: sum and count, for the gauge. */
  async queueTotals(db: Db): Promise<Map<string, { count: number; amountVnd: bigint }>> {
    const rows = await db.subsidyClaim.groupBy({
      by: ['programmeCode'],
      where: { state: 'queued' },
      _count: { _all: true },
      _sum: { amountVnd: true },
    });
    return new Map(
      rows.map((r) => [r.programmeCode, { count: r._count._all, amountVnd: r._sum.amountVnd ?? 0n }] as const),
    );
  }

  // claims

  async findClaim(db: Db, id: string): Promise<ClaimRecord | null> {
    const row = await db.subsidyClaim.findUnique({ where: { id }, include: claimInclude });
    return row ? toClaim(row) : null;
  }

  async lockClaim(db: Db, id: string): Promise<ClaimRecord | null> {
    await db.$queryRawUnsafe('SELECT id FROM subsidy_claims WHERE id = $1::uuid FOR UPDATE', id);
    return this.findClaim(db, id);
  }

  async claimForFiling(
    db: Db,
    filingId: string,
    kind: SubsidyKind,
    programmeCode: string,
  ): Promise<ClaimRecord | null> {
    const row = await db.subsidyClaim.findFirst({ where: { filingId, kind, programmeCode }, include: claimInclude });
    return row ? toClaim(row) : null;
  }

  async listClaims(
    db: Db,
    where: Prisma.SubsidyClaimWhereInput,
    page: { cursor?: string | undefined; limit: number },
  ): Promise<{ items: ClaimRecord[]; nextCursor: string | null }> {
    // ids are UUIDv7: newest first by id is newest first by creation
    const rows = await db.subsidyClaim.findMany({
      where: page.cursor ? { AND: [where, { id: { lt: page.cursor } }] } : where,
      include: claimInclude,
      orderBy: { id: 'desc' },
      take: page.limit + 1,
    });
    const items = rows.slice(0, page.limit).map(toClaim);
    return { items, nextCursor: rows.length > page.limit ? (items.at(-1)?.id ?? null) : null };
  }

  /** The programme's waiting queue, oldest first, locked (releases take claims strictly in order). */
  async lockQueue(db: Db, programmeCode: string): Promise<{ id: string; amountVnd: bigint }[]> {
    const rows = await db.$queryRawUnsafe<{ id: string; amount_vnd: bigint | string }[]>(
      `SELECT id::text AS id, amount_vnd FROM subsidy_claims
       WHERE programme_code = $1 AND state = 'queued' ORDER BY queued_at, id FOR UPDATE`,
      programmeCode,
    );
    return rows.map((r) => ({ id: r.id, amountVnd: BigInt(r.amount_vnd) }));
  }

  async queueAhead(db: Db, programmeCode: string): Promise<number> {
    return db.subsidyClaim.count({ where: { programmeCode, state: 'queued' } });
  }

  async queuePosition(db: Db, c: ClaimRecord): Promise<number | null> {
    if (c.state !== 'queued' || !c.queuedAt) return null;
    const ahead = await db.subsidyClaim.count({
      where: {
        programmeCode: c.programmeCode,
        state: 'queued',
        OR: [{ queuedAt: { lt: c.queuedAt } }, { queuedAt: c.queuedAt, id: { lt: c.id } }],
      },
    });
    return ahead + 1;
  }

  /** Other claims of an organisation in a programme triggered in a calendar year, in the given states. */
  async countOthersInYear(db: Db, c: ClaimRecord, states: readonly ClaimState[]): Promise<number> {
    const year = c.triggerDate.slice(0, 4);
    return db.subsidyClaim.count({
      where: {
        organisationId: c.organisationId,
        programmeCode: c.programmeCode,
        id: { not: c.id },
        state: { in: [...states] },
        triggerDate: { gte: fromDateOnly(`${year}-01-01`), lte: fromDateOnly(`${year}-12-31`) },
      },
    });
  }

  async insertClaim(db: Db, c: ClaimRecord): Promise<void> {
    await db.subsidyClaim.create({ data: { id: c.id, ...claimData(c) } });
  }

  async updateClaim(db: Db, c: ClaimRecord): Promise<void> {
    await db.subsidyClaim.update({ where: { id: c.id }, data: claimData(c) });
  }

  async insertEvidence(db: Db, claimId: string, e: EvidenceRecord): Promise<void> {
    await db.subsidyEvidence.create({ data: { ...e, claimId } });
  }

  async budgetYears(db: Db, ids: string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows = await db.subsidyBudget.findMany({ where: { id: { in: ids } }, select: { id: true, year: true } });
    return new Map(rows.map((r) => [r.id, r.year]));
  }

  // audit

  async audit(
    db: Db,
    entry: {
      claimId?: string;
      budgetId?: string;
      policyVersionId?: string;
      action: string;
      changes: AuditChanges;
      note?: string | null;
    },
    actor: Actor,
    at: Date,
    id: string,
  ): Promise<void> {
    await db.subsidyAudit.create({
      data: {
        id,
        claimId: entry.claimId ?? null,
        budgetId: entry.budgetId ?? null,
        policyVersionId: entry.policyVersionId ?? null,
        action: entry.action,
        actorId: actor.userId,
        actorName: actor.displayName,
        actorRoles: [...actor.roles],
        changes: entry.changes as Prisma.InputJsonValue,
        note: entry.note ?? null,
        at,
      },
    });
  }

  async auditTrail(
    db: Db,
    where: { claimId?: string; budgetId?: string },
    page: { cursor?: string | undefined; limit: number },
  ): Promise<{ items: AuditRecord[]; nextCursor: string | null }> {
    const rows = await db.subsidyAudit.findMany({
      where: { ...where, ...(page.cursor ? { id: { lt: page.cursor } } : {}) },
      orderBy: { id: 'desc' },
      take: page.limit + 1,
    });
    const items = rows.slice(0, page.limit).map((r) => ({ ...r, changes: r.changes as unknown as AuditChanges }));
    return { items, nextCursor: rows.length > page.limit ? (items.at(-1)?.id ?? null) : null };
  }
}
