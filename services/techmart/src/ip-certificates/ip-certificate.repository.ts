// The protection titles IP support reported for offers (one row per offer and filing).
import { uuidv7 } from 'uuidv7';
import type { Db } from '../moderation/listing-workflow.js';

export interface IpCertificateRow {
  offerId: string;
  filingId: string;
  organisationId: string;
  right: string;
  certificateNumber: string;
  grantedOn: Date;
}

export class IpCertificateRepository {
  /** Idempotent by (offer, filing): a redelivered or corrected event rewrites the same row. */
  async record(db: Db, row: IpCertificateRow, at: Date): Promise<void> {
    await db.offerIpCertificate.upsert({
      where: { offerId_filingId: { offerId: row.offerId, filingId: row.filingId } },
      create: { id: uuidv7(), ...row, recordedAt: at },
      update: { right: row.right, certificateNumber: row.certificateNumber, grantedOn: row.grantedOn, recordedAt: at },
    });
  }

  forOffer(db: Db, offerId: string): Promise<IpCertificateRow[]> {
    return db.offerIpCertificate.findMany({
      where: { offerId },
      orderBy: [{ grantedOn: 'asc' }, { certificateNumber: 'asc' }],
      select: {
        offerId: true,
        filingId: true,
        organisationId: true,
        right: true,
        certificateNumber: true,
        grantedOn: true,
      },
    });
  }

  /** The owner organisation of an offer, to check a filing was made by it. */
  async offerOwner(db: Db, offerId: string): Promise<string | null> {
    const offer = await db.offer.findUnique({ where: { id: offerId }, select: { ownerOrganisationId: true } });
    return offer?.ownerOrganisationId ?? null;
  }
}
