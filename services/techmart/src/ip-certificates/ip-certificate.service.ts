// The verified protection titles of an offer, for whoever may read the offer.
import type { Db } from '../moderation/listing-workflow.js';
import type { OfferService } from '../offers/offer.service.js';
import type { Actor } from '../shared/actor.js';
import type { IpCertificateRepository } from './ip-certificate.repository.js';
import type { IpCertificateList } from './ip-certificate.schema.js';

export class IpCertificateService {
  constructor(private readonly deps: { db: Db; offers: OfferService; repository: IpCertificateRepository }) {}

  async forOffer(actor: Actor | null, offerId: string): Promise<IpCertificateList> {
    // the offer's own read rule (published for everyone, the working copy for its owner and officers)
    await this.deps.offers.get(actor, offerId);
    const rows = await this.deps.repository.forOffer(this.deps.db, offerId);
    return {
      items: rows.map((r) => ({
        right: r.right as IpCertificateList['items'][number]['right'],
        certificateNumber: r.certificateNumber,
        grantedOn: r.grantedOn.toISOString().slice(0, 10),
      })),
    };
  }
}
