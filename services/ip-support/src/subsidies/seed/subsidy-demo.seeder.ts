// Seeds the subsidy demo (subsidy-demo.data.ts) through the real services: policies, budgets and
// top-ups by the admin, claims opened, completed and submitted by their businesses, decided and paid
// by the officer. Runs once (seed_runs), after the service's own demo data.
import { Readable } from 'node:stream';
import type { Logger } from 'pino';
import { DEMO_PEOPLE } from '../../seed/demo-people.js';
import type { Actor } from '../../shared/actor.js';
import { inTransaction, type PrismaClient } from '../../shared/db.js';
import { budgetYearOf } from '../budget.rules.js';
import type { SubsidyServices } from '../subsidy.composition.js';
import { DEMO_BUDGETS, DEMO_CLAIMANTS, DEMO_CLAIMS, DEMO_POLICIES, type DemoClaim } from './subsidy-demo.data.js';

export const SUBSIDY_SEED_NAME = 'ip-support-subsidies-demo-v1';

const actorOf = (p: (typeof DEMO_PEOPLE)[keyof typeof DEMO_PEOPLE], roles: Actor['roles']): Actor => ({
  userId: p.userId,
  displayName: p.displayName,
  organisationId: p.organisationId,
  organisationName: p.organisationName,
  roles,
  localityCode: '87',
});

function businessOf(claim: DemoClaim): Actor {
  const org = DEMO_CLAIMANTS[claim.org];
  const account = Object.values(DEMO_PEOPLE).find((p) => p.organisationId === org.id);
  return {
    userId: account?.userId ?? `demo:${claim.org}`,
    displayName: account?.displayName ?? org.user,
    organisationId: org.id,
    organisationName: org.name,
    roles: ['business'],
    localityCode: '87',
  };
}

/** A small, valid one-page PDF naming the document (enough for the content check and a viewer). */
export function demoPdf(title: string): Buffer {
  const text = title
    .replace(/[()\\]/g, '')
    .normalize('NFD')
    .replace(/[^\x20-\x7e]/g, '');
  const stream = `BT /F1 14 Tf 72 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export async function seedSubsidyDemo(options: {
  prisma: PrismaClient;
  subsidies: SubsidyServices;
  clock: () => Date;
  logger: Logger;
  signal?: AbortSignal;
}): Promise<number> {
  const { prisma, subsidies, logger } = options;
  if (await prisma.seedRun.findUnique({ where: { name: SUBSIDY_SEED_NAME } })) return 0;
  // a start that crashed half-way left budgets behind: the demo is not run twice
  if ((await prisma.subsidyBudget.count()) > 0) return 0;
  const admin = actorOf(DEMO_PEOPLE.quantri, ['admin']);
  const officer = actorOf(DEMO_PEOPLE.canbo, ['officer']);
  const year = budgetYearOf(options.clock());

  for (const policy of DEMO_POLICIES) await subsidies.policies.add(admin, policy, { allowPast: true });
  for (const b of DEMO_BUDGETS) {
    const budget = await subsidies.budgets.create(admin, {
      programmeCode: b.programmeCode,
      programmeName: b.programmeName,
      year,
      totalVnd: b.totalVnd,
      reference: b.reference,
    });
    for (const t of b.topUps) await subsidies.budgets.topUp(admin, budget.id, t);
  }

  let items = 0;
  for (const [index, c] of DEMO_CLAIMS.entries()) {
    if (options.signal?.aborted) return items;
    const business = businessOf(c);
    let id: string;
    if (c.fromGrant) {
      const filingId = `01920000-0000-7000-8000-${(0xf00 + index).toString(16).padStart(12, '0')}`;
      const [opened] = await inTransaction(prisma, (tx) =>
        subsidies.claims.openFromFiling(
          tx,
          {
            filingId,
            requestId: null,
            organisationId: business.organisationId as string,
            organisationName: business.organisationName as string,
            right: c.right,
            territory: 'domestic',
            trigger: 'certificate_granted',
            occurredOn: c.triggerDate,
            applicationNumber: c.applicationNumber ?? null,
            certificateNumber: c.certificateNumber ?? null,
            subjectTitle: c.title,
          },
          options.clock(),
        ),
      );
      if (!opened) throw new Error(`demo claim ${c.title}: the policy opened nothing`);
      id = opened;
    } else {
      const created = await subsidies.claims.create(business, {
        programmeCode: c.programmeCode,
        right: c.right,
        kind: c.kind,
        trigger: c.trigger,
        triggerDate: c.triggerDate,
        title: c.title,
        ...(c.applicationNumber ? { applicationNumber: c.applicationNumber } : {}),
        ...(c.certificateNumber ? { certificateNumber: c.certificateNumber } : {}),
      });
      id = created.id;
    }
    items++;
    if (c.documentedCostVnd === undefined) continue;
    await subsidies.claims.update(business, id, {
      applicantKind: DEMO_CLAIMANTS[c.org].kind,
      documentedCostVnd: c.documentedCostVnd,
    });
    for (const fileName of c.evidence ?? []) {
      await subsidies.claims.addEvidence(business, id, async () => ({
        fileName,
        stream: Readable.from(demoPdf(`${c.title} - ${fileName}`)),
        description: fileName.replace(/\.pdf$/, '').replace(/-/g, ' '),
      }));
    }
    if (c.state === 'open') continue;
    if (c.state === 'withdrawn') {
      await subsidies.claims.withdraw(business, id);
      continue;
    }
    await subsidies.claims.submit(business, id);
    if (c.state === 'needs_info') await subsidies.claims.requestInfo(officer, id, c.officerText ?? 'Bổ sung hồ sơ');
    if (c.state === 'rejected') await subsidies.claims.reject(officer, id, c.officerText ?? 'Không đủ điều kiện');
    if (c.state === 'approved' || c.state === 'paid' || c.state === 'queued') {
      const decided = await subsidies.claims.approve(officer, id, '');
      if ((decided.state === 'queued') !== (c.state === 'queued')) {
        throw new Error(`demo claim ${c.title}: ${decided.state}, expected ${c.state}`);
      }
    }
    if (c.state === 'paid')
      await subsidies.claims.recordPayment(officer, id, { paymentReference: c.officerText ?? 'UNC' });
  }
  await prisma.seedRun.create({ data: { name: SUBSIDY_SEED_NAME, items } });
  logger.info({ items }, 'ip-support subsidy demo seeded');
  return items;
}
