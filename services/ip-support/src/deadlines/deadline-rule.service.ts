// Deadline rules as data: seeding, listing, and the admin's new versions (effective by date).
import type { Actor } from '../shared/actor.js';
import type { Db, PrismaClient } from '../shared/db.js';
import { normaliseLine } from '../shared/text.js';
import type { DeadlineRule } from './deadline-rule.js';
import type { DeadlineRuleRepository, StoredDeadlineRule } from './deadline-rule.repository.js';
import { DEADLINE_RULES_2023 } from './deadline-rules.data.js';
import type { DeadlineService, RecomputationResult } from './deadline.service.js';
import { assertAdmin } from './deadline-access.js';

export class DeadlineRuleService {
  constructor(
    private readonly deps: { prisma: PrismaClient; rules: DeadlineRuleRepository; deadlines: DeadlineService },
  ) {}

  async ensureSeeded(db: Db = this.deps.prisma): Promise<void> {
    if ((await this.deps.rules.count(db)) > 0) return;
    for (const rule of DEADLINE_RULES_2023) await this.deps.rules.insert(db, rule, 'seed');
  }

  list(): Promise<StoredDeadlineRule[]> {
    return this.deps.rules.all(this.deps.prisma);
  }

  /**
   * A new version of a rule (or a new rule). It applies to filings whose period starts on or after
   * its effective date, so every filing is recomputed (older filings keep the version of their day).
   */
  async publish(
    actor: Actor,
    input: Omit<DeadlineRule, 'version'>,
  ): Promise<{ rule: StoredDeadlineRule; recomputation: RecomputationResult }> {
    assertAdmin(actor);
    const version = await this.deps.rules.nextVersion(this.deps.prisma, input.code);
    const clean = {
      ...input,
      titleVi: normaliseLine(input.titleVi),
      titleEn: normaliseLine(input.titleEn),
      legalBasis: normaliseLine(input.legalBasis),
      version,
    };
    const rule = await this.deps.rules.insert(this.deps.prisma, clean, actor.userId);
    const recomputation = await this.deps.deadlines.recomputeAll(`rule ${input.code} v${version}`);
    return { rule, recomputation };
  }
}
