// Reads and writes of campaigns with their council.
import type { Rubric } from '@sti/review';
import type { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../shared/db.js';
import type { CampaignLevel, CampaignState, CouncilRole } from './campaign.schema.js';

export interface CouncilMemberRecord {
  userId: string;
  displayName: string;
  organisationId: string | null;
  organisationName: string | null;
  role: CouncilRole;
}

export interface CampaignRecord {
  id: string;
  organisationId: string;
  organisationName: string;
  title: string;
  description: string;
  level: CampaignLevel;
  localityCode: string;
  year: number;
  submissionOpensAt: Date;
  submissionClosesAt: Date;
  eligibleOrganisations: string[];
  rubric: Rubric;
  rubricId: string;
  rubricVersion: number;
  threshold: number;
  reviewsPerSubmission: number;
  blind: boolean;
  appealDays: number;
  reviewDays: number;
  state: CampaignState;
  openedAt: Date | null;
  roundClosedAt: Date | null;
  createdBy: string;
  revision: number;
  members: CouncilMemberRecord[];
}

const include = {
  members: { orderBy: [{ role: 'asc' as const }, { displayName: 'asc' as const }] },
} satisfies Prisma.CampaignInclude;

type Row = Prisma.CampaignGetPayload<{ include: typeof include }>;

function toRecord(row: Row): CampaignRecord {
  const { members, rubric, createdAt: _c, updatedAt: _u, ...rest } = row;
  return {
    ...rest,
    rubric: rubric as unknown as Rubric,
    members: members.map((m) => ({
      userId: m.userId,
      displayName: m.displayName,
      organisationId: m.organisationId,
      organisationName: m.organisationName,
      role: m.role,
    })),
  };
}

export class CampaignRepository {
  async find(db: Db, id: string): Promise<CampaignRecord | null> {
    const row = await db.campaign.findUnique({ where: { id }, include });
    return row ? toRecord(row) : null;
  }

  /** The row locked for update (FOR UPDATE), then read with its council. */
  async lock(db: Db, id: string): Promise<CampaignRecord | null> {
    await db.$queryRawUnsafe('SELECT id FROM campaigns WHERE id = $1::uuid FOR UPDATE', id);
    return this.find(db, id);
  }

  async list(db: Db, where: Prisma.CampaignWhereInput): Promise<CampaignRecord[]> {
    const rows = await db.campaign.findMany({ where, include, orderBy: [{ year: 'desc' }, { createdAt: 'desc' }] });
    return rows.map(toRecord);
  }

  async insert(db: Db, c: CampaignRecord): Promise<void> {
    const { members, rubric, ...data } = c;
    await db.campaign.create({ data: { ...data, rubric: rubric as unknown as Prisma.InputJsonValue } });
    await this.replaceCouncil(db, c.id, members);
  }

  async update(db: Db, c: CampaignRecord, now: Date): Promise<void> {
    const { members: _m, rubric, id, ...data } = c;
    await db.campaign.update({
      where: { id },
      data: { ...data, rubric: rubric as unknown as Prisma.InputJsonValue, updatedAt: now },
    });
  }

  async replaceCouncil(db: Db, campaignId: string, members: readonly CouncilMemberRecord[]): Promise<void> {
    await db.councilMember.deleteMany({ where: { campaignId } });
    if (members.length === 0) return;
    await db.councilMember.createMany({
      data: members.map((m) => ({ id: crypto.randomUUID(), campaignId, ...m })),
    });
  }
}
