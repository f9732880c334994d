// Campaigns: created and configured by the owning organisation's officers (or an admin), opened for
// submissions with their rubric version frozen, and read by authors (open ones) and their council.
import { appendToOutbox, prismaTxExecutor, problem } from '@sti/platform';
import { parseRubric, type Rubric, reviseRubric, toFieldErrors } from '@sti/review';
import { uuidv7 } from 'uuidv7';
import { DEFAULT_RUBRIC } from '../reference/default-rubric.js';
import type { Actor } from '../shared/actor.js';
import type { Clock } from '../shared/clock.js';
import type { Db, PrismaClient } from '../shared/db.js';
import { conflict, forbidden, NAMES, notFound, validationFailed } from '../shared/problems.js';
import {
  type CampaignAccessFacts,
  canEditRubric,
  canManageCampaign,
  canSeeCouncil,
  councilRoleOf,
} from './campaign-access.policy.js';
import { campaignEvents } from './campaign.events.js';
import type { CampaignRecord, CampaignRepository } from './campaign.repository.js';
import type {
  CampaignList,
  CampaignState,
  CampaignView,
  CouncilInput,
  CreateCampaignInput,
  MyCouncil,
  RubricRevisionInput,
  UpdateCampaignInput,
} from './campaign.schema.js';
import { councilProblems, enoughReviewers } from './council.rules.js';

export interface CampaignServiceDependencies {
  prisma: PrismaClient;
  campaigns: CampaignRepository;
  clock: Clock;
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw problem('unauthenticated');
  return actor;
}

export function campaignView(c: CampaignRecord, actor: Actor | null): CampaignView {
  const showCouncil = canSeeCouncil(actor, c);
  return {
    id: c.id,
    organisation: { id: c.organisationId, name: c.organisationName },
    title: c.title,
    description: c.description,
    level: c.level,
    localityCode: c.localityCode,
    year: c.year,
    submissionOpensAt: c.submissionOpensAt.toISOString(),
    submissionClosesAt: c.submissionClosesAt.toISOString(),
    eligibleOrganisations: c.eligibleOrganisations,
    rubric: c.rubric,
    threshold: c.threshold,
    reviewsPerSubmission: c.reviewsPerSubmission,
    blind: c.blind,
    appealDays: c.appealDays,
    reviewDays: c.reviewDays,
    state: c.state,
    openedAt: c.openedAt?.toISOString() ?? null,
    roundClosedAt: c.roundClosedAt?.toISOString() ?? null,
    council: showCouncil ? c.members : [],
    myRole: councilRoleOf(c, actor),
    canManage: canManageCampaign(actor, c),
    revision: c.revision,
  };
}

const notManager = () =>
  forbidden(
    'Chỉ cán bộ của tổ chức chủ trì đợt xét hoặc quản trị viên mới được quản lý đợt xét này.',
    'Only an officer of the organisation running this campaign, or an admin, may manage it.',
  );

export class CampaignService {
  constructor(private readonly deps: CampaignServiceDependencies) {}

  /** A campaign for a step by someone who must at least see it (404 for drafts of others). */
  async load(db: Db, id: string, actor: Actor | null, lock = false): Promise<CampaignRecord> {
    const c = lock ? await this.deps.campaigns.lock(db, id) : await this.deps.campaigns.find(db, id);
    if (!c || (c.state === 'draft' && !canSeeCouncil(actor, c))) throw notFound(NAMES.campaign, id);
    return c;
  }

  async create(actorIn: Actor | null, input: CreateCampaignInput): Promise<CampaignView> {
    const actor = requireActor(actorIn);
    const isAdmin = actor.roles.includes('admin');
    const organisation =
      isAdmin && input.organisation
        ? input.organisation
        : actor.organisationId
          ? { id: actor.organisationId, name: actor.organisationName ?? actor.organisationId }
          : undefined;
    if (!organisation || !canManageCampaign(actor, { organisationId: organisation.id })) throw notManager();
    const now = this.deps.clock();
    const rubric = parseRubric(DEFAULT_RUBRIC);
    if (!rubric.ok) throw new Error('the shipped default rubric is invalid');
    const { organisation: _o, ...fields } = input;
    const record: CampaignRecord = {
      id: uuidv7(),
      organisationId: organisation.id,
      organisationName: organisation.name,
      ...fields,
      submissionOpensAt: new Date(input.submissionOpensAt),
      submissionClosesAt: new Date(input.submissionClosesAt),
      rubric: rubric.rubric,
      rubricId: rubric.rubric.id,
      rubricVersion: rubric.rubric.version,
      state: 'draft',
      openedAt: null,
      roundClosedAt: null,
      createdBy: actor.userId,
      revision: 1,
      members: [],
    };
    await this.deps.prisma.$transaction(async (tx) => {
      await this.deps.campaigns.insert(tx, record);
      await appendToOutbox(prismaTxExecutor(tx), [campaignEvents.created(record, actor, now)]);
    });
    return campaignView(record, actor);
  }

  async list(actor: Actor | null, query: { state?: CampaignState | undefined }): Promise<CampaignList> {
    requireActor(actor);
    const rows = await this.deps.campaigns.list(this.deps.prisma, query.state ? { state: query.state } : {});
    return {
      items: rows.filter((c) => c.state !== 'draft' || canSeeCouncil(actor, c)).map((c) => campaignView(c, actor)),
    };
  }

  async get(actor: Actor | null, id: string): Promise<CampaignView> {
    requireActor(actor);
    return campaignView(await this.load(this.deps.prisma, id, actor), actor);
  }

