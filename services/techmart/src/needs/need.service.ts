// Need use cases, including the officer's intake on behalf of a local business or co-operative.

import { problem } from '@sti/platform';
import { uuidv7 } from 'uuidv7';
import type { AttachmentRepository } from '../attachments/attachment.repository.js';
import { canCreate, canListOwn, canTakeIn } from '../moderation/listing-ownership.policy.js';
import { newListing } from '../moderation/listing-record.js';
import { renderListings } from '../moderation/listing-render-context.js';
import { type Db, ListingWorkflow, type Transactions, type WorkingView } from '../moderation/listing-workflow.js';
import type { OrganisationRepository } from '../organisations/organisation.repository.js';
import type { FieldProblem, ReferenceCatalog } from '../reference/reference-catalog.js';
import type { Actor } from '../shared/actor.js';
import { decodeCursor, type Page, toPage } from '../shared/paging.js';
import { assertAllowed, invalidCursor, validationFailed } from '../shared/problems.js';
import type { MyListQuery } from '../offers/offer.schema.js';
import { type NeedContent, type NeedRecord, needContentFromInput, toPublishedNeedView } from './need.js';
import { needEvents } from './need.events.js';
import type { NeedRepository } from './need.repository.js';
import type { NeedInput, NeedIntakeInput, NeedUpdate, PublishedNeedView } from './need.schema.js';

export type NeedView = WorkingView<PublishedNeedView>;

export interface NeedServiceDependencies {
  db: Db;
  transactions: Transactions;
  reference: ReferenceCatalog;
  needs: NeedRepository;
  organisations: OrganisationRepository;
  /** registers the new organisation an intake names (with its event and audit entry) */
  organisationRegistry: { registerForIntake(officer: Actor, name: string): Promise<{ id: string }> };
  attachments: AttachmentRepository;
  clock?: () => Date;
}

export class NeedService {
  readonly workflow: ListingWorkflow<NeedContent, PublishedNeedView>;

  constructor(private readonly deps: NeedServiceDependencies) {
    this.workflow = new ListingWorkflow(
      {
        kind: 'need',
        title: (record) => record.content.title,
        preview: (record) => record.content.problem,
        repository: deps.needs,
        events: needEvents,
        officerManaged: (record) => record.content.intake !== null,
        // The office that took the need in follows it up, so it hears the decision too.
        alsoNotified: (record) => {
          const office = record.content.intake?.enteredByOrganisationId;
          return office ? [office] : [];
        },
        render: (db, records) =>
          renderListings(db, deps, 'need', records, (record, context) =>
            toPublishedNeedView(record, { reference: deps.reference, ...context }),
          ),
      },
      deps.transactions,
      deps.db,
      deps.clock,
    );
  }

  /** `alongside` runs in the creating transaction (a draft being submitted removes itself). */
  async create(actor: Actor | null, input: NeedInput, alongside?: (tx: Db) => Promise<void>): Promise<NeedView> {
    assertAllowed(canCreate(actor, 'need'), 'need');
    const owner = actor as Actor & { organisationId: string };
    this.checkReferences(input);
    await this.deps.organisations.ensure(this.deps.db, { id: owner.organisationId, name: owner.organisationName });
    return this.workflow.create(
      owner,
      this.newRecord(owner.organisationId, owner.userId, needContentFromInput(input, null)),
      [],
      alongside,
    );
  }

  /**
   * An officer records a need for a business (an existing organisation, or one named here that
   * Techmart registers). The need belongs to that business; the record says who typed it in.
   */
  async intake(actor: Actor | null, input: NeedIntakeInput): Promise<NeedView> {
    assertAllowed(canTakeIn(actor), 'need');
    const officer = actor as Actor;
    this.checkReferences(input);
    const { onBehalfOf, ...needInput } = input;
    let ownerId: string;
    if ('organisationId' in onBehalfOf) {
      // Merged or deactivated organisations cannot own new needs.
      const existing = await this.deps.organisations.findActive(this.deps.db, onBehalfOf.organisationId);
      if (!existing) {
        throw validationFailed([
          {
            field: 'onBehalfOf.organisationId',
            code: 'unknown_organisation',
            message: {
              vi: 'Không tìm thấy tổ chức được chọn, hoặc tổ chức đã ngừng hoạt động.',
              en: 'The selected organisation does not exist or is no longer active.',
            },
          },
        ]);
      }
      ownerId = existing.id;
    } else {
      // Never matched by name (that handed a namesake's users the need): a new organisation, pending.
      ownerId = (await this.deps.organisationRegistry.registerForIntake(officer, onBehalfOf.organisationName)).id;
    }
    const intake = {
      enteredByUserId: officer.userId,
      enteredByName: officer.displayName,
      enteredByOrganisationId: officer.organisationId,
    };
    return this.workflow.create(
      officer,
      this.newRecord(ownerId, officer.userId, needContentFromInput(needInput, intake)),
    );
  }

