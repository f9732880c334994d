// First-start demo data: the requests of demo-requests.data.ts taken through the real workflows
// (create, triage, uploads, checks, filing, milestones), so every event, hook and deadline exists as
// it would in use. Runs once (seed_runs); a seed interrupted half-way resumes where it stopped.
import { Readable } from 'node:stream';
import type { Logger } from 'pino';
import type { IpSupportServices } from '../ip-support.composition.js';
import type { Actor } from '../shared/actor.js';
import { addDays, isoDate } from '../shared/clock.js';
import { DEMO_PEOPLE } from './demo-people.js';
import { DEMO_REQUESTS, requesterOf, type SeedRequest } from './demo-requests.data.js';
import { seedSubsidyDemo } from '../subsidies/seed/subsidy-demo.seeder.js';
import { seedOcopDemo } from '../ocop/ocop-demo.seeder.js';

export const DEMO_SEED_NAME = 'ip-support-demo-v1';

export interface SeedResult {
  seeded: boolean;
  items: number;
}

export const SEED_OFFICER: Actor = {
  userId: DEMO_PEOPLE.canbo.userId,
  displayName: DEMO_PEOPLE.canbo.displayName,
  organisationId: DEMO_PEOPLE.canbo.organisationId,
  organisationName: DEMO_PEOPLE.canbo.organisationName,
  roles: ['officer'],
  localityCode: '87',
};

/** A small PDF for a seeded dossier item (the content says what it stands for). */
function demoPdf(title: string): Buffer {
  const text = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[()\\]/g, ' ');
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${text} (du lieu mau)\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
}

async function seedOne(services: IpSupportServices, entry: SeedRequest, index: number, now: Date): Promise<void> {
  const person = requesterOf(entry.org);
  const requester: Actor = { ...person, localityCode: '87' };
  const officer = SEED_OFFICER;
  const created = await services.requests.create(requester, {
    right: entry.right,
    subjectKind: entry.subjectKind,
    subjectTitle: entry.subjectTitle,
    description: entry.description,
    ...(entry.niceClasses ? { niceClasses: entry.niceClasses } : {}),
    ...(entry.claimCount ? { claimCount: entry.claimCount } : {}),
    ...(entry.designCount ? { designCount: entry.designCount } : {}),
  });
  const id = created.id;
  const stage = entry.stage;
  // When it was asked: long before filing for filed ones, days to weeks ago for the rest.
  const submittedDaysAgo = stage.at === 'filed' ? stage.filedDaysAgo + 45 : 2 + ((index * 7) % 40);

  if (stage.at === 'needs_info') await services.requests.act(officer, id, 'ask_info', { reason: stage.question });
  if (stage.at === 'declined') await services.requests.act(officer, id, 'decline', { reason: stage.reason });
  if (stage.at === 'withdrawn')
    await services.requests.act(requester, id, 'withdraw', { reason: 'Hợp tác xã tạm dừng kế hoạch xuất khẩu.' });

  if (stage.at === 'accepted' || stage.at === 'dossier_complete' || stage.at === 'filed') {
    await services.requests.act(officer, id, 'accept', { note: 'Tiếp nhận, đề nghị hoàn thiện hồ sơ theo danh mục.' });
    const dossier = await services.dossiers.view(officer, id);
    const mandatory = dossier.items.filter((item) => item.mandatory);
    const upload = stage.at === 'accepted' ? stage.uploaded : mandatory.length;
    const accept = stage.at === 'accepted' ? stage.accepted : mandatory.length;
    for (const [i, item] of mandatory.entries()) {
      if (i >= upload) break;
      await services.dossiers.upload(requester, id, item.code, async () => ({
        fileName: `${item.code}.pdf`,
        stream: Readable.from(demoPdf(`${entry.subjectTitle} - ${item.titleVi}`)),
      }));
      if (i < accept)
        await services.dossiers.review(officer, id, item.code, {
          verdict: 'accepted',
          acceptFlaggedSignature: true,
          note: 'Đã đối chiếu bản gốc có chữ ký, đóng dấu (dữ liệu mẫu).',
        });
    }
  }

  if (stage.at === 'filed') {
    const filedOn = addDays(now, -stage.filedDaysAgo);
    const filing = await services.filings.record(officer, id, {
      applicationNumber: stage.applicationNumber,
      filingDate: isoDate(filedOn),
      ...(stage.priorityDaysEarlier ? { priorityDate: isoDate(addDays(filedOn, -stage.priorityDaysEarlier)) } : {}),
      territory: stage.territory ?? 'domestic',
    });
    // chronological order, whatever order the data lists them in
    const milestones = [...stage.milestones].sort((a, b) => b.daysAgo - a.daysAgo);
    for (const m of milestones) {
      const occurredOn = isoDate(addDays(now, -m.daysAgo));
      if (m.kind === 'office_action')
        await services.filings.addMilestone(officer, filing.id, {
          kind: m.kind,
          occurredOn,
          responseDueOn: isoDate(addDays(now, -m.daysAgo + m.responseInDays)),
          note: m.note,
        });
      else if (m.kind === 'granted')
        await services.filings.addMilestone(officer, filing.id, {
          kind: m.kind,
          occurredOn,
          certificateNumber: m.certificate,
        });
      else if (m.kind === 'refused')
        await services.filings.addMilestone(officer, filing.id, { kind: m.kind, occurredOn, reason: m.reason });
      else await services.filings.addMilestone(officer, filing.id, { kind: m.kind, occurredOn });
    }
  }

  // Back-date the request so lists and ages look like real use.
  const submittedAt = addDays(now, -submittedDaysAgo);
  await services.prisma.supportRequest.update({
    where: { id },
    data: {
      submittedAt,
      createdAt: submittedAt,
      ...(stage.at === 'accepted' || stage.at === 'dossier_complete' || stage.at === 'filed'
        ? { acceptedAt: addDays(submittedAt, 3) }
        : {}),
    },
  });
}

