// Attachment rows: which stored file (by sha256) belongs to which listing, under what name.

import type { ListingKind } from '../moderation/listing-ownership.policy.js';
import type { Db } from '../moderation/listing-workflow.js';
import type { AttachmentView } from '../shared/schema-primitives.js';

export interface AttachmentRecord extends AttachmentView {
  listingType: ListingKind;
  listingId: string;
  createdBy: string;
  createdAt: Date;
}

export class AttachmentRepository {
  async insert(db: Db, record: AttachmentRecord): Promise<void> {
    await db.attachment.create({
      data: {
        id: record.id,
        listingType: record.listingType,
        listingId: record.listingId,
        fileName: record.fileName,
        mediaType: record.mediaType,
        sizeBytes: BigInt(record.sizeBytes),
        sha256: record.sha256,
        createdBy: record.createdBy,
        createdAt: record.createdAt,
      },
    });
  }

  async find(db: Db, listingType: ListingKind, listingId: string, id: string): Promise<AttachmentView | null> {
    const row = await db.attachment.findFirst({ where: { id, listingType, listingId } });
    return row ? toView(row) : null;
  }

  /** Which of these stored files some attachment still refers to (the orphan sweep keeps those). */
  async referencedHashes(db: Db, sha256s: readonly string[]): Promise<Set<string>> {
    const rows = await db.attachment.findMany({
      where: { sha256: { in: [...new Set(sha256s)] } },
      select: { sha256: true },
      distinct: ['sha256'],
    });
    return new Set(rows.map((row) => row.sha256));
  }

  /** Attachments of many listings at once, in upload order. */
  async listFor(
    db: Db,
    listingType: ListingKind,
    listingIds: readonly string[],
  ): Promise<Map<string, AttachmentView[]>> {
    const rows = await db.attachment.findMany({
      where: { listingType, listingId: { in: [...new Set(listingIds)] } },
      orderBy: { id: 'asc' },
    });
    const byListing = new Map<string, AttachmentView[]>();
    for (const row of rows) {
      const list = byListing.get(row.listingId) ?? [];
      list.push(toView(row));
      byListing.set(row.listingId, list);
    }
    return byListing;
  }
}

function toView(row: {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: bigint;
  sha256: string;
}): AttachmentView {
  return {
    id: row.id,
    fileName: row.fileName,
    mediaType: row.mediaType,
    sizeBytes: Number(row.sizeBytes),
    sha256: row.sha256,
  };
}
