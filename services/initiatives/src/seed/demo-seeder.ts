// Demo data on first start, written through the application services (so every row has its events,
// certificates and repository records exactly as in real use), with a clock walked through 2025 and
// 2026. Runs once: a `seed_runs` row marks it done. A seed stopped half-way (the process closed during
// the first start) is not resumed: the next start finds the campaign and leaves the data as it is.
import type { Logger } from 'pino';
import { composeInitiatives, type InitiativesServices } from '../initiatives.composition.js';
import type { Actor } from '../shared/actor.js';
import { DEMO_CAMPAIGNS, DEMO_COUNCIL } from './demo-campaigns.data.js';
import type { DemoInitiative } from './demo-initiative.js';
import { DEMO_PEOPLE, type DemoPerson } from './demo-people.js';
import { DEMO_UNITS } from './demo-units.js';
import { INITIATIVES_2025 } from './initiatives-2025.data.js';
import { INITIATIVES_2026 } from './initiatives-2026.data.js';

export const DEMO_SEED_NAME = 'initiatives-demo-v1';

export interface SeedResult {
  seeded: boolean;
  items: number;
}

const GATES = ['d13-new-in-unit', 'd13-applied', 'd13-benefit', 'd13-public-order', 'd13-not-ip-protected'];

const actorOf = (p: DemoPerson, roles: Actor['roles']): Actor => ({
  userId: p.userId,
  displayName: p.displayName,
  organisationId: p.organisationId,
  organisationName: p.organisationName,
  roles,
  localityCode: '87',
});

const officer = actorOf(DEMO_PEOPLE.canbo, ['officer']);
const secretary = actorOf(DEMO_PEOPLE.thuky, ['officer']);
const chair = actorOf(DEMO_PEOPLE.chutich, ['officer']);

/** The first author is the submitting account (a made-up id per initiative). */
function authorActor(item: DemoInitiative, n: number): Actor {
  const unit = DEMO_UNITS[item.unit];
  return {
    userId: `01920000-0000-7000-8000-0000000a${String(n).padStart(4, '0')}`,
    displayName: item.authors[0]?.[0] ?? 'Tác giả',
    organisationId: unit.organisationId,
    organisationName: unit.organisationName,
    roles: ['researcher'],
    localityCode: '87',
  };
}

function submissionInput(campaignId: string, item: DemoInitiative, owner: Actor) {
  const unit = DEMO_UNITS[item.unit];
  return {
    campaignId,
    title: item.title,
    unitName: `${item.department}, ${unit.organisationName}`,
    fieldCode: item.field,
    problem: item.problem,
    solution: item.solution,
    novelty: item.novelty,
    applicationPlace: item.place,
    firstAppliedOn: item.since,
    benefitVnd: item.benefitVnd,
    benefitText: item.benefit,
    identifyingFields: [] as [],
    contact: {},
    authors: item.authors.map(([fullName, sharePercent], i) => ({
      fullName,
      sharePercent,
      ...(i === 0 ? { userId: owner.userId } : {}),
      organisationId: unit.organisationId,
      unitName: unit.organisationName,
    })),
  };
}

/** A reproducible quality (55–94) per initiative and a small spread per reviewer. */
function sheetFor(index: number, reviewer: number) {
  const quality = 55 + ((index * 37 + 11) % 40);
  const total = Math.max(30, Math.min(98, quality + ((reviewer * 7 + index) % 9) - 4));
  const novelty = Math.min(30, Math.round(total * 0.3));
  const applicability = Math.min(25, Math.round(total * 0.25));
  const effectiveness = Math.min(30, Math.round(total * 0.3));
  const scope = Math.max(0, Math.min(15, total - novelty - applicability - effectiveness));
  return {
    scores: [
      { criterion: 'novelty', score: novelty },
      { criterion: 'applicability', score: applicability },
      { criterion: 'effectiveness', score: effectiveness },
      { criterion: 'scope', score: scope },
    ],
    comment: 'Giải pháp có cơ sở, số liệu hiệu quả cần thể hiện rõ hơn.',
  };
}