  async update(actor: Actor | null, id: string, input: NeedUpdate): Promise<NeedView> {
    if (!actor) throw problem('unauthenticated');
    this.checkReferences(input);
    // Who took the need in is history, not content: edits keep it.
    return this.workflow.edit(actor, id, input.revision, (current: NeedRecord) =>
      needContentFromInput(input, current.content.intake),
    );
  }

  submit(actor: Actor | null, id: string): Promise<NeedView> {
    if (!actor) throw problem('unauthenticated');
    return this.workflow.submit(actor, id);
  }

  /** Takes a submission back to a draft before an officer decides (owner). */
  withdraw(actor: Actor | null, id: string): Promise<NeedView> {
    if (!actor) throw problem('unauthenticated');
    return this.workflow.withdraw(actor, id);
  }

  publish(actor: Actor | null, id: string): Promise<NeedView> {
    if (!actor) throw problem('unauthenticated');
    return this.workflow.publish(actor, id);
  }

  returnToOwner(actor: Actor | null, id: string, reason: string): Promise<NeedView> {
    if (!actor) throw problem('unauthenticated');
    return this.workflow.returnToOwner(actor, id, reason);
  }

  archive(actor: Actor | null, id: string): Promise<NeedView> {
    if (!actor) throw problem('unauthenticated');
    return this.workflow.archive(actor, id);
  }

  get(actor: Actor | null, id: string): Promise<NeedView> {
    return this.workflow.get(actor, id);
  }

  async listPublished(query: { cursor?: string | undefined; limit: number }): Promise<Page<PublishedNeedView>> {
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 2);
    if (query.cursor !== undefined && !after) throw invalidCursor();
    const rows = await this.deps.needs.listPublished(this.deps.db, {
      after: after as [string, string] | undefined,
      limit: query.limit,
    });
    const page = toPage(rows, query.limit, (row) => [row.publishedAt.toISOString(), row.id]);
    return { items: page.items.map((row) => row.snapshot), nextCursor: page.nextCursor };
  }

  async listMine(actor: Actor | null, query: MyListQuery): Promise<Page<NeedView>> {
    assertAllowed(canListOwn(actor), 'need');
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 1);
    if (query.cursor !== undefined && !after) throw invalidCursor();
    const records = await this.deps.needs.listByOwner(this.deps.db, {
      ownerOrganisationId: actor?.organisationId ?? '',
      status: query.status,
      afterId: after?.[0],
      limit: query.limit,
    });
    const page = toPage(records, query.limit, (record) => [record.id]);
    return { items: await this.workflow.workingViews(this.deps.db, page.items), nextCursor: page.nextCursor };
  }

  /** "Nhu cầu đã tiếp nhận": the needs this officer recorded on behalf of businesses, with their status. */
  async listIntakes(actor: Actor | null, query: MyListQuery): Promise<Page<NeedView>> {
    assertAllowed(canTakeIn(actor), 'need');
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, 1);
    if (query.cursor !== undefined && !after) throw invalidCursor();
    const records = await this.deps.needs.listByIntakeOfficer(this.deps.db, {
      userId: (actor as Actor).userId,
      status: query.status,
      afterId: after?.[0],
      limit: query.limit,
    });
    const page = toPage(records, query.limit, (record) => [record.id]);
    return { items: await this.workflow.workingViews(this.deps.db, page.items), nextCursor: page.nextCursor };
  }

  private newRecord(ownerOrganisationId: string, createdBy: string, content: NeedContent): NeedRecord {
    return newListing({ id: uuidv7(), ownerOrganisationId, createdBy, content, now: this.workflow.now() });
  }

  private checkReferences(input: NeedInput): void {
    const problems: FieldProblem[] = [
      ...this.deps.reference.checkSector(input.sectorCode, 'sectorCode'),
      ...this.deps.reference.checkLocality(input.locality),
    ];
    if (problems.length > 0) throw validationFailed(problems);
  }
}
