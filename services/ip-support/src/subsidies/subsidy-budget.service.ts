// Yearly budgets per programme. Admins open a year's budget and top it up (every allocation is a
// recorded row with its decision number); officers read the gauge. Whenever money appears the
// programme's waiting queue is released into it, strictly in order, in the same transaction.
import { appendToOutbox, type OutgoingEvent, prismaTxExecutor } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import type { Actor } from '../shared/actor.js';
import type { Clock } from '../shared/clock.js';
import { type Db, inTransaction, type PrismaClient } from '../shared/db.js';
import { conflict, forbidden, NAMES, notFound } from '../shared/problems.js';
import { auditChanges } from './audit.rules.js';
import { budgetFigures, releasable } from './budget.rules.js';
import { canManageBudgets, canSeeBudgets } from './subsidy-access.policy.js';
import { requireActor } from './subsidy-policy.service.js';
import { SYSTEM_ACTOR, subsidyEvents } from './subsidy.events.js';
import type { BudgetRecord, SubsidyRepository, TopUpRecord } from './subsidy.repository.js';
import type { BudgetInput, BudgetList, BudgetView, TopUpInput } from './subsidy.schema.js';

const BUDGET = NAMES.budget;

export function budgetView(
  b: BudgetRecord,
  topUps: readonly TopUpRecord[],
  queue: { count: number; amountVnd: bigint } | undefined,
): BudgetView {
  const f = budgetFigures(b);
  return {
    id: b.id,
    programmeCode: b.programmeCode,
    programmeName: b.programmeName,
    year: b.year,
    totalVnd: Number(f.totalVnd),
    committedVnd: Number(f.committedVnd),
    paidVnd: Number(f.paidVnd),
    leftVnd: Number(f.leftVnd),
    usedBp: f.usedBp,
    queuedCount: queue?.count ?? 0,
    queuedVnd: Number(queue?.amountVnd ?? 0n),
    topUps: topUps.map((t) => ({
      id: t.id,
      amountVnd: Number(t.amountVnd),
      reference: t.reference,
      note: t.note,
      createdByName: t.createdByName,
      createdAt: t.createdAt.toISOString(),
    })),
    revision: b.revision,
  };
}

/**
 * Releases the programme's queued claims into a budget the caller holds locked, in queue order,
 * while they fit. Returns the events to publish; claims and audit rows are written here.
 */
export async function releaseQueue(
  tx: Db,
  repo: SubsidyRepository,
  budget: BudgetRecord,
  now: Date,
): Promise<{ budget: BudgetRecord; released: string[]; events: OutgoingEvent[] }> {
  const queue = await repo.lockQueue(tx, budget.programmeCode);
  const events: OutgoingEvent[] = [];
  const released: string[] = [];
  let current = budget;
  for (const q of releasable(current, queue)) {
    const after = await repo.commit(tx, current.id, q.amountVnd, now);
    if (!after) break;
    current = after;
    const claim = await repo.findClaim(tx, q.id);
    if (!claim) continue;
    const next = {
      ...claim,
      state: 'approved' as const,
      budgetId: current.id,
      revision: claim.revision + 1,
      updatedAt: now,
    };
    await repo.updateClaim(tx, next);
    await repo.audit(
      tx,
      {
        claimId: claim.id,
        budgetId: current.id,
        action: 'release',
        changes: auditChanges(claim, next, ['state', 'budgetId']),
        note: `Budget ${current.programmeCode} ${current.year}`,
      },
      SYSTEM_ACTOR,
      now,
      uuidv7(),
    );
    events.push(subsidyEvents.claimTransitioned(next, 'queued', 'release', SYSTEM_ACTOR, now, current.year));
    events.push(subsidyEvents.budgetChanged(current, 'committed', q.amountVnd, SYSTEM_ACTOR, now));
    released.push(claim.id);
  }
  return { budget: current, released, events };
}