  async myCouncils(actorIn: Actor | null): Promise<MyCouncil> {
    const actor = requireActor(actorIn);
    const rows = await this.deps.campaigns.list(this.deps.prisma, { members: { some: { userId: actor.userId } } });
    return {
      items: rows.map((c) => ({ campaign: campaignView(c, actor), role: councilRoleOf(c, actor) ?? 'reviewer' })),
    };
  }

  async update(actor: Actor | null, id: string, input: UpdateCampaignInput): Promise<CampaignView> {
    return this.change(actor, id, 'manage', (c) => {
      const structural = ['reviewsPerSubmission', 'blind', 'level', 'year'] as const;
      if (c.state !== 'draft' && structural.some((k) => input[k] !== undefined && input[k] !== c[k])) {
        throw conflict(
          'campaign_open',
          'Đợt xét đã mở: không đổi được cấp, năm, số lượt chấm hay chế độ chấm kín.',
          'The campaign is open: level, year, reviews per submission and blind mode can no longer change.',
        );
      }
      if (c.state === 'decided') throw decidedCampaign();
      const next = {
        ...c,
        ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)),
        submissionOpensAt: input.submissionOpensAt ? new Date(input.submissionOpensAt) : c.submissionOpensAt,
        submissionClosesAt: input.submissionClosesAt ? new Date(input.submissionClosesAt) : c.submissionClosesAt,
      } as CampaignRecord;
      if (next.submissionOpensAt >= next.submissionClosesAt) {
        throw validationFailed([
          {
            field: 'submissionClosesAt',
            code: 'window',
            message: { vi: 'Hạn nộp phải sau ngày mở nhận hồ sơ.', en: 'The window must close after it opens.' },
          },
        ]);
      }
      return { record: next, events: [] };
    });
  }

  async reviseRubric(actor: Actor | null, id: string, input: RubricRevisionInput): Promise<CampaignView> {
    return this.change(actor, id, 'rubric', (c) => {
      if (c.state !== 'draft') {
        throw conflict(
          'rubric_frozen',
          'Đợt xét đã mở nên giữ nguyên phiên bản bộ tiêu chí đã mở.',
          'The campaign is open, so it keeps the rubric version it opened with.',
        );
      }
      const revised = reviseRubric(c.rubric, input);
      if (!revised.ok) throw validationFailed(toFieldErrors(revised.issues));
      const rubric: Rubric = revised.rubric;
      return { record: { ...c, rubric, rubricId: rubric.id, rubricVersion: rubric.version }, events: [] };
    });
  }

  async appointCouncil(actor: Actor | null, id: string, input: CouncilInput): Promise<CampaignView> {
    const problems = councilProblems(input.members);
    if (problems.length > 0) throw validationFailed(problems);
    return this.change(actor, id, 'manage', (c, by, now) => {
      if (c.state === 'decided') throw decidedCampaign();
      const members = input.members.map((m) => ({
        userId: m.userId,
        displayName: m.displayName,
        organisationId: m.organisationId ?? null,
        organisationName: m.organisationName ?? null,
        role: m.role,
      }));
      const record = { ...c, members };
      return { record, events: [campaignEvents.councilAppointed(record, by, now)], council: members };
    });
  }

  async open(actor: Actor | null, id: string): Promise<CampaignView> {
    return this.change(actor, id, 'manage', (c, by, now) => {
      if (c.state !== 'draft') {
        throw conflict('campaign_not_draft', 'Đợt xét đã được mở trước đó.', 'The campaign is already open.');
      }
      const problems = councilProblems(c.members);
      if (problems.length > 0 || !enoughReviewers(c.members, c.reviewsPerSubmission)) {
        throw conflict(
          'council_incomplete',
          `Cần hội đồng có chủ tịch, thư ký và ít nhất ${c.reviewsPerSubmission} thành viên chấm trước khi mở đợt xét.`,
          `Appoint a chair, a secretary and at least ${c.reviewsPerSubmission} reviewers before opening the campaign.`,
        );
      }
      const record: CampaignRecord = { ...c, state: 'open', openedAt: now };
      return { record, events: [campaignEvents.opened(record, by, now)] };
    });
  }

  private async change(
    actorIn: Actor | null,
    id: string,
    need: 'manage' | 'rubric',
    apply: (
      c: CampaignRecord,
      by: Actor,
      now: Date,
    ) => {
      record: CampaignRecord;
      events: ReturnType<typeof campaignEvents.created>[];
      council?: CampaignRecord['members'];
    },
  ): Promise<CampaignView> {
    const actor = requireActor(actorIn);
    const now = this.deps.clock();
    const record = await this.deps.prisma.$transaction(async (tx) => {
      const c = await this.load(tx, id, actor, true);
      const allowed = need === 'manage' ? canManageCampaign(actor, c) : canEditRubric(actor, c as CampaignAccessFacts);
      if (!allowed) throw notManager();
      const result = apply(c, actor, now);
      const next = { ...result.record, revision: c.revision + 1 };
      await this.deps.campaigns.update(tx, next, now);
      if (result.council) await this.deps.campaigns.replaceCouncil(tx, c.id, result.council);
      await appendToOutbox(prismaTxExecutor(tx), result.events);
      return next;
    });
    return campaignView(record, actor);
  }
}

function decidedCampaign() {
  return conflict('campaign_decided', 'Đợt xét đã có quyết định.', 'The campaign has been decided.');
}
