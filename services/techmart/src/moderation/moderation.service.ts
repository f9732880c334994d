// The officers' moderation queue across offers, needs and expert profiles.

import type { ExpertRepository } from '../experts/expert.repository.js';
import type { NeedRepository } from '../needs/need.repository.js';
import type { OfferRepository } from '../offers/offer.repository.js';
import type { OrganisationRepository } from '../organisations/organisation.repository.js';
import type { Actor } from '../shared/actor.js';
import { decodeCursor, type Page, toPage } from '../shared/paging.js';
import { assertAllowed, invalidCursor } from '../shared/problems.js';
import { hasPendingRevision } from './listing-lifecycle.js';
import { type CommuneOfficerModeration, canModerate, moderationScope } from './listing-ownership.policy.js';
import { moderatableListingsWhere } from './listing-queries.js';
import { lifecycleState, type ListingRecord } from './listing-record.js';
import type { Db } from './listing-workflow.js';
import type { ModerationQueueItem, ModerationQueueQuery } from './moderation.schema.js';

export interface ModerationServiceDependencies {
  db: Db;
  offers: OfferRepository;
  needs: NeedRepository;
  experts: ExpertRepository;
  organisations: OrganisationRepository;
  communeOfficerModeration?: CommuneOfficerModeration;
}

export class ModerationService {
  constructor(private readonly deps: ModerationServiceDependencies) {}

  async queue(actor: Actor | null, query: ModerationQueueQuery): Promise<Page<ModerationQueueItem>> {
    assertAllowed(canModerate(actor), query.type);
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 2);
    if (query.cursor !== undefined && !after) throw invalidCursor();
    const page = { after: after as [string, string] | undefined, limit: query.limit };
    const { db } = this.deps;
    // Only what this officer may moderate (separation of duties, commune scope).
    const officer = actor as Actor;
    const scope = moderationScope(officer, this.deps.communeOfficerModeration ?? 'commune');
    const table = query.type === 'offer' ? 'offers' : query.type === 'need' ? 'needs' : 'experts';
    const where = moderatableListingsWhere(officer, scope, table);
    if (!where) return { items: [], nextCursor: null };
    const rows: { record: ListingRecord<unknown>; title: string }[] =
      query.type === 'offer'
        ? (await this.deps.offers.listSubmitted(db, page, where)).map((record) => ({
            record,
            title: record.content.title,
          }))
        : query.type === 'need'
          ? (await this.deps.needs.listSubmitted(db, page, where)).map((record) => ({
              record,
              title: record.content.title,
            }))
          : (await this.deps.experts.listSubmitted(db, page, where)).map((record) => ({
              record,
              title: record.content.fullName,
            }));
    const paged = toPage(rows, query.limit, ({ record }) => [
      (record.submittedAt ?? record.createdAt).toISOString(),
      record.id,
    ]);
    const names = await this.deps.organisations.names(
      db,
      paged.items.map(({ record }) => record.ownerOrganisationId),
    );
    return {
      nextCursor: paged.nextCursor,
      items: paged.items.map(({ record, title }) => ({
        type: query.type,
        id: record.id,
        title,
        owner: {
          id: record.ownerOrganisationId,
          name: names.get(record.ownerOrganisationId) ?? record.ownerOrganisationId,
        },
        revision: record.revision,
        submittedAt: (record.submittedAt ?? record.createdAt).toISOString(),
        pendingRevision: hasPendingRevision(lifecycleState(record)),
      })),
    };
  }
}