export class SubsidyBudgetService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly repo: SubsidyRepository,
    private readonly clock: Clock,
  ) {}

  async list(
    actorIn: Actor | null,
    query: { year?: number | undefined; programmeCode?: string | undefined },
  ): Promise<BudgetList> {
    const actor = requireActor(actorIn);
    if (!canSeeBudgets(actor))
      throw forbidden('Chỉ cán bộ xem được ngân sách hỗ trợ.', 'Only officers may see the budgets.');
    const budgets = await this.repo.budgets(this.prisma, query);
    return { items: await this.views(this.prisma, budgets) };
  }

  async get(actorIn: Actor | null, id: string): Promise<BudgetView> {
    const actor = requireActor(actorIn);
    if (!canSeeBudgets(actor))
      throw forbidden('Chỉ cán bộ xem được ngân sách hỗ trợ.', 'Only officers may see the budgets.');
    const [b] = (await this.repo.budgets(this.prisma, {})).filter((x) => x.id === id);
    if (!b) throw notFound(BUDGET, id);
    return (await this.views(this.prisma, [b]))[0] as BudgetView;
  }

  private async views(db: Db, budgets: BudgetRecord[]): Promise<BudgetView[]> {
    const topUps = await this.repo.topUps(
      db,
      budgets.map((b) => b.id),
    );
    const queues = await this.repo.queueTotals(db);
    return budgets.map((b) => budgetView(b, topUps.get(b.id) ?? [], queues.get(b.programmeCode)));
  }

  async create(actorIn: Actor | null, input: BudgetInput): Promise<BudgetView> {
    const actor = this.requireManager(actorIn);
    const now = this.clock();
    const id = await inTransaction(this.prisma, async (tx) => {
      await this.repo.lockProgramme(tx, input.programmeCode);
      if (await this.repo.lockBudgetOf(tx, input.programmeCode, input.year)) {
        throw conflict(
          'budget_exists',
          `Chương trình ${input.programmeCode} đã có ngân sách năm ${input.year}; hãy bổ sung thay vì tạo mới.`,
          `Programme ${input.programmeCode} already has a ${input.year} budget; top it up instead.`,
        );
      }
      const budget: BudgetRecord = {
        id: uuidv7(),
        programmeCode: input.programmeCode,
        programmeName: input.programmeName,
        year: input.year,
        totalVnd: BigInt(input.totalVnd),
        committedVnd: 0n,
        paidVnd: 0n,
        revision: 1,
      };
      await this.repo.insertBudget(tx, budget, actor.userId, now);
      await this.repo.insertTopUp(
        tx,
        budget.id,
        {
          id: uuidv7(),
          amountVnd: budget.totalVnd,
          reference: input.reference,
          note: 'Phân bổ ban đầu / initial allocation',
          createdByName: actor.displayName,
          createdAt: now,
        },
        actor.userId,
      );
      await this.repo.audit(
        tx,
        {
          budgetId: budget.id,
          action: 'budget_opened',
          changes: auditChanges(null, budget, ['programmeCode', 'year', 'totalVnd']),
          note: input.reference,
        },
        actor,
        now,
        uuidv7(),
      );
      const locked = (await this.repo.lockBudget(tx, budget.id)) as BudgetRecord;
      const release = await releaseQueue(tx, this.repo, locked, now);
      await appendToOutbox(prismaTxExecutor(tx), [
        subsidyEvents.budgetChanged(budget, 'opened', budget.totalVnd, actor, now),
        ...release.events,
      ]);
      return budget.id;
    });
    return this.get(actor, id);
  }

  async topUp(actorIn: Actor | null, id: string, input: TopUpInput): Promise<BudgetView> {
    const actor = this.requireManager(actorIn);
    const now = this.clock();
    await inTransaction(this.prisma, async (tx) => {
      const before = await this.repo.lockBudget(tx, id);
      if (!before) throw notFound(BUDGET, id);
      const after = await this.repo.addToTotal(tx, id, BigInt(input.amountVnd), now);
      await this.repo.insertTopUp(
        tx,
        id,
        {
          id: uuidv7(),
          amountVnd: BigInt(input.amountVnd),
          reference: input.reference,
          note: input.note,
          createdByName: actor.displayName,
          createdAt: now,
        },
        actor.userId,
      );
      await this.repo.audit(
        tx,
        {
          budgetId: id,
          action: 'budget_topped_up',
          changes: auditChanges(before, after, ['totalVnd']),
          note: input.reference,
        },
        actor,
        now,
        uuidv7(),
      );
      const release = await releaseQueue(tx, this.repo, after, now);
      await appendToOutbox(prismaTxExecutor(tx), [
        subsidyEvents.budgetChanged(after, 'topped_up', BigInt(input.amountVnd), actor, now),
        ...release.events,
      ]);
    });
    return this.get(actor, id);
  }

  private requireManager(actorIn: Actor | null): Actor {
    const actor = requireActor(actorIn);
    if (!canManageBudgets(actor)) {
      throw forbidden('Chỉ quản trị viên được lập và bổ sung ngân sách.', 'Only an admin may open or top up a budget.');
    }
    return actor;
  }
}
