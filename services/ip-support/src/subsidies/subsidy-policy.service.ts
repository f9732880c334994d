// The subsidy policy: admins add versions (never edit one: a version in force may already have
// decided claims); everyone signed in reads them, so a business knows what it can claim.
import { appendToOutbox, prismaTxExecutor, problem } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import type { Actor } from '../shared/actor.js';
import type { Clock } from '../shared/clock.js';
import { inTransaction, type PrismaClient } from '../shared/db.js';
import { forbidden, validationFailed } from '../shared/problems.js';
import { auditChanges } from './audit.rules.js';
import { vietnamDateOf } from './budget.rules.js';
import { canManagePolicy } from './subsidy-access.policy.js';
import { subsidyEvents } from './subsidy.events.js';
import type { PolicyRecord, SubsidyRepository } from './subsidy.repository.js';
import type { PolicyVersionInput, PolicyVersionList, PolicyVersionView } from './subsidy.schema.js';
import { nextVersionNumber, policyInForce, policyVersionProblems, type SubsidyRule } from './subsidy-policy.rules.js';

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw problem('unauthenticated');
  return actor;
}

export function toRules(input: PolicyVersionInput['rules']): SubsidyRule[] {
  return input.map((r) => ({
    right: r.right,
    kind: r.kind,
    trigger: r.trigger,
    amount:
      r.amount.type === 'fixed'
        ? { type: 'fixed', amountVnd: BigInt(r.amount.amountVnd) }
        : { type: 'percentage', percentBp: r.amount.percentBp, capVnd: BigInt(r.amount.capVnd) },
    ...(r.eligibility ? { eligibility: r.eligibility } : {}),
  }));
}

function ruleView(r: SubsidyRule): PolicyVersionInput['rules'][number] {
  return {
    right: r.right,
    kind: r.kind,
    trigger: r.trigger,
    amount:
      r.amount.type === 'fixed'
        ? { type: 'fixed', amountVnd: Number(r.amount.amountVnd) }
        : { type: 'percentage', percentBp: r.amount.percentBp, capVnd: Number(r.amount.capVnd) },
    ...(r.eligibility
      ? {
          eligibility: {
            applicantKinds: [...r.eligibility.applicantKinds],
            maxClaimsPerOrganisationPerYear: r.eligibility.maxClaimsPerOrganisationPerYear,
          },
        }
      : {}),
  };
}

export function policyView(p: PolicyRecord, all: readonly PolicyRecord[], today: string): PolicyVersionView {
  const later = all
    .filter((v) => v.programmeCode === p.programmeCode && v.effectiveFrom > p.effectiveFrom)
    .map((v) => v.effectiveFrom)
    .sort()[0];
  return {
    id: p.id,
    programmeCode: p.programmeCode,
    programmeName: p.programmeName,
    version: p.version,
    effectiveFrom: p.effectiveFrom,
    effectiveUntil: later ?? null,
    inForce: policyInForce(all, p.programmeCode, today)?.id === p.id,
    title: p.title,
    eligibility: {
      applicantKinds: [...p.eligibility.applicantKinds],
      maxClaimsPerOrganisationPerYear: p.eligibility.maxClaimsPerOrganisationPerYear,
    },
    rules: p.rules.map(ruleView),
    createdBy: p.createdBy,
    createdAt: p.createdAt.toISOString(),
  };
}

export class SubsidyPolicyService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly repo: SubsidyRepository,
    private readonly clock: Clock,
  ) {}

  async list(actorIn: Actor | null, programmeCode?: string): Promise<PolicyVersionList> {
    requireActor(actorIn);
    const all = await this.repo.policies(this.prisma, programmeCode);
    const today = vietnamDateOf(this.clock());
    return { items: all.map((p) => policyView(p, all, today)).reverse() };
  }

  /**
   * Adds a version. `asOf` lets the demo seed and tests load history (versions already in force);
   * through the API a new version takes effect today at the earliest.
   */
  async add(
    actorIn: Actor | null,
    input: PolicyVersionInput,
    options: { allowPast?: boolean } = {},
  ): Promise<PolicyVersionView> {
    const actor = requireActor(actorIn);
    if (!canManagePolicy(actor)) {
      throw forbidden('Chỉ quản trị viên được sửa chính sách hỗ trợ.', 'Only an admin may change the subsidy policy.');
    }
    const now = this.clock();
    const today = vietnamDateOf(now);
    const rules = toRules(input.rules);
    return inTransaction(this.prisma, async (tx) => {
      await this.repo.lockProgramme(tx, input.programmeCode);
      const existing = await this.repo.policies(tx, input.programmeCode);
      const draft = { ...input, rules };
      const problems = policyVersionProblems(existing, draft, options.allowPast ? '0000-01-01' : today);
      if (problems.length > 0) throw validationFailed(problems);
      const record: PolicyRecord = {
        ...draft,
        id: uuidv7(),
        version: nextVersionNumber(existing, input.programmeCode),
        createdBy: actor.userId,
        createdAt: now,
      };
      await this.repo.insertPolicy(tx, record);
      await this.repo.audit(
        tx,
        {
          policyVersionId: record.id,
          action: 'policy_version_added',
          changes: auditChanges(null, { ...record, rules: record.rules.length }, [
            'programmeCode',
            'version',
            'effectiveFrom',
            'title',
            'rules',
          ]),
        },
        actor,
        now,
        uuidv7(),
      );
      await appendToOutbox(prismaTxExecutor(tx), [subsidyEvents.policyVersionAdded(record, actor, now)]);
      return policyView(record, [...existing, record], today);
    });
  }
}
