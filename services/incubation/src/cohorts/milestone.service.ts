// Milestones: the officer sets them per cohort (for every startup or some), the team submits evidence
// (links, files checked by content through @sti/attachments), the officer signs off or returns them.
// Alumni outcomes: what officers collect after the programme.
import type { Readable } from 'node:stream';
import { type AttachmentStore, storeUpload } from '@sti/attachments';
import { appendToOutbox, prismaTxExecutor } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import type { Prisma } from '../generated/prisma/client.js';
import { alumniOutcomeRecorded, milestoneTransitioned } from '../programmes/programme.events.js';
import { isOverdue, type MilestoneAction, milestoneTransition } from '../programmes/programme.rules.js';
import type { Actor } from '../shared/actor.js';
import { isOfficer } from '../shared/actor.js';
import { type Clock, isoDate } from '../shared/clock.js';
import { inTransaction, type PrismaClient } from '../shared/db.js';
import { forbidden, invalidState, NAMES, notFound, rejected } from '../shared/problems.js';
import { requireMember, requireReadable } from '../startups/startup.repository.js';
import type { AlumniOutcome, AlumniOutcomeInput, MilestoneInput, MilestoneView } from './milestone.schema.js';

const milestoneInclude = {
  startup: true,
  files: { orderBy: { uploadedAt: 'asc' } },
  cohort: true,
} satisfies Prisma.MilestoneInclude;
type MilestoneRecord = Prisma.MilestoneGetPayload<{ include: typeof milestoneInclude }>;

export const MAX_EVIDENCE_FILE_BYTES = 20 * 1024 * 1024;