export async function seedDemoData(options: {
  services: InitiativesServices;
  logger: Logger;
  /** closing the service stops the seed between two steps (the data so far stays; see the note above) */
  signal?: AbortSignal;
}): Promise<SeedResult> {
  const { prisma } = options.services;
  const step = () => options.signal?.throwIfAborted();
  if (await prisma.seedRun.findUnique({ where: { name: DEMO_SEED_NAME } })) return { seeded: false, items: 0 };
  if ((await prisma.campaign.count({ where: { title: DEMO_CAMPAIGNS.open.title } })) > 0) {
    options.logger.warn('initiatives demo data partly present (an earlier seed stopped); not seeding again');
    return { seeded: false, items: 0 };
  }
  let now = new Date();
  const at = (iso: string) => {
    step();
    now = new Date(iso);
  };
  const s = await composeInitiatives({ prisma, dataDir: options.services.dataDir, clock: () => now });
  let items = 0;

  const campaign = async (def: typeof DEMO_CAMPAIGNS.finished | typeof DEMO_CAMPAIGNS.open) => {
    const { decision: _d, ...input } = def as typeof DEMO_CAMPAIGNS.finished;
    const created = await s.campaigns.create(officer, input);
    await s.campaigns.appointCouncil(officer, created.id, { members: DEMO_COUNCIL });
    await s.campaigns.open(officer, created.id);
    return created.id;
  };

  const submitAll = async (
    campaignId: string,
    list: readonly DemoInitiative[],
    offset: number,
    draftsFrom = list.length,
  ) => {
    const ids: string[] = [];
    for (const [i, item] of list.entries()) {
      step();
      const owner = authorActor(item, offset + i);
      const created = await s.submissions.create(owner, submissionInput(campaignId, item, owner));
      if (i < draftsFrom) await s.submissions.submit(owner, created.id);
      ids.push(created.id);
      items++;
    }
    return ids;
  };

  const screen = async (id: string, outcome: 'review' | 'reject' | 'redirect_ip') => {
    const failing = outcome === 'reject' ? 'd13-benefit' : outcome === 'redirect_ip' ? 'd13-not-ip-protected' : '';
    const reasons: Record<string, string> = {
      'd13-benefit': 'Chưa có số liệu chứng minh lợi ích sau thời gian áp dụng.',
      'd13-not-ip-protected': 'Giải pháp đã được nộp đơn đăng ký sáng chế tại Cục Sở hữu trí tuệ.',
    };
    await s.screening.answerGates(secretary, id, {
      answers: GATES.map((gateCode) => ({
        gateCode,
        passed: gateCode !== failing,
        reason: gateCode === failing ? (reasons[gateCode] ?? '') : 'Đạt theo hồ sơ và biên bản áp dụng.',
      })),
    });
    await s.screening.decide(secretary, id, { outcome, reason: '' });
  };

  const reviewers = DEMO_COUNCIL.filter((m) => m.role === 'reviewer');
  const reviewerActor = (userId: string): Actor => {
    const m = reviewers.find((r) => r.userId === userId);
    return {
      userId,
      displayName: m?.displayName ?? userId,
      organisationId: m?.organisationId ?? null,
      organisationName: m?.organisationName ?? null,
      roles: ['reviewer'],
      localityCode: '87',
    };
  };

  // ---- 2025: finished --------------------------------------------------------------------------------
  at('2025-01-03T02:00:00Z');
  const finished = await campaign(DEMO_CAMPAIGNS.finished);
  at('2025-04-15T03:00:00Z');
  const done = await submitAll(finished, INITIATIVES_2025, 1);
  at('2025-07-03T02:00:00Z');
  for (const [i, id] of done.entries()) await screen(id, i === 27 ? 'redirect_ip' : i === 25 ? 'reject' : 'review');
  at('2025-07-10T02:00:00Z');
  await s.assignments.autoAssign(secretary, finished);
  at('2025-07-25T02:00:00Z');
  const rows2025 = await prisma.assignment.findMany({ where: { campaignId: finished }, orderBy: { id: 'asc' } });
  for (const row of rows2025) {
    step();
    const index = done.indexOf(row.submissionId);
    const r = reviewers.findIndex((m) => m.userId === row.reviewerUserId);
    await s.reviews.saveSheet(reviewerActor(row.reviewerUserId), row.id, sheetFor(index, r), true);
  }
  at('2025-08-20T02:00:00Z');
  await s.reviews.closeRound(secretary, finished);
  at('2025-09-15T02:00:00Z');
  await s.decisions.draft(secretary, finished, { ...DEMO_CAMPAIGNS.finished.decision, kind: 'initial', appeals: [] });
  at('2025-09-16T02:00:00Z');
  await s.decisions.approve(chair, finished);

  // ---- 2026: open, in review -------------------------------------------------------------------------
  at('2026-01-04T02:00:00Z');
  const open = await campaign(DEMO_CAMPAIGNS.open);
  at('2026-05-20T03:00:00Z');
  const drafts = INITIATIVES_2026.length - 2;
  const ids = await submitAll(open, INITIATIVES_2026, 100, drafts);
  at('2026-11-10T02:00:00Z');
  const toReview = ids.slice(0, drafts - 3); // the last three submitted wait for screening
  for (const id of toReview) await screen(id, 'review');
  at('2026-11-20T02:00:00Z');
  await s.assignments.autoAssign(secretary, open);
  at('2026-11-28T02:00:00Z');
  const rows2026 = await prisma.assignment.findMany({ where: { campaignId: open }, orderBy: { id: 'asc' } });
  let phanbienDraft = false;
  for (const [k, row] of rows2026.entries()) {
    const index = ids.indexOf(row.submissionId);
    const r = reviewers.findIndex((m) => m.userId === row.reviewerUserId);
    if (row.reviewerUserId === DEMO_PEOPLE.phanbien.userId) {
      // phanbien's assignments wait for them; one already has a saved draft
      if (!phanbienDraft) {
        const draft = sheetFor(index, r);
        await s.reviews.saveSheet(
          reviewerActor(row.reviewerUserId),
          row.id,
          { ...draft, scores: draft.scores.slice(0, 2) },
          false,
        );
        phanbienDraft = true;
      }
    } else if (k % 3 !== 0) {
      await s.reviews.saveSheet(reviewerActor(row.reviewerUserId), row.id, sheetFor(index, r), true);
    }
  }

  await prisma.seedRun.create({ data: { name: DEMO_SEED_NAME, items } });
  options.logger.info({ items }, 'initiatives demo data seeded');
  return { seeded: true, items };
}
