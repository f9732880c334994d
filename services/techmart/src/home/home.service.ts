// The public home page: live figures, the latest listings per type and the ones officers featured.

import { ProblemError, problem } from '@sti/platform';
import type { ExpertService } from '../experts/expert.service.js';
import { canModerate, type ListingKind } from '../moderation/listing-ownership.policy.js';
import type { Db } from '../moderation/listing-workflow.js';
import type { NeedService } from '../needs/need.service.js';
import type { OfferService } from '../offers/offer.service.js';
import type { Actor } from '../shared/actor.js';
import { assertAllowed } from '../shared/problems.js';
import type { HomeRepository } from './home.repository.js';
import { type FeaturedListingView, HOME_FEATURED_MAX, HOME_LATEST_PER_TYPE, type HomeView } from './home.schema.js';

export interface HomeServiceDependencies {
  db: Db;
  home: HomeRepository;
  offers: OfferService;
  needs: NeedService;
  experts: ExpertService;
  clock?: () => Date;
}

export class HomeService {
  constructor(private readonly deps: HomeServiceDependencies) {}

  async home(): Promise<HomeView> {
    const { db, home, offers, needs, experts } = this.deps;
    const limit = HOME_LATEST_PER_TYPE;
    const [figures, technology, equipment, latestNeeds, latestExperts, featured] = await Promise.all([
      home.figures(db),
      offers.listPublished({ kind: 'technology', limit }),
      offers.listPublished({ kind: 'equipment', limit }),
      needs.listPublished({ limit }),
      experts.listPublished({ limit }),
      home.featured(db, HOME_FEATURED_MAX),
    ]);
    return {
      figures,
      latest: {
        offers: technology.items,
        equipment: equipment.items,
        needs: latestNeeds.items,
        experts: latestExperts.items,
      },
      featured: featured.map((row) => ({ type: row.type, listing: row.snapshot }) as FeaturedListingView),
    };
  }

  /** Officers feature a public listing on the home page; it drops off by itself once archived. */
  async feature(actor: Actor | null, type: ListingKind, id: string): Promise<void> {
    assertAllowed(canModerate(actor), type, id);
    const view = (await this.service(type).get(actor, id)) as { status: string; publishedVersion?: unknown };
    if (view.status !== 'published' && view.publishedVersion === undefined) {
      throw new ProblemError({
        status: 409,
        code: 'not_published',
        message: {
          vi: 'Chỉ có thể đưa tin đã công bố lên trang chủ.',
          en: 'Only published listings can be featured on the home page.',
        },
      });
    }
    const at = (this.deps.clock ?? (() => new Date()))();
    await this.deps.home.feature(this.deps.db, { type, id, by: (actor as Actor).userId, at });
  }

  async unfeature(actor: Actor | null, type: ListingKind, id: string): Promise<void> {
    if (!actor) throw problem('unauthenticated');
    assertAllowed(canModerate(actor), type, id);
    await this.deps.home.unfeature(this.deps.db, id);
  }

  private service(type: ListingKind): OfferService | NeedService | ExpertService {
    return type === 'offer' ? this.deps.offers : type === 'need' ? this.deps.needs : this.deps.experts;
  }
}