export class MilestoneService {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly store: AttachmentStore,
    private readonly clock: Clock,
  ) {}

  private view(m: MilestoneRecord): MilestoneView {
    return {
      id: m.id,
      cohortId: m.cohortId,
      startupId: m.startupId,
      startupName: m.startup.name,
      title: m.title,
      description: m.description,
      dueOn: isoDate(m.dueOn),
      status: m.status as MilestoneView['status'],
      overdue: isOverdue(m, this.clock()),
      links: m.links as MilestoneView['links'],
      files: m.files.map((f) => ({ id: f.id, fileName: f.fileName, mediaType: f.mediaType, sizeBytes: f.sizeBytes })),
      submittedAt: m.submittedAt?.toISOString() ?? null,
      signedOffAt: m.signedOffAt?.toISOString() ?? null,
      officerNote: m.officerNote,
    };
  }

  async create(actor: Actor, cohortId: string, input: MilestoneInput) {
    requireOfficer(actor);
    const now = this.clock();
    return inTransaction(this.prisma, async (tx) => {
      const cohort = await tx.cohort.findUnique({ where: { id: cohortId }, include: { members: true } });
      if (!cohort) throw notFound(NAMES.cohort, cohortId);
      const inCohort = cohort.members.map((m) => m.startupId);
      const targets = input.startupIds ?? inCohort;
      const strangers = targets.filter((id) => !inCohort.includes(id));
      if (strangers.length) {
        throw rejected('not_in_cohort', 'Có nhóm không thuộc khóa này.', 'Some startups are not in this cohort.', {
          startupIds: strangers,
        });
      }
      const ids: string[] = [];
      for (const startupId of targets) {
        const id = uuidv7();
        ids.push(id);
        const m = await tx.milestone.create({
          data: {
            id,
            cohortId,
            startupId,
            title: input.title,
            description: input.description,
            dueOn: new Date(input.dueOn),
            status: 'open',
          },
        });
        await appendToOutbox(prismaTxExecutor(tx), [
          milestoneTransitioned(m, cohort.programmeId, 'none', 'open', 'create', actor, now),
        ]);
      }
      const rows = await tx.milestone.findMany({ where: { id: { in: ids } }, include: milestoneInclude });
      return { items: rows.map((m) => this.view(m)) };
    });
  }

  async forStartup(actor: Actor, startupId: string) {
    await requireReadable(this.prisma, actor, startupId);
    const rows = await this.prisma.milestone.findMany({
      where: { startupId },
      include: milestoneInclude,
      orderBy: { dueOn: 'asc' },
    });
    return { items: rows.map((m) => this.view(m)) };
  }

  async forCohort(actor: Actor, cohortId: string) {
    requireOfficer(actor);
    const rows = await this.prisma.milestone.findMany({
      where: { cohortId },
      include: milestoneInclude,
      orderBy: [{ dueOn: 'asc' }, { id: 'asc' }],
      take: 2000,
    });
    return { items: rows.map((m) => this.view(m)) };
  }

  private async load(actor: Actor, id: string, as: 'member' | 'officer' | 'reader') {
    const m = await this.prisma.milestone.findUnique({ where: { id }, include: milestoneInclude });
    if (!m) throw notFound(NAMES.milestone, id);
    if (as === 'officer') requireOfficer(actor);
    else if (as === 'member') await requireMember(this.prisma, actor, m.startupId);
    else await requireReadable(this.prisma, actor, m.startupId);
    return m;
  }

  private async step(actor: Actor, m: MilestoneRecord, action: MilestoneAction, data: Prisma.MilestoneUpdateInput) {
    const now = this.clock();
    const to = milestoneTransition(m.status, action);
    if (!to) {
      throw invalidState(
        'milestone_state',
        `Mốc đang ở trạng thái "${m.status}".`,
        `The milestone is ${m.status}; ${action} does not apply.`,
      );
    }
    await inTransaction(this.prisma, async (tx) => {
      const updated = await tx.milestone.updateMany({
        where: { id: m.id, revision: m.revision },
        data: { ...(data as Prisma.MilestoneUpdateManyMutationInput), status: to, revision: m.revision + 1 },
      });
      if (updated.count === 0)
        throw invalidState('stale', 'Mốc vừa được người khác cập nhật.', 'Someone else just changed the milestone.');
      await appendToOutbox(prismaTxExecutor(tx), [
        milestoneTransitioned(m, m.cohort.programmeId, m.status, to, action, actor, now),
      ]);
    });
    return this.view(
      (await this.prisma.milestone.findUnique({ where: { id: m.id }, include: milestoneInclude })) as MilestoneRecord,
    );
  }

  async submit(actor: Actor, id: string, links: MilestoneView['links']) {
    const m = await this.load(actor, id, 'member');
    return this.step(actor, m, 'submit', {
      links: links.map((l) => ({ url: l.url, label: l.label })),
      submittedAt: this.clock(),
    });
  }

  async signOff(actor: Actor, id: string, note: string | undefined) {
    const m = await this.load(actor, id, 'officer');
    return this.step(actor, m, 'sign_off', {
      signedOffBy: actor.userId,
      signedOffAt: this.clock(),
      officerNote: note ?? null,
    });
  }

  async returnForWork(actor: Actor, id: string, note: string) {
    const m = await this.load(actor, id, 'officer');
    return this.step(actor, m, 'return', { officerNote: note });
  }

  /** Stores an evidence file (the team, before sign-off); the upload is read only after the checks. */
  async addFile(actor: Actor, id: string, open: () => Promise<{ fileName: string; stream: Readable }>) {
    const m = await this.load(actor, id, 'member');
    if (m.status === 'signed_off') {
      throw invalidState('milestone_state', 'Mốc đã được xác nhận.', 'The milestone is already signed off.');
    }
    const stored = await storeUpload(this.store, await open(), { maxBytes: MAX_EVIDENCE_FILE_BYTES });
    await this.prisma.milestoneFile.create({
      data: {
        id: uuidv7(),
        milestoneId: id,
        fileName: stored.fileName,
        mediaType: stored.mediaType,
        sizeBytes: stored.sizeBytes,
        sha256: stored.sha256,
        uploadedBy: actor.userId,
        uploadedAt: this.clock(),
      },
    });
    return this.view(
      (await this.prisma.milestone.findUnique({ where: { id }, include: milestoneInclude })) as MilestoneRecord,
    );
  }

  async openFile(actor: Actor, id: string, fileId: string) {
    await this.load(actor, id, 'reader');
    const file = await this.prisma.milestoneFile.findFirst({ where: { id: fileId, milestoneId: id } });
    if (!file) throw notFound(NAMES.file, fileId);
    return { file, stream: this.store.open(file.sha256) };
  }

  async recordOutcome(
    actor: Actor,
    cohortId: string,
    startupId: string,
    input: AlumniOutcomeInput,
  ): Promise<AlumniOutcome> {
    requireOfficer(actor);
    const now = this.clock();
    return inTransaction(this.prisma, async (tx) => {
      const member = await tx.cohortMember.findUnique({
        where: { cohortId_startupId: { cohortId, startupId } },
        include: { cohort: true, startup: true },
      });
      if (!member) throw notFound(NAMES.startup, startupId);
      const collectedOn = new Date(input.collectedOn);
      const data = {
        stillOperating: input.stillOperating,
        revenueBand: input.revenueBand,
        fundingRaisedVnd: BigInt(input.fundingRaisedVnd),
        becameStEnterprise: input.becameStEnterprise,
        note: input.note,
        recordedBy: actor.userId,
      };
      await tx.alumniOutcome.upsert({
        where: { startupId_cohortId_collectedOn: { startupId, cohortId, collectedOn } },
        create: { id: uuidv7(), startupId, cohortId, collectedOn, ...data },
        update: data,
      });
      await appendToOutbox(prismaTxExecutor(tx), [
        alumniOutcomeRecorded({ startupId, cohortId, collectedOn, ...data }, member.cohort.programmeId, now),
      ]);
      return { ...input, startupId, startupName: member.startup.name, cohortId };
    });
  }

  async outcomes(actor: Actor, cohortId: string) {
    requireOfficer(actor);
    const rows = await this.prisma.alumniOutcome.findMany({
      where: { cohortId },
      include: { startup: true },
      orderBy: [{ collectedOn: 'desc' }],
    });
    return {
      items: rows.map((o) => ({
        startupId: o.startupId,
        startupName: o.startup.name,
        cohortId: o.cohortId,
        collectedOn: isoDate(o.collectedOn),
        stillOperating: o.stillOperating,
        revenueBand: o.revenueBand as AlumniOutcome['revenueBand'],
        fundingRaisedVnd: o.fundingRaisedVnd.toString(),
        becameStEnterprise: o.becameStEnterprise,
        note: o.note,
      })),
    };
  }
}

function requireOfficer(actor: Actor) {
  if (!isOfficer(actor)) throw forbidden('Chỉ cán bộ chương trình làm việc này.', 'Only programme officers do this.');
}
