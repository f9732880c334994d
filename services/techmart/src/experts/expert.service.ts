// Expert profile use cases.

import { problem } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import type { AttachmentRepository } from '../attachments/attachment.repository.js';
import { canCreate, canListOwn } from '../moderation/listing-ownership.policy.js';
import { newListing } from '../moderation/listing-record.js';
import { renderListings } from '../moderation/listing-render-context.js';
import { type Db, ListingWorkflow, type Transactions, type WorkingView } from '../moderation/listing-workflow.js';
import type { MyListQuery } from '../offers/offer.schema.js';
import type { OrganisationRepository } from '../organisations/organisation.repository.js';
import type { FieldProblem, ReferenceCatalog } from '../reference/reference-catalog.js';
import type { Actor } from '../shared/actor.js';
import { decodeCursor, type Page, toPage } from '../shared/paging.js';
import { assertAllowed, invalidCursor, validationFailed } from '../shared/problems.js';
import { type ExpertContent, expertContentFromInput, toPublishedExpertView } from './expert.js';
import { expertEvents } from './expert.events.js';
import type { ExpertRepository } from './expert.repository.js';
import type { ExpertInput, ExpertUpdate, PublishedExpertView } from './expert.schema.js';

export type ExpertView = WorkingView<PublishedExpertView>;

export interface ExpertServiceDependencies {
  db: Db;
  transactions: Transactions;
  reference: ReferenceCatalog;
  experts: ExpertRepository;
  organisations: OrganisationRepository;
  attachments: AttachmentRepository;
  clock?: () => Date;
}

export class ExpertService {
  readonly workflow: ListingWorkflow<ExpertContent, PublishedExpertView>;

  constructor(private readonly deps: ExpertServiceDependencies) {
    this.workflow = new ListingWorkflow(
      {
        kind: 'expert',
        title: (record) => record.content.fullName,
        preview: (record) => record.content.biography,
        repository: deps.experts,
        events: expertEvents,
        render: (db, records) =>
          renderListings(db, deps, 'expert', records, (record, context) =>
            toPublishedExpertView(record, { reference: deps.reference, ...context }),
          ),
      },
      deps.transactions,
      deps.db,
      deps.clock,
    );
  }

  /** `alongside` runs in the creating transaction (a draft being submitted removes itself). */
  async create(actor: Actor | null, input: ExpertInput, alongside?: (tx: Db) => Promise<void>): Promise<ExpertView> {
    assertAllowed(canCreate(actor, 'expert'), 'expert');
    const owner = actor as Actor & { organisationId: string };
    this.checkReferences(input);
    await this.deps.organisations.ensure(this.deps.db, { id: owner.organisationId, name: owner.organisationName });
    const record = newListing({
      id: uuidv7(),
      ownerOrganisationId: owner.organisationId,
      createdBy: owner.userId,
      content: expertContentFromInput(input),
      now: this.workflow.now(),
    });
    return this.workflow.create(owner, record, [], alongside);
  }

  async update(actor: Actor | null, id: string, input: ExpertUpdate): Promise<ExpertView> {
    if (!actor) throw problem('unauthenticated');
    this.checkReferences(input);
    return this.workflow.edit(actor, id, input.revision, () => expertContentFromInput(input));
  }

  submit(actor: Actor | null, id: string): Promise<ExpertView> {
    if (!actor) throw problem('unauthenticated');
    return this.workflow.submit(actor, id);
  }

  /** Takes a submission back to a draft before an officer decides (owner). */
  withdraw(actor: Actor | null, id: string): Promise<ExpertView> {
    if (!actor) throw problem('unauthenticated');
    return this.workflow.withdraw(actor, id);
  }

  publish(actor: Actor | null, id: string): Promise<ExpertView> {
    if (!actor) throw problem('unauthenticated');
    return this.workflow.publish(actor, id);
  }

  returnToOwner(actor: Actor | null, id: string, reason: string): Promise<ExpertView> {
    if (!actor) throw problem('unauthenticated');
    return this.workflow.returnToOwner(actor, id, reason);
  }

  archive(actor: Actor | null, id: string): Promise<ExpertView> {
    if (!actor) throw problem('unauthenticated');
    return this.workflow.archive(actor, id);
  }

  get(actor: Actor | null, id: string): Promise<ExpertView> {
    return this.workflow.get(actor, id);
  }

  async listPublished(query: { cursor?: string | undefined; limit: number }): Promise<Page<PublishedExpertView>> {
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 2);
    if (query.cursor !== undefined && !after) throw invalidCursor();
    const rows = await this.deps.experts.listPublished(this.deps.db, {
      after: after as [string, string] | undefined,
      limit: query.limit,
    });
    const page = toPage(rows, query.limit, (row) => [row.publishedAt.toISOString(), row.id]);
    return { items: page.items.map((row) => row.snapshot), nextCursor: page.nextCursor };
  }

  async listMine(actor: Actor | null, query: MyListQuery): Promise<Page<ExpertView>> {
    assertAllowed(canListOwn(actor), 'expert');
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 1);
    if (query.cursor !== undefined && !after) throw invalidCursor();
    const records = await this.deps.experts.listByOwner(this.deps.db, {
      ownerOrganisationId: actor?.organisationId ?? '',
      status: query.status,
      afterId: after?.[0],
      limit: query.limit,
    });
    const page = toPage(records, query.limit, (record) => [record.id]);
    return { items: await this.workflow.workingViews(this.deps.db, page.items), nextCursor: page.nextCursor };
  }

  private checkReferences(input: ExpertInput): void {
    const problems: FieldProblem[] = [
      ...input.fieldCodes.flatMap((code, index) => this.deps.reference.checkSector(code, `fieldCodes.${index}`)),
      ...this.deps.reference.checkLocality(input.locality),
    ];
    if (problems.length > 0) throw validationFailed(problems);
  }
}