export async function seedDemoData(options: {
  services: IpSupportServices;
  logger: Logger;
  signal?: AbortSignal;
}): Promise<SeedResult> {
  const { services, logger, signal } = options;
  // subsidies first (programmes, budgets, claims in every state; its own seed_runs row), so that the
  // certificates granted below open their claims under the policy
  await seedSubsidyDemo({
    prisma: services.prisma,
    subsidies: services.subsidies,
    clock: services.clock,
    logger,
    ...(signal ? { signal } : {}),
  });
  const ocopProducts = await seedOcopDemo(services); // src/ocop: a dozen OCOP products (own seed run)
  if (ocopProducts > 0) logger.info({ items: ocopProducts }, 'ip-support OCOP demo products seeded');
  const done = await services.prisma.seedRun.findUnique({ where: { name: DEMO_SEED_NAME } });
  if (done) return { seeded: false, items: done.items };
  const now = services.clock();
  let seeded = 0;
  for (const [index, entry] of DEMO_REQUESTS.entries()) {
    if (signal?.aborted) throw new Error('demo seed stopped');
    // Resume: an entry already there (same organisation and subject) was seeded before a restart.
    const exists = await services.prisma.supportRequest.findFirst({
      where: { organisationId: requesterOf(entry.org).organisationId, subjectTitle: entry.subjectTitle },
      select: { id: true },
    });
    if (exists) continue;
    try {
      await seedOne(services, entry, index, now);
    } catch (error) {
      throw new Error(
        `demo request "${entry.subjectTitle}" failed: ${error instanceof Error ? error.message : String(error)}`,
        {
          cause: error,
        },
      );
    }
    seeded++;
  }
  await services.prisma.seedRun.create({ data: { name: DEMO_SEED_NAME, items: DEMO_REQUESTS.length } });
  logger.info({ requests: DEMO_REQUESTS.length, new: seeded }, 'ip-support demo data seeded');
  return { seeded: true, items: DEMO_REQUESTS.length };
}
