// Matching's tables: the projection of published listings (match_documents) and the stored
// suggestions per need (match_suggestions).

import { uuidv7 } from 'uuidv7';
import { Prisma } from '../generated/prisma/client.js';
import type { Db } from '../moderation/listing-workflow.js';
import type { DocumentKind, MatchDocumentData } from './match-document.js';
import type { CandidateType, MatchFactor } from './matching.schema.js';

export interface SuggestionRow {
  id: string;
  needId: string;
  candidateType: CandidateType;
  candidateId: string;
  points: number;
  factors: MatchFactor[];
  state: 'suggested' | 'shortlisted' | 'dismissed' | 'connected';
  isNew: boolean;
  suggestedAt: Date;
  reasonCode: string | null;
  reasonText: string | null;
  decidedBy: string | null;
  decidedAt: Date | null;
  connectionId: string | null;
}

type DocRow = Awaited<ReturnType<Db['matchDocument']['findMany']>>[number];

function toData(row: DocRow): MatchDocumentData {
  return {
    id: row.id,
    kind: row.kind as DocumentKind,
    title: row.title,
    body: row.body,
    keywords: row.keywords,
    sectorCodes: row.sectorCodes,
    trl: row.trl,
    priceVnd: row.priceVnd,
    negotiable: row.negotiable,
    desiredTrl: row.desiredTrl,
    budgetMinVnd: row.budgetMinVnd,
    budgetMaxVnd: row.budgetMaxVnd,
    provinceCode: row.provinceCode,
    communeCode: row.communeCode,
    transferModes: row.transferModes as MatchDocumentData['transferModes'],
    ownerOrganisationId: row.ownerOrganisationId,
    ownerName: row.ownerName,
    publishedAt: row.publishedAt,
  };
}

function toSuggestion(row: Awaited<ReturnType<Db['matchSuggestion']['findMany']>>[number]): SuggestionRow {
  return {
    ...row,
    candidateType: row.candidateType as CandidateType,
    factors: row.factors as unknown as MatchFactor[],
    state: row.state as SuggestionRow['state'],
  };
}

export class MatchRepository {
  /** Writes the published facts (or marks them inactive) with a fresh sequence number. */
  async saveDocument(db: Db, doc: MatchDocumentData, now: Date): Promise<void> {
    const [{ seq } = { seq: 0n }] = await db.$queryRaw<{ seq: bigint }[]>(
      Prisma.sql`SELECT nextval('match_documents_seq') AS seq`,
    );
    const data = {
      id: doc.id,
      kind: doc.kind,
      title: doc.title,
      body: doc.body,
      keywords: doc.keywords,
      sectorCodes: doc.sectorCodes,
      trl: doc.trl,
      priceVnd: doc.priceVnd,
      negotiable: doc.negotiable,
      desiredTrl: doc.desiredTrl,
      budgetMinVnd: doc.budgetMinVnd,
      budgetMaxVnd: doc.budgetMaxVnd,
      provinceCode: doc.provinceCode,
      communeCode: doc.communeCode,
      transferModes: doc.transferModes,
      ownerOrganisationId: doc.ownerOrganisationId,
      ownerName: doc.ownerName,
      publishedAt: doc.publishedAt,
      active: true,
      seq,
      updatedAt: now,
    };
    await db.matchDocument.upsert({ where: { id: doc.id }, create: data, update: data });
  }

  async deactivate(db: Db, id: string, now: Date): Promise<boolean> {
    const result = await db.$executeRaw(
      Prisma.sql`UPDATE match_documents SET active = false, seq = nextval('match_documents_seq'), updated_at = ${now}
                 WHERE id = ${id}::uuid AND active`,
    );
    return result > 0;
  }

  /** Documents changed after `afterSeq` (active or not), in sequence order. */
  async changedSince(db: Db, afterSeq: bigint): Promise<{ seq: bigint; active: boolean; doc: MatchDocumentData }[]> {
    const rows = await db.matchDocument.findMany({ where: { seq: { gt: afterSeq } }, orderBy: { seq: 'asc' } });
    return rows.map((row) => ({ seq: row.seq, active: row.active, doc: toData(row) }));
  }

  async findDocument(db: Db, id: string): Promise<MatchDocumentData | null> {
    const row = await db.matchDocument.findUnique({ where: { id } });
    return row?.active ? toData(row) : null;
  }

  /** Contracts signed per supplier organisation (the track-record factor). */
  async signedDeals(db: Db): Promise<Map<string, number>> {
    const rows = await db.$queryRaw<{ org: string; n: number }[]>(
      Prisma.sql`SELECT supplier_organisation_id::text AS org, count(*)::int AS n FROM connections
                 WHERE state = 'signed' GROUP BY supplier_organisation_id`,
    );
    return new Map(rows.map((r) => [r.org, r.n]));
  }

  async suggestionsOfNeeds(db: Db, needIds: readonly string[]): Promise<SuggestionRow[]> {
    if (needIds.length === 0) return [];
    const rows = await db.matchSuggestion.findMany({
      where: { needId: { in: [...needIds] } },
      orderBy: [{ points: 'desc' }, { id: 'asc' }],
    });
    return rows.map(toSuggestion);
  }

  async suggestionsOfCandidate(db: Db, candidateId: string): Promise<SuggestionRow[]> {
    return (await db.matchSuggestion.findMany({ where: { candidateId } })).map(toSuggestion);
  }

  async findSuggestion(db: Db, id: string): Promise<SuggestionRow | null> {
    const row = await db.matchSuggestion.findUnique({ where: { id } });
    return row ? toSuggestion(row) : null;
  }

  async lockSuggestion(db: Db, id: string): Promise<SuggestionRow | null> {
    await db.$queryRaw(Prisma.sql`SELECT 1 FROM match_suggestions WHERE id = ${id}::uuid FOR UPDATE`);
    return this.findSuggestion(db, id);
  }

  async insertSuggestion(
    db: Db,
    s: Pick<SuggestionRow, 'needId' | 'candidateType' | 'candidateId' | 'points' | 'factors' | 'isNew'>,
    now: Date,
  ): Promise<void> {
    // A rebuild and the event consumer may both add the same pair: the first one stands.
    await db.matchSuggestion.createMany({
      data: [
        {
          id: uuidv7(),
          ...s,
          factors: s.factors as unknown as Prisma.InputJsonValue,
          state: 'suggested',
          suggestedAt: now,
          updatedAt: now,
        },
      ],
      skipDuplicates: true,
    });
  }

  async rescore(db: Db, id: string, points: number, factors: MatchFactor[], now: Date): Promise<void> {
    await db.matchSuggestion.update({
      where: { id },
      data: { points, factors: factors as unknown as Prisma.InputJsonValue, updatedAt: now },
    });
  }

  async deleteSuggestions(db: Db, ids: readonly string[]): Promise<void> {
    if (ids.length > 0) await db.matchSuggestion.deleteMany({ where: { id: { in: [...ids] } } });
  }

  async decide(
    db: Db,
    id: string,
    data: Partial<
      Pick<SuggestionRow, 'state' | 'reasonCode' | 'reasonText' | 'decidedBy' | 'decidedAt' | 'connectionId'>
    >,
    now: Date,
  ): Promise<void> {
    await db.matchSuggestion.update({ where: { id }, data: { ...data, isNew: false, updatedAt: now } });
  }

  async markSeen(db: Db, needId: string): Promise<void> {
    await db.matchSuggestion.updateMany({ where: { needId, isNew: true }, data: { isNew: false } });
  }
}
