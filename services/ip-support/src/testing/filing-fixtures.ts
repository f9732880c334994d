// Test and benchmark support: filings written straight into the tables (the filing workflow is
// another capability's), with their request and milestones.
import { uuidv7 } from 'uuidv7';
import type { RightCode } from '../deadlines/deadline-rule.js';
import { fromIso } from '../holidays/holiday.repository.js';
import type { PrismaClient } from '../shared/db.js';

export interface FilingFixture {
  organisationId: string;
  organisationName: string;
  right: RightCode;
  applicationNumber: string;
  filingDate: string;
  priorityDate?: string;
  grantedOn?: string;
  stage?: 'filed' | 'formality_examination' | 'publication' | 'substantive_examination' | 'granted';
  subjectTitle?: string;
}

let counter = 0;

export async function insertFiling(prisma: PrismaClient, f: FilingFixture): Promise<{ id: string; requestId: string }> {
  const requestId = uuidv7();
  const id = uuidv7();
  counter += 1;
  await prisma.supportRequest.create({
    data: {
      id: requestId,
      reference: `TEST-${Date.now()}-${counter}`,
      organisationId: f.organisationId,
      organisationName: f.organisationName,
      requesterId: 'test',
      requesterName: 'Test',
      right: f.right,
      subjectKind: 'product',
      subjectTitle: f.subjectTitle ?? `Đối tượng ${f.applicationNumber}`,
      description: 'fixture',
      niceClasses: [],
      state: f.grantedOn ? 'granted' : 'filed',
    },
  });
  await prisma.filing.create({
    data: {
      id,
      requestId,
      organisationId: f.organisationId,
      right: f.right,
      applicationNumber: f.applicationNumber,
      filingDate: fromIso(f.filingDate),
      priorityDate: f.priorityDate ? fromIso(f.priorityDate) : null,
      grantedOn: f.grantedOn ? fromIso(f.grantedOn) : null,
      stage: f.stage ?? (f.grantedOn ? 'granted' : 'filed'),
      createdBy: 'test',
    },
  });
  return { id, requestId };
}

export async function insertMilestone(
  prisma: PrismaClient,
  filingId: string,
  m: { kind: string; occurredOn: string; responseDueOn?: string; relatesTo?: string },
): Promise<string> {
  const id = uuidv7();
  await prisma.filingMilestone.create({
    data: {
      id,
      filingId,
      kind: m.kind,
      occurredOn: fromIso(m.occurredOn),
      responseDueOn: m.responseDueOn ? fromIso(m.responseDueOn) : null,
      relatesTo: m.relatesTo ?? null,
      recordedBy: 'test',
    },
  });
  return id;
}
