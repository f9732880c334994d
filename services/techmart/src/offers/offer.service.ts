// Offer use cases: what the controller and the seed call. Validation of shape happened in the zod
// schema; here come the rules that need data (reference codes, ownership, lifecycle).

import { uuidv7 } from 'uuidv7';
import type { AttachmentRepository } from '../attachments/attachment.repository.js';
import { type Db, ListingWorkflow, type Transactions, type WorkingView } from '../moderation/listing-workflow.js';
import { canCreate, canListOwn } from '../moderation/listing-ownership.policy.js';
import { renderListings } from '../moderation/listing-render-context.js';
import { newListing } from '../moderation/listing-record.js';
import type { OrganisationRepository } from '../organisations/organisation.repository.js';
import type { FieldProblem, ReferenceCatalog } from '../reference/reference-catalog.js';
import type { Actor } from '../shared/actor.js';
import { decodeCursor, type Page, toPage } from '../shared/paging.js';
import { assertAllowed, invalidCursor, validationFailed } from '../shared/problems.js';
import { problem } from '@sti/platform';
import { type OfferContent, type OfferRecord, offerContentFromInput, toPublishedOfferView } from './offer.js';
import { offerEvents } from './offer.events.js';
import type { OfferRepository } from './offer.repository.js';
import type { MyListQuery, OfferInput, OfferListQuery, OfferUpdate, PublishedOfferView } from './offer.schema.js';

export type OfferView = WorkingView<PublishedOfferView>;

export interface OfferServiceDependencies {
  db: Db;
  transactions: Transactions;
  reference: ReferenceCatalog;
  offers: OfferRepository;
  organisations: OrganisationRepository;
  attachments: AttachmentRepository;
  clock?: () => Date;
}

export class OfferService {
  readonly workflow: ListingWorkflow<OfferContent, PublishedOfferView>;

  constructor(private readonly deps: OfferServiceDependencies) {
    this.workflow = new ListingWorkflow(
      {
        kind: 'offer',
        title: (record) => record.content.title,
        preview: (record) => record.content.summary,
        repository: deps.offers,
        events: offerEvents,
        render: (db, records) =>
          renderListings(db, deps, 'offer', records, (record, context) =>
            toPublishedOfferView(record, { reference: deps.reference, ...context }),
          ),
      },
      deps.transactions,
      deps.db,
      deps.clock,
    );
  }

  /** `alongside` runs in the creating transaction (a draft being submitted removes itself). */
  async create(actor: Actor | null, input: OfferInput, alongside?: (tx: Db) => Promise<void>): Promise<OfferView> {
    assertAllowed(canCreate(actor, 'offer'), 'offer');
    const owner = actor as Actor & { organisationId: string };
    this.checkReferences(input);
    const now = this.workflow.now();
    const record = newListing({
      id: uuidv7(),
      ownerOrganisationId: owner.organisationId,
      createdBy: owner.userId,
      content: offerContentFromInput(input),
      now,
    });
    await this.deps.organisations.ensure(this.deps.db, { id: owner.organisationId, name: owner.organisationName });
    return this.workflow.create(owner, record, [], alongside);
  }

  async update(actor: Actor | null, id: string, input: OfferUpdate): Promise<OfferView> {
    if (!actor) throw problem('unauthenticated');
    this.checkReferences(input);
    return this.workflow.edit(actor, id, input.revision, (current: OfferRecord) => {
      // Search facets and the public list filter by kind; a published offer keeps the kind it was published with.
      if (current.publishedSnapshot !== null && current.content.kind !== input.kind) {
        throw validationFailed([
          {
            field: 'kind',
            code: 'immutable',
            message: {
              vi: 'Không thể đổi loại chào bán sau khi đã công bố.',
              en: 'The kind of an offer cannot change once it has been published.',
            },
          },
        ]);
      }
      return offerContentFromInput(input);
    });
  }

  submit(actor: Actor | null, id: string): Promise<OfferView> {
    if (!actor) throw problem('unauthenticated');
    return this.workflow.submit(actor, id);
  }

  /** Takes a submission back to a draft before an officer decides (owner). */
  withdraw(actor: Actor | null, id: string): Promise<OfferView> {
    if (!actor) throw problem('unauthenticated');
    return this.workflow.withdraw(actor, id);
  }

  publish(actor: Actor | null, id: string): Promise<OfferView> {
    if (!actor) throw problem('unauthenticated');
    return this.workflow.publish(actor, id);
  }

  returnToOwner(actor: Actor | null, id: string, reason: string): Promise<OfferView> {
    if (!actor) throw problem('unauthenticated');
    return this.workflow.returnToOwner(actor, id, reason);
  }

  archive(actor: Actor | null, id: string): Promise<OfferView> {
    if (!actor) throw problem('unauthenticated');
    return this.workflow.archive(actor, id);
  }

  get(actor: Actor | null, id: string): Promise<OfferView> {
    return this.workflow.get(actor, id);
  }

  async listPublished(query: OfferListQuery): Promise<Page<PublishedOfferView>> {
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 2);
    if (query.cursor !== undefined && !after) throw invalidCursor();
    const rows = await this.deps.offers.listPublished(this.deps.db, {
      kind: query.kind,
      after: after as [string, string] | undefined,
      limit: query.limit,
    });
    const page = toPage(rows, query.limit, (row) => [row.publishedAt.toISOString(), row.id]);
    return { items: page.items.map((row) => row.snapshot), nextCursor: page.nextCursor };
  }

  async listMine(actor: Actor | null, query: MyListQuery): Promise<Page<OfferView>> {
    assertAllowed(canListOwn(actor), 'offer');
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 1);
    if (query.cursor !== undefined && !after) throw invalidCursor();
    const records = await this.deps.offers.listByOwner(this.deps.db, {
      ownerOrganisationId: actor?.organisationId ?? '',
      status: query.status,
      afterId: after?.[0],
      limit: query.limit,
    });
    const page = toPage(records, query.limit, (record) => [record.id]);
    return { items: await this.workflow.workingViews(this.deps.db, page.items), nextCursor: page.nextCursor };
  }

  private checkReferences(input: OfferInput): void {
    const problems: FieldProblem[] = [
      ...this.deps.reference.checkSector(input.sectorCode, 'sectorCode'),
      ...this.deps.reference.checkLocality(input.locality),
    ];
    if (problems.length > 0) throw validationFailed(problems);
  }
}
