// The road to an S&T (or high-tech) enterprise: a startup keeps its own facts and figures, sees
// which conditions of the rules in force it meets and what is missing; officers record
// certifications and see the province's pipeline toward its targets. A change of level is an event.
import { appendToOutbox, problem, prismaTxExecutor } from '@sti/platform';
import { utcToLocal } from '../mentors/availability.rules.js';
import { findStartup, startupsOf } from '../mentors/startup-teams.js';
import { type Actor, isOfficer } from '../shared/actor.js';
import type { Clock } from '../shared/clock.js';
import { inTransaction, type PrismaClient } from '../shared/db.js';
import { forbidden, notFound } from '../shared/problems.js';
import { PROVINCE_TARGETS, READINESS_RULE_SETS } from './readiness-rules.data.js';
import { readinessChanged } from './readiness.events.js';
import {
  CERTIFICATIONS,
  type Certification,
  evaluateAll,
  pipeline,
  READINESS_FACTS,
  READINESS_FIGURES,
  type ReadinessFigures,
  type ReadinessRuleSet,
  ruleSetInForce,
} from './readiness.rules.js';
import type {
  CertificationInput,
  PipelineView,
  ReadinessInput,
  ReadinessView,
  RuleSetList,
} from './readiness.schema.js';

const STARTUP = { vi: 'nhóm khởi nghiệp', en: 'startup' };

export interface ReadinessServiceDependencies {
  prisma: PrismaClient;
  clock: Clock;
  /** the rules and targets (tests pass their own) */
  ruleSets?: readonly ReadinessRuleSet[];
}

interface StoredProfile {
  fiscalYear: number | null;
  facts: unknown;
  figures: unknown;
  certified: unknown;
  levels: unknown;
  updatedAt: Date;
}

function requireActor(actor: Actor | null | undefined): Actor {
  if (!actor) throw problem('unauthenticated');
  return actor;
}

/** Stored JSON back into typed figures; anything unexpected is dropped, not trusted. */
export function figuresOf(p: Pick<StoredProfile, 'facts' | 'figures'> | null): ReadinessFigures {
  const facts: ReadinessFigures['facts'] = {};
  const figures: ReadinessFigures['figures'] = {};
  const rawFacts = (p?.facts ?? {}) as Record<string, unknown>;
  const rawFigures = (p?.figures ?? {}) as Record<string, unknown>;
  for (const f of READINESS_FACTS) if (typeof rawFacts[f] === 'boolean') facts[f] = rawFacts[f] as boolean;
  for (const f of READINESS_FIGURES) {
    const v = rawFigures[f];
    if (typeof v === 'string' && /^\d{1,18}$/.test(v)) figures[f] = BigInt(v);
  }
  return { facts, figures };
}

const certifiedOf = (v: unknown): Certification[] =>
  Array.isArray(v) ? CERTIFICATIONS.filter((c) => v.includes(c)) : [];
const levelsOf = (v: unknown): Record<string, string> =>
  v && typeof v === 'object' ? (v as Record<string, string>) : {};

export class ReadinessService {
  private readonly ruleSets: readonly ReadinessRuleSet[];

  constructor(private readonly deps: ReadinessServiceDependencies) {
    this.ruleSets = deps.ruleSets ?? READINESS_RULE_SETS;
  }

  /** Today in Asia/Ho_Chi_Minh: the rules in force are chosen by the local date. */
  private today(): string {
    return utcToLocal(this.deps.clock()).date;
  }

  private async assertSees(actor: Actor, startupId: string): Promise<{ id: string; name: string }> {
    const startup = await findStartup(this.deps.prisma, startupId);
    if (!startup) throw notFound(STARTUP, startupId);
    if (isOfficer(actor)) return startup;
    const mine = await startupsOf(this.deps.prisma, actor);
    if (!mine.some((s) => s.id === startupId)) throw notFound(STARTUP, startupId);
    return startup;
  }

  private view(startup: { id: string; name: string }, p: StoredProfile | null, onDate: string): ReadinessView {
    const f = figuresOf(p);
    const certified = certifiedOf(p?.certified);
    return {
      startup,
      evaluatedOn: onDate,
      fiscalYear: p?.fiscalYear ?? null,
      facts: { ...f.facts },
      figures: Object.fromEntries(Object.entries(f.figures).map(([k, v]) => [k, v.toString()])),
      results: evaluateAll(this.ruleSets, f, onDate).map((r) => ({
        ...r,
        certified: certified.includes(r.certification),
      })),
      updatedAt: p?.updatedAt.toISOString() ?? null,
    };
  }

  async get(actorIn: Actor | null, startupId: string): Promise<ReadinessView> {
    const actor = requireActor(actorIn);
    const startup = await this.assertSees(actor, startupId);
    const p = await this.deps.prisma.readinessProfile.findUnique({ where: { startupId } });
    return this.view(startup, p, this.today());
  }

  /** The team (or an officer) records the last financial year's figures and the facts. */
  async update(actorIn: Actor | null, startupId: string, input: ReadinessInput): Promise<ReadinessView> {
    const actor = requireActor(actorIn);
    const startup = await this.assertSees(actor, startupId);
    const facts = Object.fromEntries(Object.entries(input.facts).filter(([, v]) => v !== undefined));
    const figures = Object.fromEntries(
      Object.entries(input.figures)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => [k, String(v)]),
    );
    await this.save(actor, startup, (prev) => ({
      fiscalYear: input.fiscalYear,
      facts,
      figures,
      certified: certifiedOf(prev?.certified),
    }));
    return this.get(actor, startupId);
  }

  /** An officer records (or revokes) a certification the startup holds. */
  async certify(actorIn: Actor | null, startupId: string, input: CertificationInput): Promise<ReadinessView> {
    const actor = requireActor(actorIn);
    if (!isOfficer(actor)) {
      throw forbidden('Chỉ cán bộ mới ghi nhận chứng nhận.', 'Only officers record certifications.');
    }
    const startup = await this.assertSees(actor, startupId);
    await this.save(actor, startup, (prev) => {
      const held = new Set(certifiedOf(prev?.certified));
      if (input.certified) held.add(input.certification);
      else held.delete(input.certification);
      return {
        fiscalYear: prev?.fiscalYear ?? null,
        facts: (prev?.facts ?? {}) as object,
        figures: (prev?.figures ?? {}) as object,
        certified: CERTIFICATIONS.filter((c) => held.has(c)),
      };
    });
    return this.get(actor, startupId);
  }

  private async save(
    actor: Actor,
    startup: { id: string; name: string },
    next: (prev: StoredProfile | null) => {
      fiscalYear: number | null;
      facts: object;
      figures: object;
      certified: Certification[];
    },
  ): Promise<void> {
    const now = this.deps.clock();
    const onDate = this.today();
    await inTransaction(this.deps.prisma, async (tx) => {
      // The startup row, not the profile: the first save has no profile row to lock yet.
      await tx.$queryRawUnsafe('SELECT id FROM startups WHERE id = $1::uuid FOR UPDATE', startup.id);
      const prev = await tx.readinessProfile.findUnique({ where: { startupId: startup.id } });
      const data = next(prev);
      const results = evaluateAll(this.ruleSets, figuresOf(data), onDate);
      const before = levelsOf(prev?.levels);
      const beforeCertified = certifiedOf(prev?.certified);
      const levels = Object.fromEntries(results.map((r) => [r.certification, r.level]));
      const row = {
        startupName: startup.name,
        fiscalYear: data.fiscalYear,
        facts: data.facts,
        figures: data.figures,
        certified: data.certified,
        levels,
        updatedBy: actor.userId,
        updatedAt: now,
      };
      await tx.readinessProfile.upsert({
        where: { startupId: startup.id },
        create: { startupId: startup.id, ...row },
        update: { ...row, revision: { increment: 1 } },
      });
      const events = results
        .filter(
          (r) =>
            before[r.certification] !== r.level ||
            beforeCertified.includes(r.certification) !== data.certified.includes(r.certification),
        )
        .map((r) =>
          readinessChanged(
            startup,
            r,
            before[r.certification] ?? '',
            data.certified.includes(r.certification),
            actor,
            now,
          ),
        );
      if (events.length > 0) await appendToOutbox(prismaTxExecutor(tx), events);
    });
  }

  /** The province's pipeline toward its targets: every startup, certified first, then by readiness. */
  async pipeline(actorIn: Actor | null): Promise<PipelineView> {
    const actor = requireActor(actorIn);
    if (!isOfficer(actor)) {
      throw forbidden('Chỉ cán bộ mới xem được lộ trình của tỉnh.', 'Only officers see the province’s pipeline.');
    }
    const onDate = this.today();
    const [startups, profiles] = await Promise.all([
      this.deps.prisma.startup.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' }, take: 5000 }),
      this.deps.prisma.readinessProfile.findMany({ take: 5000 }),
    ]);
    const byStartup = new Map(profiles.map((p) => [p.startupId, p]));
    const entries = startups.map((s) => {
      const p = byStartup.get(s.id) ?? null;
      return {
        startup: s,
        certified: certifiedOf(p?.certified),
        results: evaluateAll(this.ruleSets, figuresOf(p), onDate),
      };
    });
    return {
      evaluatedOn: onDate,
      rows: pipeline(
        entries.map((e) => ({ startupId: e.startup.id, certified: e.certified, results: e.results })),
        PROVINCE_TARGETS,
      ),
      startups: entries.map((e) => ({
        startup: e.startup,
        levels: e.results.map((r) => ({
          certification: r.certification,
          level: r.level,
          met: r.met,
          total: r.total,
          certified: e.certified.includes(r.certification),
        })),
      })),
    };
  }

  ruleSetList(): RuleSetList {
    const onDate = this.today();
    return {
      items: this.ruleSets.map((s) => ({
        id: s.id,
        certification: s.certification,
        title: s.title,
        basis: s.basis,
        effectiveFrom: s.effectiveFrom,
        inForce: ruleSetInForce(this.ruleSets, s.certification, onDate)?.id === s.id,
        conditions: s.conditions.map((c) => ({ code: c.code, title: c.title, hint: c.hint })),
      })),
    };
  }
}
